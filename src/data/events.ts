import type { Where } from 'payload'

import { LIST_MAX_AGE_SECONDS, listTag, pageTags } from '@/lib/cache-tags'
import { DEFAULT_LOCALE, type Locale } from '@/lib/locales'
import { PAGE_SIZE } from '@/lib/pagination'
import type { EventFilters } from '@/lib/routes'

import { findBySlug } from './by-slug'
import { cachedRead } from './cache'
import { payloadClient } from './client'
import { findPublic } from './find'
import { type EventView, eventView, eventViews } from './views/event'

export type EventList = { events: EventView[]; page: number; totalPages: number; totalDocs: number }

/** A published event with its photos, tags, clusters, institutes and partners; null when there is none. */
export const getEventBySlug = cachedRead(
  'event',
  async (slug: string, locale: Locale): Promise<EventView | null> => {
    const doc = await findBySlug('events', slug, locale, 2)
    return doc && eventView(doc, locale)
  },
  (slug) => pageTags('events', slug),
)

type Id = number | string
/** Filters by related document id, for the pages of a tag, cluster, institute or partner. */
export type RelatedFilter = { tagId?: Id; clusterId?: Id; hostId?: Id; partnerId?: Id }
type ListOptions = EventFilters & RelatedFilter & { locale: Locale; limit?: number; now?: Date }

/** Events starting within one calendar year (UTC). */
const yearRange = (year: number): Where[] => [
  { startDate: { greater_than_equal: new Date(Date.UTC(year, 0, 1)).toISOString() } },
  { startDate: { less_than: new Date(Date.UTC(year + 1, 0, 1)).toISOString() } },
]

const EMPTY: EventList = { events: [], page: 1, totalPages: 0, totalDocs: 0 }

/** The id of a tag or cluster given by slug in a filter; null when there is none. */
const idOfSlug = async (collection: 'tags' | 'clusters', slug: string): Promise<Id | null> =>
  (await findBySlug(collection, slug, DEFAULT_LOCALE, 0))?.id ?? null

/**
 * Published events. `when` picks upcoming (not over yet, soonest first) or past (latest first); without it,
 * all events, latest first. Filters by tag and cluster (slug or id), venue country and year combine.
 */
async function readEvents(options: ListOptions): Promise<EventList> {
  const { locale, when, country, year, page = 1, limit = PAGE_SIZE, now = new Date() } = options
  const and: Where[] = []

  const tagId = options.tagId ?? (options.tag ? await idOfSlug('tags', options.tag) : undefined)
  const clusterId = options.clusterId ?? (options.cluster ? await idOfSlug('clusters', options.cluster) : undefined)
  if (tagId === null || clusterId === null) return EMPTY
  if (tagId !== undefined) and.push({ tags: { in: [tagId] } })
  if (clusterId !== undefined) and.push({ clusters: { in: [clusterId] } })
  if (options.hostId !== undefined) and.push({ hostInstitutes: { in: [options.hostId] } })
  if (options.partnerId !== undefined) and.push({ partners: { in: [options.partnerId] } })
  if (country) and.push({ 'venue.country': { equals: country } })
  if (year) and.push(...yearRange(year))
  if (when === 'upcoming') and.push({ endsAt: { greater_than: now.toISOString() } })
  if (when === 'past') and.push({ endsAt: { less_than_equal: now.toISOString() } })
  const result = await findPublic({
    collection: 'events',
    where: and.length ? { and } : {},
    sort: when === 'upcoming' ? 'startDate' : '-startDate',
    locale,
    depth: 1,
    page,
    limit,
    overrideAccess: false,
  })
  return {
    events: eventViews(result.docs, locale, 'a list of events'),
    page: result.page ?? page,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}

export const listEvents = cachedRead('events', readEvents, () => [listTag('events')], LIST_MAX_AGE_SECONDS)

/** How many related events an event page shows. */
export const RELATED_EVENTS = 3

/** Other published events sharing a tag or a cluster with this one, latest first. */
export const relatedEvents = (event: EventView, locale: Locale, limit = RELATED_EVENTS): Promise<EventView[]> =>
  readRelated(
    event.id,
    event.tags.map((t) => t.id),
    event.clusters.map((c) => c.id),
    locale,
    limit,
  )

/** Newest first; the id breaks a tie, so the choice is the same on every read. */
const newestFirst = (a: { id: Id; startDate: string }, b: { id: Id; startDate: string }) =>
  b.startDate.localeCompare(a.startDate) || String(b.id).localeCompare(String(a.id))

const readRelated = cachedRead(
  'related-events',
  async (eventId: Id, tagIds: Id[], clusterIds: Id[], locale: Locale, limit: number): Promise<EventView[]> => {
    // Two indexed reads (by tag, by cluster) merged here: one read with an OR over both relations makes the
    // database walk every relation row of the collection.
    const newest = async (relation: Where) =>
      (
        await findPublic({
          collection: 'events',
          where: { and: [{ id: { not_equals: eventId } }, relation] },
          sort: '-startDate',
          select: { startDate: true },
          depth: 0,
          limit,
          pagination: false,
          overrideAccess: false,
        })
      ).docs
    const found = await Promise.all([
      tagIds.length ? newest({ tags: { in: tagIds } }) : [],
      clusterIds.length ? newest({ clusters: { in: clusterIds } }) : [],
    ])
    const unique = new Map(found.flat().map((d) => [String(d.id), d]))
    const chosen = [...unique.values()].sort(newestFirst).slice(0, limit)
    if (!chosen.length) return []
    const { docs } = await findPublic({
      collection: 'events',
      where: { id: { in: chosen.map((d) => d.id) } },
      locale,
      depth: 1,
      limit,
      pagination: false,
      overrideAccess: false,
    })
    const order = new Map(chosen.map((d, i) => [String(d.id), i]))
    docs.sort((a, b) => (order.get(String(a.id)) ?? 0) - (order.get(String(b.id)) ?? 0))
    return eventViews(docs, locale, 'related events')
  },
  () => [listTag('events')],
  LIST_MAX_AGE_SECONDS,
)

/** The years and venue countries that published events have, for the filters of the events index. */
async function readFacets(): Promise<{ years: number[]; countries: string[] }> {
  // Asked of the database (distinct values, the first and last date, a count per year on the date index), not
  // by reading every published event: the cost grows with the years covered, not with the events.
  const payload = await payloadClient()
  const published = { collection: 'events', overrideAccess: false } as const
  const { values } = await payload.findDistinct({ ...published, field: 'venue.country', limit: 0 })
  const countries = [
    ...new Set(values.map((v) => (v as Record<string, unknown>)['venue.country']).filter((c) => typeof c === 'string')),
  ].sort() as string[]
  const edge = async (sort: string) =>
    (await payload.find({ ...published, sort, limit: 1, depth: 0, select: { startDate: true } })).docs[0]?.startDate
  const [first, last] = await Promise.all([edge('startDate'), edge('-startDate')])
  if (!first || !last) return { years: [], countries }
  const years: number[] = []
  for (let year = new Date(last).getUTCFullYear(); year >= new Date(first).getUTCFullYear(); year -= 1) {
    const { totalDocs } = await payload.count({ ...published, where: { and: yearRange(year) } })
    if (totalDocs > 0) years.push(year)
  }
  return { years, countries }
}

export const eventFacets = cachedRead('event-facets', readFacets, () => [listTag('events')], LIST_MAX_AGE_SECONDS)
