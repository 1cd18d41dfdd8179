import { publicHttp } from '@/api/public-http'
import { cachedCompressed, keptResponse } from '@/cache/compressed'
import { sitemapPart, sitemapPartCount, sitemapTags } from '@/data/sitemap'
import { urlsetXml } from '@/feeds/sitemap'
import { config } from '@/config'

export const dynamic = 'force-dynamic'

const notFound = (why: string) =>
  new Response(why, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** A file of the sitemap, kept whole (several MB at 5,000 events) until a change expires it. */
const sitemapFile = cachedCompressed(
  'sitemap-file',
  async (part: number) => {
    const pages = await sitemapPart(part)
    return pages && urlsetXml(pages, config().serverUrl)
  },
  sitemapTags,
)

/** One file of the sitemap index (/sitemaps/0.xml, /sitemaps/1.xml…). */
export const GET = publicHttp(async (_request: Request, { params }: { params: Promise<{ part: string }> }) => {
  const { part } = await params
  const number = /^(0|[1-9]\d{0,5})\.xml$/.exec(part)?.[1]
  if (number === undefined) return notFound(`No sitemap file is called "${part.slice(0, 40)}".`)
  const missing = () => notFound(`The sitemap has no file ${number}: see /sitemap.xml for the ones it has.`)
  // Asked first of the count, so that no address past the last file makes an entry in the cache.
  if (Number(number) >= (await sitemapPartCount())) return missing()
  const file = await sitemapFile(Number(number))
  if (!file) return missing()
  return keptResponse(file, { 'Content-Type': 'application/xml; charset=utf-8' })
})
