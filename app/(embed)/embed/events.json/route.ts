import { publicHttp } from '@/api/public-http'
import { embedList } from '@/embed/list'
import { embedOptions } from '@/embed/options'
import { feedChannel } from '@/feeds/route'
import { jsonFeed } from '@/feeds/news'
import { embedJsonPath } from '@/lib/routes'

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** The embeddable list as JSON Feed 1.1, for sites that render the events themselves (same parameters). */
export const GET = publicHttp(async (request: Request) => {
  const parsed = embedOptions(new URL(request.url).searchParams)
  if ('problem' in parsed) return refuse(400, parsed.problem)
  const found = await embedList(parsed.options)
  if ('missing' in found) return refuse(404, found.missing)
  const { list } = found
  const channel = feedChannel(parsed.options.locale, list.siteName, {
    events: list.events,
    page: list.page,
    feed: embedJsonPath(parsed.options),
    title: list.title,
  })
  return new Response(jsonFeed(channel, list.events), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  })
})
