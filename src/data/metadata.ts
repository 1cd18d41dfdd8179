import type { Metadata } from 'next'

import { buildMetadata, type PageMeta, pageTitle } from '@/data/seo'
import type { Locale } from '@/lib/i18n/locales'
import { messages } from '@/lib/i18n/messages'

import { siteSettings } from './settings'

/** A page's metadata (see buildMetadata) under the site's name from its settings. */
export async function pageMetadata(meta: Omit<PageMeta, 'siteName'>): Promise<Metadata> {
  return buildMetadata({ ...meta, siteName: (await siteSettings(meta.locale)).siteName })
}

/** The metadata of an address the site does not have: the 404 page's title (Next adds noindex to any 404). */
export async function notFoundMetadata(locale: Locale): Promise<Metadata> {
  const { siteName } = await siteSettings(locale)
  return { title: pageTitle(messages(locale).notFoundTitle, siteName) }
}
