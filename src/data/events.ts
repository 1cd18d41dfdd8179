import type { Where } from 'payload'

import { docTag, LIST_MAX_AGE_SECONDS, listTag } from '@/lib/cache-tags'
import { DEFAULT_LOCALE, type Locale } from '@/lib/locales'
import { PAGE_SIZE } from '@/lib/pagination'
import type { EventFilters } from '@/lib/routes'

import { findBySlug } from './by-slug'
import { cachedRead } from './cache'
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
  (slug) => [docTag('events', slug)],
)

type Id = number | string
/** Filters by related document id, for the pages of a tag, cluster, institute or partner. */
export type RelatedFilter = { tagId?: Id; clusterId?: Id; hostId?: Id; partnerId?: Id }
type ListOptions = EventFilters & RelatedFilter & { locale: Locale; limit?: number; now?: Date }

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
  if (year) {
    and.push({ startDate: { greater_than_equal: new Date(Date.UTC(year, 0, 1)).toISOString() } })
    and.push({ startDate: { less_than: new Date(Date.UTC(year + 1, 0, 1)).toISOString() } })
  }
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

const readRelated = cachedRead(
  'related-events',
  async (eventId: Id, tagIds: Id[], clusterIds: Id[], locale: Locale, limit: number): Promise<EventView[]> => {
    if (!tagIds.length && !clusterIds.length) return []
    const { docs } = await findPublic({
      collection: 'events',
      where: {
        and: [
          { id: { not_equals: eventId } },
          {
            or: [
              ...(tagIds.length ? [{ tags: { in: tagIds } }] : []),
              ...(clusterIds.length ? [{ clusters: { in: clusterIds } }] : []),
            ],
          },
        ],
      },
      sort: '-startDate',
      locale,
      depth: 1,
      limit,
      pagination: false,
      overrideAccess: false,
    })
    return eventViews(docs, locale, 'related events')
  },
  () => [listTag('events')],
  LIST_MAX_AGE_SECONDS,
)

/** The years and venue countries that published events have, for the filters of the events index. */
async function readFacets(): Promise<{ years: number[]; countries: string[] }> {
  const { docs } = await findPublic({
    collection: 'events',
    select: { startDate: true, venue: { country: true } },
    sort: '-startDate',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  const years = [...new Set(docs.map((d) => new Date(d.startDate).getUTCFullYear()))]
  const countries = [
    ...new Set(docs.map((d) => d.venue?.country).filter((c): c is NonNullable<typeof c> => Boolean(c))),
  ].sort()
  return { years, countries }
}

export const eventFacets = cachedRead('event-facets', readFacets, () => [listTag('events')], LIST_MAX_AGE_SECONDS)
