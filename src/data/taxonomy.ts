import type { Where } from 'payload'

import { type CachedCollection, listTag, pageTags } from '@/cache/tags'
import type { Locale } from '@/lib/i18n/locales'
import { REGIONS } from '@/lib/i18n/regions'
import type { Cluster, Institute, Partner, Tag } from '@/payload-types'

import { findBySlug } from './by-slug'
import { cachedRead } from '../cache/reads'
import { findPublic } from './find'
import {
  type ClusterView,
  clusterView,
  type InstituteView,
  instituteView,
  type PartnerView,
  partnerView,
  type TagView,
  tagView,
  viewsOf,
} from './views/entities'

type Views = {
  tags: [Tag, TagView]
  clusters: [Cluster, ClusterView]
  institutes: [Institute, InstituteView]
  partners: [Partner, PartnerView]
}
type Listable = keyof Views
type ViewOf<S extends Listable> = Views[S][1]

const VIEWS: { [S in Listable]: (doc: Views[S][0], locale: Locale) => ViewOf<S> } = {
  tags: tagView,
  clusters: clusterView,
  institutes: instituteView,
  partners: partnerView,
}

const bySlug = <S extends Listable>(collection: S, depth: number) =>
  cachedRead(
    `${collection}-by-slug`,
    async (slug: string, locale: Locale): Promise<ViewOf<S> | null> => {
      const doc = await findBySlug(collection, slug, locale, depth)
      return doc && VIEWS[collection](doc, locale)
    },
    (slug) => pageTags(collection, slug),
  )

export const getTagBySlug = bySlug('tags', 0)
export const getClusterBySlug = bySlug('clusters', 2)
export const getInstituteBySlug = bySlug('institutes', 1)
export const getPartnerBySlug = bySlug('partners', 1)

/** Views of a taxonomy collection's documents (all, or those matching `where`), by name, without their joins. */
export async function listAll<S extends Listable>(
  collection: S,
  locale: Locale,
  where?: Where,
  limit = 0,
): Promise<ViewOf<S>[]> {
  const { docs } = await findPublic({
    collection,
    locale,
    where,
    sort: 'name',
    depth: 0,
    limit,
    pagination: false,
    joins: false as never,
    overrideAccess: false,
  })
  const view = VIEWS[collection] as (doc: Views[S][0], locale: Locale) => ViewOf<S>
  return viewsOf(docs as Views[S][0][], (doc) => view(doc, locale), `a list of ${collection}`)
}

const cachedList = <S extends Listable & CachedCollection>(collection: S) =>
  cachedRead(
    `${collection}-list`,
    (locale: Locale) => listAll(collection, locale),
    () => [listTag(collection)],
  )

export const listTags = cachedList('tags')
export const listClusters = cachedList('clusters')
export const listInstitutes = cachedList('institutes')
export const listPartners = cachedList('partners')

/** The clusters an institute is a member of. */
export const clustersWithMember = cachedRead(
  'clusters-with-member',
  (instituteId: number | string, locale: Locale) => listAll('clusters', locale, { members: { in: [instituteId] } }),
  () => [listTag('clusters')],
)

export type RegionGroup = { region: string; label: string; clusters: ClusterView[] }

/** Clusters grouped by region, in the network's order of regions; clusters without one come last. */
export function clustersByRegion(clusters: ClusterView[]): RegionGroup[] {
  const order = [...REGIONS.map((r) => r.value as string), '']
  return order
    .map((region) => ({
      region,
      label: clusters.find((c) => c.region === region)?.regionLabel ?? '',
      clusters: clusters.filter((c) => c.region === region),
    }))
    .filter((group) => group.clusters.length > 0)
}
