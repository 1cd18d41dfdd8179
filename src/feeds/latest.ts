import { listEvents } from '@/data/events'
import type { Locale } from '@/lib/i18n/locales'
import { routes } from '@/lib/routes'

import { FEED_LIMIT, type FeedFormat } from './route'

/** What the site-wide news feeds carry: the latest events, in the reader's language. */
export const latestEvents = (format: Exclude<FeedFormat, 'ics'>) => async (locale: Locale) => {
  const { events } = await listEvents({ locale, limit: FEED_LIMIT })
  const r = routes(locale)
  return { events, page: r.home(), feed: { rss: r.rss(), atom: r.atom(), json: r.jsonFeed() }[format] }
}
