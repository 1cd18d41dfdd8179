import type { ReactNode } from 'react'

import type { LinkView } from '@/data/views/entities'
import type { EventView } from '@/data/views/event'
import type { Locale } from '@/lib/i18n/locales'
import { messages } from '@/lib/i18n/messages'

import { EventDates } from './EventDates'
import { LinkList } from './LinkList'

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** The box beside an event's text: when, where, online, hosts, partners, clusters, tags, and add to calendar. */
export function KeyFacts({ event, locale }: { event: EventView; locale: Locale }) {
  const t = messages(locale)
  const { venue } = event
  const lists: [string, LinkView[], string?][] = [
    [t.hostedBy, event.hosts],
    [t.partners, event.partners],
    [t.clusters, event.clusters],
    [t.tags, event.tags, 'tag-list'],
  ]
  return (
    <aside className="key-facts" aria-labelledby="key-facts-heading">
      <h2 id="key-facts-heading">{t.keyFacts}</h2>
      <dl>
        <Fact term={t.when}>
          <EventDates time={event.time} locale={locale} />
        </Fact>
        {venue ? (
          <Fact term={t.where}>
            {[venue.name, venue.address, [venue.city, venue.countryName].filter(Boolean).join(', ')]
              .filter(Boolean)
              .map((line) => (
                <span key={line} className="line">
                  {line}
                </span>
              ))}
          </Fact>
        ) : null}
        {event.onlineUrl ? (
          <Fact term={t.online}>
            <a href={event.onlineUrl} rel="noopener">
              {t.joinOnline}
            </a>
          </Fact>
        ) : null}
        {lists.map(([term, items, className]) =>
          items.length ? (
            <Fact key={term} term={term}>
              <LinkList items={items} className={className} />
            </Fact>
          ) : null,
        )}
      </dl>
      <p className="calendar-links">
        <a className="button" href={event.ics}>
          {t.addToCalendar}
        </a>
        <a href={event.googleCalendar} rel="noopener">
          {t.googleCalendar}
        </a>
      </p>
    </aside>
  )
}
