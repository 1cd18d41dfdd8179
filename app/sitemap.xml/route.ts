import { publicHttp } from '@/api/public-http'
import { sitemapPartCount } from '@/data/sitemap'
import { sitemapIndexXml } from '@/feeds/sitemap'
import { config } from '@/config'
import { sitemapPartPath } from '@/lib/routes'

// Read from the database on request, never at build time.
export const dynamic = 'force-dynamic'

/** The sitemap index: the site's own pages in one file, the events in files small enough for every search engine. */
export const GET = publicHttp(async () => {
  const count = await sitemapPartCount()
  const files = Array.from({ length: count }, (_, part) => sitemapPartPath(part))
  return new Response(sitemapIndexXml(files, config().serverUrl), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
})
