import { pageParam } from './pagination'
import { single } from './query'
import { SLUG_PATTERN } from '../text/slugify'
import { type EventFilters, queryOfPairs } from '../routes'

type Query = Record<string, string | string[] | undefined>

const one = (v: string | string[] | undefined) => single(v)?.trim() || undefined

/**
 * The filters of an events list from a query string. Values that cannot be right (a slug with odd
 * characters, a year of letters, a lower-case country) are dropped, so a hand-edited URL shows a list
 * rather than an error.
 */
export function parseEventFilters(query: Query): EventFilters {
  const filters: EventFilters = {}
  const when = one(query.when)
  if (when === 'past' || when === 'upcoming') filters.when = when
  const tag = one(query.tag)
  if (tag && SLUG_PATTERN.test(tag)) filters.tag = tag
  const cluster = one(query.cluster)
  if (cluster && SLUG_PATTERN.test(cluster)) filters.cluster = cluster
  const country = one(query.country)?.toUpperCase()
  if (country && /^[A-Z]{2}$/.test(country)) filters.country = country
  const year = Number(one(query.year))
  if (Number.isInteger(year) && year >= 1900 && year <= 2200) filters.year = year
  const page = pageParam(query.page)
  if (page > 1) filters.page = page
  return filters
}

/** The filters of an address's query (URLSearchParams), each key once. */
export const filtersOfQuery = (query: URLSearchParams): EventFilters =>
  parseEventFilters(Object.fromEntries([...query.keys()].map((key) => [key, query.getAll(key)])))

/** The filters carried in the path of the events index's page per set of filters: name, value, name, value… */
export const filtersOfSegments = (segments: string[]): EventFilters => filtersOfQuery(queryOfPairs(segments))
