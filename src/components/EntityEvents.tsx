import { listEventCards, type RelatedFilter } from '@/data/events'
import type { Locale } from '@/lib/i18n/locales'
import { messages } from '@/lib/i18n/messages'

import { EventList } from './EventList'

type Props = { locale: Locale; filter: RelatedFilter }

/** The upcoming and past events of a cluster, institute or partner, each in its own section. */
export async function EntityEvents({ locale, filter }: Props) {
  const t = messages(locale)
  const [upcoming, past] = await Promise.all([
    listEventCards({ locale, when: 'upcoming', ...filter }),
    listEventCards({ locale, when: 'past', ...filter }),
  ])
  return (
    <>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t.upcomingEvents}</h2>
        <EventList events={upcoming.events} locale={locale} empty={t.noUpcoming} />
      </section>
      <section aria-labelledby="past-heading">
        <h2 id="past-heading">{t.pastEvents}</h2>
        <EventList events={past.events} locale={locale} empty={t.noEvents} />
      </section>
    </>
  )
}
