import Link from 'next/link'

import type { Locale } from '@/lib/locales'
import { routes } from '@/lib/routes'
import type { Event } from '@/payload-types'

import { EventDates } from './EventDates'
import { Photo } from './Photo'

export function EventCard({ event, locale }: { event: Event; locale: Locale }) {
  return (
    <article className="event-card">
      <Photo photo={event.heroPhoto} size="card" caption={false} />
      <h3>
        <Link href={routes.event(event.slug ?? '')}>{event.title}</Link>
      </h3>
      <p className="event-meta">
        <EventDates event={event} locale={locale} />
        {event.venue?.city ? <span> · {event.venue.city}</span> : null}
      </p>
      {event.summary ? <p>{event.summary}</p> : null}
    </article>
  )
}
