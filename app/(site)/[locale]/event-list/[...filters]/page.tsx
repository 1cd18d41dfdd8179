import type { Metadata } from 'next'

import { filtersOfSegments } from '@/lib/query/event-filters'
import { localeOf, renderedWhenAsked } from '../../params'
import { EventsIndex, eventsIndexMetadata } from '../../events/events-index'

type Props = { params: Promise<{ locale: string; filters: string[] }> }

export const generateStaticParams = renderedWhenAsked

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return eventsIndexMetadata(await localeOf(params), filtersOfSegments((await params).filters))
}

/**
 * The events index for one set of filters, a page of its own so that it is kept like any page. Readers never
 * see this address: proxy.ts sends /events?… here, with the filters in their one canonical order
 * (/en/event-list/when/past/tag/x/page/2).
 */
export default async function FilteredEventsPage({ params }: Props) {
  return <EventsIndex locale={await localeOf(params)} filters={filtersOfSegments((await params).filters)} />
}
