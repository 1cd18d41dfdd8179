import { listEvents } from '@/data/events'

import { FEED_LIMIT, feedChannel, feedResponse, notFoundResponse } from '@/lib/feed-channel'
import { toFeedEvents } from '@/lib/feed-event'
import { atomFeed, rssFeed } from '@/lib/feeds'
import { isLocale } from '@/lib/locales'
import { routes } from '@/lib/routes'

/** The GET handler of the site-wide RSS or Atom feed: the latest events in the page's language. */
export function newsFeedRoute(kind: 'rss' | 'atom') {
  return async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
    const { locale } = await params
    if (!isLocale(locale)) return notFoundResponse()
    const { events } = await listEvents({ locale, limit: FEED_LIMIT })
    const r = routes(locale)
    const channel = feedChannel(locale, r.home(), kind === 'rss' ? r.rss() : r.atom())
    const items = toFeedEvents(events, locale, channel.feedUrl)
    return feedResponse(kind === 'rss' ? rssFeed(channel, items) : atomFeed(channel, items), kind)
  }
}
