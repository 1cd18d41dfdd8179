import { listEvents } from '@/data/events'
import { CALENDAR_LIMIT, feedRoute } from '@/feeds/route'
import { parseEventFilters } from '@/lib/query/event-filters'
import { messages } from '@/lib/i18n/messages'
import { routes } from '@/lib/routes'

/** The upcoming events as a subscribable calendar, with the same filters as /events. */
export const GET = feedRoute('ics', async (locale, _params, url) => {
  const filters = parseEventFilters(Object.fromEntries(url.searchParams))
  const { events } = await listEvents({ ...filters, page: 1, when: 'upcoming', locale, limit: CALENDAR_LIMIT })
  const r = routes(locale)
  return {
    events,
    page: r.events(filters),
    feed: r.eventsIcs(filters),
    title: messages(locale).upcomingEvents,
    filename: 'events.ics',
  }
})
