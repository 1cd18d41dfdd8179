import type { Metadata } from 'next'

import { buildMetadata, type PageMeta } from '@/data/seo'

import { siteSettings } from './settings'

/** A page's metadata (see buildMetadata) under the site's name from its settings. */
export async function pageMetadata(meta: Omit<PageMeta, 'siteName'>): Promise<Metadata> {
  return buildMetadata({ ...meta, siteName: (await siteSettings(meta.locale)).siteName })
}
