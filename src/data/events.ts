import type { Where } from 'payload'

import type { Event } from '@/payload-types'

import { LIST_MAX_AGE_SECONDS, listTag, pageTags } from '@/cache/tags'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales'
import { PAGE_SIZE } from '@/lib/query/pagination'
import type { EventRelation } from '@/lib/relations'
import type { EventFilters } from '@/lib/routes'

import { findBySlug } from './by-slug'
import { cachedRead } from '../cache/reads'
import { payloadClient } from './client'
import { findPublic } from './find'
import { newestSharing, pageOfEvents, pageOfRelation } from './events-sql'
import {
  EVENT_CARD_FIELDS,
  EVENT_FEED_FIELDS,
  type EventCardView,
  eventCardViews,
  type EventFeedView,
  eventFeedViews,
  type EventView,
  eventView,
} from './views/event'

type Paged<T> = { events: T[]; page: number; totalPages: number; totalDocs: number }
/** A page of events as feeds and calendars carry them. */
export type EventList = Paged<EventFeedView>
/** A page of events as cards show them, for the site's lists. */
export type EventCardList = Paged<EventCardView>

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

const EMPTY = { docs: [] as Event[], page: 1, totalPages: 0, totalDocs: 0 }

/** The id of a tag or cluster given by slug in a filter; null when there is none. */
const idOfSlug = async (collection: 'tags' | 'clusters', slug: string): Promise<Id | null> =>
  (await findBySlug(collection, slug, DEFAULT_LOCALE, 0))?.id ?? null

/** What a list is read for: cards on the site's pages, entries of feeds and calendars. */
type Shape = 'card' | 'feed'
const FIELDS = { card: EVENT_CARD_FIELDS, feed: EVENT_FEED_FIELDS } as const

/** How lists read events: at depth 1 (photos, tags), only the fields their shape shows. */
const listRead = (shape: Shape, locale: Locale) =>
  ({ collection: 'events', locale, depth: 1, select: FIELDS[shape] }) as const

/** Published events by id, in the order of `ids`. */
async function eventsInOrder(ids: Id[], shape: Shape, locale: Locale): Promise<Event[]> {
  if (!ids.length) return []
  const { docs } = await findPublic({
    ...listRead(shape, locale),
    where: { id: { in: ids } },
    limit: ids.length,
    pagination: false,
  })
  const order = new Map(ids.map((id, i) => [String(id), i]))
  return (docs as Event[]).sort((a, b) => (order.get(String(a.id)) ?? 0) - (order.get(String(b.id)) ?? 0))
}

/**
 * Published events. `when` picks upcoming (not over yet, soonest first) or past (latest first); without it,
 * all events, latest first. Filters by tag and cluster (slug or id), venue country and year combine. Only the
 * fields of the list's shape are read.
 */
async function readEvents(options: ListOptions, shape: Shape) {
  const { locale, when, country, year, page = 1, limit = PAGE_SIZE, now = new Date() } = options

  const tagId = options.tagId ?? (options.tag ? await idOfSlug('tags', options.tag) : undefined)
  const clusterId = options.clusterId ?? (options.cluster ? await idOfSlug('clusters', options.cluster) : undefined)
  if (tagId === null || clusterId === null) return EMPTY
  const relations = (
    [
      ['tags', tagId],
      ['clusters', clusterId],
      ['hostInstitutes', options.hostId],
      ['partners', options.partnerId],
    ] as const
  ).filter((pair): pair is readonly [EventRelation, Id] => pair[1] !== undefined)

  // The page of one tag, cluster, institute or partner (its archive, its upcoming or past events), or of all
  // upcoming or all past events (the events index, calendars and feeds): ids read in SQL, then the documents.
  const window = { when, now, limit, offset: (page - 1) * limit }
  const bySql = !country && !year && (relations.length === 1 || (relations.length === 0 && when))
  const found = !bySql
    ? undefined
    : relations.length === 1
      ? await pageOfRelation(await payloadClient(), { path: relations[0][0], id: relations[0][1] }, window)
      : await pageOfEvents(await payloadClient(), { ...window, when: when! })
  if (found) {
    const docs = await eventsInOrder(found.ids, shape, locale)
    return { docs, page, totalPages: Math.ceil(found.total / limit), totalDocs: found.total }
  }

  const and: Where[] = relations.map(([path, id]) => ({ [path]: { in: [id] } }))
  if (country) and.push({ 'venue.country': { equals: country } })
  if (year) and.push(...yearRange(year))
  if (when === 'upcoming') and.push({ endsAt: { greater_than: now.toISOString() } })
  if (when === 'past') and.push({ endsAt: { less_than_equal: now.toISOString() } })
  const result = await findPublic({
    ...listRead(shape, locale),
    where: and.length ? { and } : {},
    sort: when === 'upcoming' ? 'startDate' : '-startDate',
    page,
    limit,
    overrideAccess: false,
  })
  return {
    docs: result.docs as Event[],
    page: result.page ?? page,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}

/** A cached list of events in one shape: its own cache entries, the same expiry. */
const listIn = <V>(shape: Shape, views: (docs: Event[], locale: Locale, where: string) => V[]) =>
  cachedRead(
    `events-${shape}`,
    async (options: ListOptions): Promise<Paged<V>> => {
      const { docs, ...page } = await readEvents(options, shape)
      return { ...page, events: views(docs, options.locale, 'a list of events') }
    },
    () => [listTag('events')],
    LIST_MAX_AGE_SECONDS,
  )

/** A page of events for feeds, calendars and other sites. */
export const listEvents: (options: ListOptions) => Promise<EventList> = listIn('feed', eventFeedViews)

/** The same list as cards: what the site's pages show. */
export const listEventCards: (options: ListOptions) => Promise<EventCardList> = listIn('card', eventCardViews)

/** How many related events an event page shows. */
export const RELATED_EVENTS = 3

/** Other published events sharing a tag or a cluster with this one, latest first. */
export const relatedEvents = (event: EventView, locale: Locale, limit = RELATED_EVENTS): Promise<EventCardView[]> =>
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

/**
 * The same choice through Payload (MongoDB): two indexed reads (by tag, by cluster) merged here, as one read
 * with an OR over both relations makes the database walk every relation row of the collection.
 */
async function newestSharingByPayload(eventId: Id, tagIds: Id[], clusterIds: Id[], limit: number): Promise<Id[]> {
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
  return [...unique.values()]
    .sort(newestFirst)
    .slice(0, limit)
    .map((d) => d.id)
}

const readRelated = cachedRead(
  'related-events',
  async (eventId: Id, tagIds: Id[], clusterIds: Id[], locale: Locale, limit: number): Promise<EventCardView[]> => {
    const payload = await payloadClient()
    const chosen =
      (await newestSharing(payload, eventId, { tags: tagIds, clusters: clusterIds }, limit)) ??
      (await newestSharingByPayload(eventId, tagIds, clusterIds, limit))
    const docs = await eventsInOrder(chosen, 'card', locale)
    return eventCardViews(docs, locale, 'related events')
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
  ].sort()
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
