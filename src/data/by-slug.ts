import type { DataFromCollectionSlug } from 'payload'

import type { PageCollection } from '@/lib/site'
import type { Locale } from '@/lib/i18n/locales'

import { findPublic } from './find'

/** The one public document with this slug, with relations `depth` deep; null when there is none to show. */
export async function findBySlug<S extends PageCollection>(
  collection: S,
  slug: string,
  locale: Locale,
  depth: number,
): Promise<DataFromCollectionSlug<S> | null> {
  const { docs } = await findPublic({
    collection,
    where: { slug: { equals: slug } },
    locale,
    depth,
    limit: 1,
    pagination: false,
    // The site reads a document's related lists through their own paginated queries, not through joins.
    joins: false as never,
    overrideAccess: false,
  })
  return docs[0] ?? null
}
