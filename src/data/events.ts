import type { Event } from '@/payload-types'
import type { Locale } from '@/lib/locales'
import { PAGE_SIZE } from '@/lib/pagination'

import { findBySlug } from './by-slug'
import { payloadClient } from './client'

export type EventList = { events: Event[]; page: number; totalPages: number; totalDocs: number }

/** A published event with its photos, tags, clusters, institutes and partners; null when there is none. */
export const getEventBySlug = (slug: string, locale: Locale): Promise<Event | null> => findBySlug('events', slug, locale, 1)

type ListOptions = { locale: Locale; page?: number; tagId?: number | string; limit?: number }

/** Published events, newest first, optionally those with a given tag. */
export async function listEvents({ locale, page = 1, tagId, limit = PAGE_SIZE }: ListOptions): Promise<EventList> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'events',
    where: tagId === undefined ? {} : { tags: { in: [tagId] } },
    sort: '-startDate',
    locale,
    depth: 1,
    page,
    limit,
    overrideAccess: false,
  })
  return { events: result.docs, page: result.page ?? page, totalPages: result.totalPages, totalDocs: result.totalDocs }
}
