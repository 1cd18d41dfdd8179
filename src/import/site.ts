import type { Payload } from 'payload'

import { LOCALES, type Locale } from '@/lib/i18n/locales'
import { DEFAULT_TIMEZONE } from '@/lib/time/timezones'

import type { SiteKnowledge } from './draft'
import type { Named } from './find/network'
import type { KnownCity } from './find/place'

type Localised = Partial<Record<Locale, string | null>>
type Doc = {
  id: number | string
  name?: string | Localised | null
  slug?: string | null
  otherNames?: string[] | null
  country?: string | null
  city?: string | Localised | null
  venue?: { city?: string | Localised | null; country?: string | null } | null
}

const countryNames = LOCALES.map((language) => new Intl.DisplayNames([language], { type: 'region' }))

const allNames = (value: Doc['name']): string[] =>
  typeof value === 'string'
    ? [value]
    : Object.values(value ?? {}).filter((name): name is string => typeof name === 'string' && name.length > 0)

const cityNames = (value: Doc['city']): Partial<Record<Locale, string>> =>
  typeof value === 'string'
    ? { en: value }
    : Object.fromEntries(Object.entries(value ?? {}).filter(([, name]) => typeof name === 'string' && name))

const PAGE = 500

/** Every document of a collection, all languages, a page at a time (the network's collections are small). */
async function everything(
  payload: Payload,
  collection: 'tags' | 'clusters' | 'institutes' | 'partners',
): Promise<Doc[]> {
  const docs: Doc[] = []
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection,
      locale: 'all',
      depth: 0,
      limit: PAGE,
      page,
      pagination: true,
      overrideAccess: true,
    })
    docs.push(...(result.docs as unknown as Doc[]))
    if (!result.hasNextPage) return docs
  }
}

function named(doc: Doc, extra: Partial<Named> = {}): Named {
  const names = allNames(doc.name)
  return {
    id: doc.id,
    name: names[0] ?? String(doc.id),
    names: [...names, ...(doc.slug ? [doc.slug, doc.slug.replace(/-/g, ' ')] : []), ...(doc.otherNames ?? [])],
    ...extra,
  }
}

/** The cities of the venues events already have, in each language they were written in. */
async function venueCities(payload: Payload): Promise<KnownCity[]> {
  const result = await payload.find({
    collection: 'events',
    locale: 'all',
    depth: 0,
    limit: 2000,
    pagination: false,
    select: { venue: { city: true, country: true } },
    overrideAccess: true,
  })
  return (result.docs as unknown as Doc[])
    .map((doc) => ({ names: cityNames(doc.venue?.city), country: doc.venue?.country ?? undefined }))
    .filter((city) => Object.keys(city.names).length > 0)
}

/**
 * What an import matches articles against, read once per import: the network's records by every name they go by,
 * the cities the site's clusters, institutes and venues are in, and the zone an event takes when nothing says.
 */
export async function siteKnowledge(payload: Payload): Promise<SiteKnowledge> {
  const [tags, clusters, institutes, partners, venues] = await Promise.all([
    everything(payload, 'tags'),
    everything(payload, 'clusters'),
    everything(payload, 'institutes'),
    everything(payload, 'partners'),
    venueCities(payload),
  ])
  const clusterShort = (doc: Doc) => [
    ...allNames(doc.name).map((n) => n.replace(/^eunic[\s-]+/i, '')),
    ...Object.values(cityNames(doc.city)),
    ...(doc.country ? countryNames.map((names) => names.of(doc.country!) ?? '') : []),
  ]
  const cities: KnownCity[] = [
    ...clusters.map((doc) => ({ names: cityNames(doc.city), country: doc.country ?? undefined })),
    ...venues,
  ].filter((city) => Object.keys(city.names).length > 0)
  return {
    network: {
      tags: tags.map((doc) => named(doc)),
      clusters: clusters.map((doc) => named(doc, { short: clusterShort(doc), country: doc.country ?? undefined })),
      institutes: institutes.map((doc) => named(doc)),
      partners: partners.map((doc) => named(doc)),
    },
    cities,
    defaultZone: DEFAULT_TIMEZONE,
  }
}
