import type { Metadata } from 'next'

import { INTL_LOCALE, type Locale } from '../lib/i18n/locales'
import { config } from '@/config'
import { absoluteUrl, alternates } from '@/lib/routes'

/** The one file of the photo shown when a page is shared: its 1200×630 `og` size. */
type ShareImage = { alt: string; sizes: { og: { src: string; width: number; height: number } } }

export type PageMeta = {
  locale: Locale
  /** The page's path in this language, as routes() builds it. */
  path: string
  title: string
  description?: string | null
  image?: ShareImage | null
  type?: 'website' | 'article'
  noindex?: boolean
  /** The site's name from its settings. */
  siteName: string
}

/** A page's title in the browser's tab and in search results: the page's own, then the site's name. */
export const pageTitle = (title: string, siteName: string): Metadata['title'] => ({
  absolute: title === siteName ? title : `${title} · ${siteName}`,
})

/** Title, description, canonical URL, hreflang alternates, Open Graph and Twitter card of a page. */
export function buildMetadata({
  locale,
  path,
  title,
  description,
  image,
  type = 'website',
  noindex,
  siteName,
}: PageMeta): Metadata {
  const languages: Record<string, string> = { ...alternates(path), 'x-default': alternates(path).en }
  const og = image?.sizes.og
  const images =
    image && og
      ? [{ url: absoluteUrl(og.src, config().serverUrl), width: og.width, height: og.height, alt: image.alt }]
      : undefined
  return {
    title: pageTitle(title, siteName),
    description: description ?? undefined,
    alternates: { canonical: path, languages },
    openGraph: {
      type,
      siteName,
      title,
      description: description ?? undefined,
      url: path,
      locale: INTL_LOCALE[locale].replace('-', '_'),
      images,
    },
    twitter: { card: images ? 'summary_large_image' : 'summary', title, description: description ?? undefined, images },
    robots: noindex ? { index: false, follow: true } : undefined,
  }
}
