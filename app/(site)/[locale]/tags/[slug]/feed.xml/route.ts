import { listEvents } from '@/data/events'
import { getTagBySlug } from '@/data/taxonomy'
import { FEED_LIMIT, feedRoute } from '@/feeds/route'

/** The RSS feed of one tag's events. */
export const GET = feedRoute('rss', async (locale, { slug }: { locale: string; slug: string }) => {
  const tag = await getTagBySlug(slug, locale)
  if (!tag) return null
  const { events } = await listEvents({ locale, tagId: tag.id, limit: FEED_LIMIT })
  return { events, page: tag.href, feed: tag.feedHref, title: tag.name }
})
