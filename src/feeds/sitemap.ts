import type { SitemapPage } from '@/data/sitemap'
import { escapeHtml } from '@/lib/text/html'
import { LOCALES } from '@/lib/i18n/locales'
import { absoluteUrl, alternates } from '@/lib/routes'

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n'

/** The sitemap index: one entry per file (sitemaps.org protocol). */
export function sitemapIndexXml(files: string[], serverUrl: string): string {
  const entries = files.map((path) => `<sitemap><loc>${escapeHtml(absoluteUrl(path, serverUrl))}</loc></sitemap>`)
  return `${XML}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`
}

/** One sitemap file: every page in every language, each with its hreflang alternates. */
export function urlsetXml(pages: SitemapPage[], serverUrl: string): string {
  const entries = pages.flatMap(({ path, lastModified }) => {
    const localized = alternates(path)
    const links = LOCALES.map(
      (l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeHtml(absoluteUrl(localized[l], serverUrl))}"/>`,
    ).join('')
    const lastmod = lastModified ? `<lastmod>${new Date(lastModified).toISOString()}</lastmod>` : ''
    return LOCALES.map(
      (l) => `<url><loc>${escapeHtml(absoluteUrl(localized[l], serverUrl))}</loc>${lastmod}${links}</url>`,
    )
  })
  return `${XML}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`
}
