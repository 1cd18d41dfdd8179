import type { Where } from 'payload'

import { type CachedCollection, docTag, listTag } from '@/lib/cache-tags'
import type { Locale } from '@/lib/locales'
import type { Cluster, Institute, Partner, Tag } from '@/payload-types'

import { findBySlug } from './by-slug'
import { cachedRead } from './cache'
import { findPublic } from './find'

const bySlug = <S extends 'tags' | 'clusters' | 'institutes' | 'partners'>(collection: S, depth: number) =>
  cachedRead(
    `${collection}-by-slug`,
    (slug: string, locale: Locale) => findBySlug(collection, slug, locale, depth),
    (slug) => [docTag(collection, slug)],
  )

export const getTagBySlug: (slug: string, locale: Locale) => Promise<Tag | null> = bySlug('tags', 0)
export const getClusterBySlug: (slug: string, locale: Locale) => Promise<Cluster | null> = bySlug('clusters', 2)
export const getInstituteBySlug: (slug: string, locale: Locale) => Promise<Institute | null> = bySlug('institutes', 1)
export const getPartnerBySlug: (slug: string, locale: Locale) => Promise<Partner | null> = bySlug('partners', 1)

type Listable = 'tags' | 'clusters' | 'institutes' | 'partners'

/** Documents of a taxonomy collection (all, or those matching `where`), by name, without their joins. */
export async function listAll<S extends Listable>(collection: S, locale: Locale, where?: Where, limit = 0) {
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
  return docs
}

const cachedList = <T>(collection: Listable & CachedCollection) =>
  cachedRead(
    `${collection}-list`,
    (locale: Locale) => listAll(collection, locale) as Promise<T[]>,
    () => [listTag(collection)],
  )

export const listTags = cachedList<Tag>('tags')
export const listClusters = cachedList<Cluster>('clusters')
export const listInstitutes = cachedList<Institute>('institutes')
export const listPartners = cachedList<Partner>('partners')

/** The clusters an institute is a member of. */
export const clustersWithMember = cachedRead(
  'clusters-with-member',
  (instituteId: number | string, locale: Locale) =>
    listAll('clusters', locale, { members: { in: [instituteId] } }) as Promise<Cluster[]>,
  () => [listTag('clusters')],
)
