import { getEventBySlug } from '@/data/events'
import { feedChannel, feedResponse, notFoundResponse } from '@/lib/feed-channel'
import { toFeedEvent } from '@/lib/feed-event'
import { icsCalendar } from '@/lib/feeds'
import { isLocale } from '@/lib/locales'
import { routes } from '@/lib/routes'

/** One event as an .ics file, for "Add to calendar". */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return notFoundResponse()
  const event = await getEventBySlug(slug, locale)
  if (!event) return notFoundResponse()
  const r = routes(locale)
  const channel = feedChannel(locale, r.event(slug), r.eventIcs(slug), event.title)
  return feedResponse(icsCalendar(channel, [toFeedEvent(event, locale)]), 'ics', `${slug}.ics`)
}
