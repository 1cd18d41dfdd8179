import { listEvents } from '@/data/events'
import { getTagBySlug } from '@/data/taxonomy'
import { FEED_LIMIT, feedChannel, feedResponse, notFoundResponse } from '@/lib/feed-channel'
import { toFeedEvents } from '@/lib/feed-event'
import { rssFeed } from '@/lib/feeds'
import { isLocale } from '@/lib/locales'
import { routes } from '@/lib/routes'

/** The RSS feed of one tag's events. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return notFoundResponse()
  const tag = await getTagBySlug(slug, locale)
  if (!tag) return notFoundResponse()
  const { events } = await listEvents({ locale, tagId: tag.id, limit: FEED_LIMIT })
  const r = routes(locale)
  const channel = feedChannel(locale, r.tag(slug), r.tagFeed(slug), tag.name)
  return feedResponse(rssFeed(channel, toFeedEvents(events, locale, channel.feedUrl)), 'rss')
}
