import { listEvents } from '@/data/events'
import { parseEventFilters } from '@/lib/event-filters'
import { CALENDAR_LIMIT, feedChannel, feedResponse, notFoundResponse } from '@/lib/feed-channel'
import { toFeedEvents } from '@/lib/feed-event'
import { icsCalendar } from '@/lib/feeds'
import { isLocale } from '@/lib/locales'
import { messages } from '@/lib/messages'
import { routes } from '@/lib/routes'

/** The upcoming events as a subscribable calendar, with the same filters as /events. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return notFoundResponse()
  const filters = parseEventFilters(Object.fromEntries(new URL(request.url).searchParams))
  const { events } = await listEvents({ ...filters, page: 1, when: 'upcoming', locale, limit: CALENDAR_LIMIT })
  const r = routes(locale)
  const channel = feedChannel(locale, r.events(filters), r.eventsIcs(filters), messages(locale).upcomingEvents)
  return feedResponse(icsCalendar(channel, toFeedEvents(events, locale, channel.feedUrl)), 'ics', 'events.ics')
}
