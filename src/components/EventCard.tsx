import type { Locale } from '@/lib/locales'
import { routes } from '@/lib/routes'
import type { Event } from '@/payload-types'

import { EventDates } from './EventDates'
import { Link } from './Link'
import { Photo } from './Photo'

export function EventCard({ event, locale, headingLevel = 3 }: { event: Event; locale: Locale; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const
  return (
    <article className="event-card">
      <Photo photo={event.heroPhoto} size="card" caption={false} locale={locale} />
      <Heading>
        <Link href={routes(locale).event(event.slug ?? '')}>{event.title}</Link>
      </Heading>
      <p className="event-meta">
        <EventDates event={event} locale={locale} />
        {event.venue?.city ? <span> · {event.venue.city}</span> : null}
      </p>
      {event.summary ? <p>{event.summary}</p> : null}
    </article>
  )
}
