import { publicHttp } from '@/api/public-http'
import { sitemapPart } from '@/data/sitemap'
import { urlsetXml } from '@/feeds/sitemap'
import { config } from '@/config'

export const dynamic = 'force-dynamic'

const notFound = (why: string) =>
  new Response(why, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** One file of the sitemap index (/sitemaps/0.xml, /sitemaps/1.xml…). */
export const GET = publicHttp(async (_request: Request, { params }: { params: Promise<{ part: string }> }) => {
  const { part } = await params
  const number = /^(0|[1-9]\d{0,5})\.xml$/.exec(part)?.[1]
  if (number === undefined) return notFound(`No sitemap file is called "${part.slice(0, 40)}".`)
  const pages = await sitemapPart(Number(number))
  if (!pages) return notFound(`The sitemap has no file ${number}: see /sitemap.xml for the ones it has.`)
  return new Response(urlsetXml(pages, config().serverUrl), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
})
