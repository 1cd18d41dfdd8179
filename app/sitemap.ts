import type { MetadataRoute } from 'next'

import { sitemapPages } from '@/data/sitemap'
import { LOCALES } from '@/lib/locales'
import { absoluteUrl, alternates } from '@/lib/routes'

// Read from the database on request, never at build time.
export const dynamic = 'force-dynamic'

/** Every published page in every language, each with its hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = await sitemapPages()
  return pages.flatMap(({ path, lastModified }) => {
    const languages = Object.fromEntries(
      Object.entries(alternates(path)).map(([locale, localized]) => [locale, absoluteUrl(localized)]),
    )
    return LOCALES.map((locale) => ({
      url: languages[locale],
      lastModified: lastModified ? new Date(lastModified) : undefined,
      alternates: { languages },
    }))
  })
}
