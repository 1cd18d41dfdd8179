import type { EventCardView } from '@/data/views/event'
import type { Locale } from '@/lib/i18n/locales'

import { EventCard } from './EventCard'

type Props = {
  events: EventCardView[]
  locale: Locale
  empty: string
  /** 2 where the list comes right under the page's h1 (an index, an archive), 3 under a section's h2. */
  headingLevel?: 2 | 3
}

/** A grid of event cards, or the given message when there are none. */
export function EventList({ events, locale, empty, headingLevel = 3 }: Props) {
  if (!events.length) return empty ? <p className="empty">{empty}</p> : null
  return (
    <div className="card-grid">
      {events.map((event) => (
        <EventCard key={event.id} event={event} locale={locale} headingLevel={headingLevel} />
      ))}
    </div>
  )
}
