import type { Locale } from '@/lib/locales'
import type { Cluster, Institute, Partner, Tag } from '@/payload-types'

import { findBySlug } from './by-slug'
import { payloadClient } from './client'

export const getTagBySlug = (slug: string, locale: Locale): Promise<Tag | null> => findBySlug('tags', slug, locale, 0)
export const getClusterBySlug = (slug: string, locale: Locale): Promise<Cluster | null> =>
  findBySlug('clusters', slug, locale, 1)
export const getInstituteBySlug = (slug: string, locale: Locale): Promise<Institute | null> =>
  findBySlug('institutes', slug, locale, 1)
export const getPartnerBySlug = (slug: string, locale: Locale): Promise<Partner | null> =>
  findBySlug('partners', slug, locale, 1)

type Listable = 'tags' | 'clusters' | 'institutes' | 'partners'

/** Every document of a taxonomy collection, by name, without their joins. */
async function listAll<S extends Listable>(collection: S, locale: Locale) {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    locale,
    sort: 'name',
    depth: 0,
    limit: 0,
    pagination: false,
    joins: false as never,
    overrideAccess: false,
  })
  return docs
}

export const listTags = (locale: Locale) => listAll('tags', locale) as Promise<Tag[]>
export const listClusters = (locale: Locale) => listAll('clusters', locale) as Promise<Cluster[]>
export const listInstitutes = (locale: Locale) => listAll('institutes', locale) as Promise<Institute[]>
export const listPartners = (locale: Locale) => listAll('partners', locale) as Promise<Partner[]>

/** The clusters an institute is a member of. */
export async function clustersWithMember(instituteId: number | string, locale: Locale): Promise<Cluster[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'clusters',
    where: { members: { in: [instituteId] } },
    locale,
    sort: 'name',
    depth: 0,
    limit: 0,
    pagination: false,
    joins: false as never,
    overrideAccess: false,
  })
  return docs
}
