import { notFound } from 'next/navigation'

import { isLocale, type Locale } from '@/lib/i18n/locales'

export type LocaleParams = Promise<{ locale: string }>
export type SlugParams = Promise<{ locale: string; slug: string }>
export type SearchParams = Promise<Record<string, string | string[] | undefined>>

/** The page's language from its [locale] segment; an unknown one is a 404, not an error. */
export async function localeOf(params: LocaleParams): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

/**
 * No page is rendered at build time (the build has no database to read): each is rendered when first asked for,
 * then kept until a change expires it. A page's generateStaticParams.
 */
export const renderedWhenAsked = () => []
