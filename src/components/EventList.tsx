import type { Locale } from '@/lib/locales'
import type { Event } from '@/payload-types'

import { EventCard } from './EventCard'

/** A grid of event cards, or the given message when there are none. */
export function EventList({ events, locale, empty }: { events: Event[]; locale: Locale; empty: string }) {
  if (!events.length) return <p className="empty">{empty}</p>
  return (
    <div className="event-list">
      {events.map((event) => (
        <EventCard key={event.id} event={event} locale={locale} />
      ))}
    </div>
  )
}
