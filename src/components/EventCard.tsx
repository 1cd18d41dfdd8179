import type { EventCardView } from '@/data/views/event'
import { dateTile } from '@/lib/time/format'
import type { Locale } from '@/lib/i18n/locales'

import { EventDates } from './EventDates'
import { Link } from './Link'
import { Credit, PhotoImage } from './Photo'

type Props = { event: EventCardView; locale: Locale; headingLevel?: 2 | 3 }

/** The day and month of an event in large type: what a card without a photo shows in the photo's place. */
function DateTile({ event, locale }: Pick<Props, 'event' | 'locale'>) {
  const { day, month } = dateTile(event.time, locale)
  return (
    <div className="card-image date-tile" aria-hidden="true">
      <span className="date-tile-day">{day}</span>
      <span>{month}</span>
    </div>
  )
}

/**
 * An event in a list: picture (or its date in large type), title, when and where, summary, and the photo's
 * credit at the foot. Every card has the same shape, and the whole card is one link.
 */
export function EventCard({ event, locale, headingLevel = 3 }: Props) {
  const Heading = `h${headingLevel}` as const
  const city = event.venue?.city
  return (
    <article className="card">
      <div className="card-body">
        <Heading className="card-title">
          <Link href={event.href} lang={event.lang.title}>
            {event.title}
          </Link>
        </Heading>
        <p className="card-meta">
          <EventDates time={event.time} locale={locale} />
          {city ? <span> · {city}</span> : null}
        </p>
        {event.summary ? (
          <p className="card-summary" lang={event.lang.summary}>
            {event.summary}
          </p>
        ) : null}
      </div>
      {event.hero ? (
        <div className="card-image">
          <PhotoImage photo={event.hero} slot="card" />
        </div>
      ) : (
        <DateTile event={event} locale={locale} />
      )}
      {event.hero ? <Credit photo={event.hero} locale={locale} className="card-credit" /> : null}
    </article>
  )
}
