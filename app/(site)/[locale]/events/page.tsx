import type { Metadata } from 'next'

import { localeOf, type LocaleParams } from '../params'
import { EventsIndex, eventsIndexMetadata } from './events-index'

type Props = { params: LocaleParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return eventsIndexMetadata(await localeOf(params), {})
}

/** The events index without filters; with them, proxy.ts sends the address to event-list/[filters]. */
export default async function EventsPage({ params }: Props) {
  return <EventsIndex locale={await localeOf(params)} filters={{}} />
}
