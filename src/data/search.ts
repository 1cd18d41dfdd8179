import type { Where } from 'payload'

import { LIST_MAX_AGE_SECONDS, listTag } from '@/lib/cache-tags'
import type { Locale } from '@/lib/locales'
import type { Cluster, Event, Institute, Partner, Tag } from '@/payload-types'

import { cachedRead } from './cache'
import { payloadClient } from './client'

export type SearchResults = {
  events: Event[]
  tags: Tag[]
  clusters: Cluster[]
  institutes: Institute[]
  partners: Partner[]
}

/** Longest query we look up; longer input is cut rather than refused. */
export const MAX_QUERY_LENGTH = 100
const PER_KIND = 20

/**
 * Published events, tags, clusters, institutes and partners whose name (or an event's title or summary)
 * contains every word of the query, in the reader's language with English fallback. An indexed `like`
 * query in the database: no search service to run.
 */
async function readSearch(query: string, locale: Locale): Promise<SearchResults> {
  const words = query.trim().slice(0, MAX_QUERY_LENGTH).split(/\s+/).filter(Boolean).slice(0, 8)
  if (!words.length) return { events: [], tags: [], clusters: [], institutes: [], partners: [] }
  const payload = await payloadClient()
  const common = { locale, depth: 1, limit: PER_KIND, pagination: false, overrideAccess: false } as const
  const nameHas: Where = { and: words.map((w): Where => ({ name: { like: w } })) }
  const [events, tags, clusters, institutes, partners] = await Promise.all([
    payload.find({
      ...common,
      collection: 'events',
      sort: '-startDate',
      where: { and: words.map((w): Where => ({ or: [{ title: { like: w } }, { summary: { like: w } }] })) },
    }),
    payload.find({ ...common, collection: 'tags', depth: 0, joins: false as never, where: nameHas, sort: 'name' }),
    payload.find({ ...common, collection: 'clusters', depth: 0, joins: false as never, where: nameHas, sort: 'name' }),
    payload.find({
      ...common,
      collection: 'institutes',
      depth: 0,
      joins: false as never,
      where: nameHas,
      sort: 'name',
    }),
    payload.find({ ...common, collection: 'partners', depth: 0, joins: false as never, where: nameHas, sort: 'name' }),
  ])
  return {
    events: events.docs,
    tags: tags.docs,
    clusters: clusters.docs,
    institutes: institutes.docs,
    partners: partners.docs,
  }
}

export const search = cachedRead(
  'search',
  readSearch,
  () => (['events', 'tags', 'clusters', 'institutes', 'partners'] as const).map(listTag),
  LIST_MAX_AGE_SECONDS,
)
