import type { Where } from 'payload'

import { LIST_MAX_AGE_SECONDS, listTag } from '@/cache/tags'
import { PAGE_COLLECTIONS } from '@/lib/site'
import { COUNTRIES, countryName } from '@/lib/i18n/countries'
import { LOCALES, type Locale } from '@/lib/i18n/locales'

import { cachedRead } from '../cache/reads'
import { payloadClient } from './client'
import { findPublic } from './find'
import { eventCandidates } from './search-text'
import { listAll } from './taxonomy'
import type { ClusterView, InstituteView, PartnerView, TagView } from './views/entities'
import { EVENT_CARD_FIELDS, type EventCardView, eventCardViews } from './views/event'

export type SearchResults = {
  events: EventCardView[]
  tags: TagView[]
  clusters: ClusterView[]
  institutes: InstituteView[]
  partners: PartnerView[]
}

/** Longest query we look up; longer input is cut rather than refused. */
export const MAX_QUERY_LENGTH = 100
const PER_KIND = 20
/** Words of a query that are looked up; the rest are ignored. */
const MAX_QUERY_WORDS = 8

const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

/** Every country's names in the site's languages, folded for matching; built once, on the first search. */
let countryNames: Array<{ code: string; names: string[] }> | undefined

/** The countries whose name, in any of the site's languages, contains the word ("kazakh" → KZ). */
function countriesNamed(word: string): string[] {
  const wanted = folded(word)
  if (wanted.length < 3) return []
  countryNames ??= COUNTRIES.map((c) => ({
    code: c.value,
    names: LOCALES.map((locale) => folded(countryName(c.value, locale))),
  }))
  return countryNames.filter((c) => c.names.some((name) => name.includes(wanted))).map((c) => c.code)
}

/** Every word in the name, the city or the country's name: "almaty" finds the clusters and institutes there. */
const placeHas = (words: string[]): Where => ({
  and: words.map((w): Where => {
    const countries = countriesNamed(w)
    return {
      or: [{ name: { like: w } }, { city: { like: w } }, ...(countries.length ? [{ country: { in: countries } }] : [])],
    }
  }),
})

/**
 * Published events, tags, clusters, institutes and partners whose name (an event's title or summary; a
 * cluster's or institute's name, city or country) contains every word of the query, in the reader's language with
 * English fallback. `like` queries in the database, found through trigram indexes on PostgreSQL and narrowed by a
 * full-text table on SQLite (src/data/search-text.ts): no search service to run.
 */
async function readSearch(query: string, locale: Locale): Promise<SearchResults> {
  const words = query.trim().slice(0, MAX_QUERY_LENGTH).split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS)
  if (!words.length) return { events: [], tags: [], clusters: [], institutes: [], partners: [] }
  const nameHas: Where = { and: words.map((w): Where => ({ name: { like: w } })) }
  const candidates = await eventCandidates(await payloadClient(), words)
  const wordsIn: Where[] = words.map((w): Where => ({ or: [{ title: { like: w } }, { summary: { like: w } }] }))
  const [events, tags, clusters, institutes, partners] = await Promise.all([
    candidates?.length === 0
      ? { docs: [] }
      : findPublic({
          collection: 'events',
          where: { and: candidates ? [{ id: { in: candidates } }, ...wordsIn] : wordsIn },
          sort: '-startDate',
          select: EVENT_CARD_FIELDS,
          locale,
          depth: 1,
          limit: PER_KIND,
          pagination: false,
          overrideAccess: false,
        }),
    listAll('tags', locale, nameHas, PER_KIND),
    listAll('clusters', locale, placeHas(words), PER_KIND),
    listAll('institutes', locale, placeHas(words), PER_KIND),
    listAll('partners', locale, nameHas, PER_KIND),
  ])
  return { events: eventCardViews(events.docs, locale, 'search results'), tags, clusters, institutes, partners }
}

export const search = cachedRead('search', readSearch, () => PAGE_COLLECTIONS.map(listTag), LIST_MAX_AGE_SECONDS)
