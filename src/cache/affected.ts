import type { PayloadRequest, Where } from 'payload'

import { allPagesTag, docTag, listTag } from '@/cache/tags'
import type { PageCollection } from '@/lib/site'
import type { EventRelation } from '@/lib/relations'

import type { AffectedTags } from './revalidate'

/**
 * Past this many pages a change expires all pages of the collection with one tag, rather than reading every
 * affected document to name its page (a tag on 20,000 events: 20,000 slugs read and as many tags expired, in
 * the editor's save). The pages are rendered again as they are asked for.
 */
export const MANY_PAGES = 200

/** The page tags of the documents of `collection` that match `where` (drafts included: harmless). */
export async function pagesWhere(
  req: PayloadRequest,
  collection: PageCollection,
  where: Where,
  many = MANY_PAGES,
): Promise<string[]> {
  const { totalDocs } = await req.payload.count({ collection, where, req })
  if (totalDocs === 0) return []
  if (totalDocs > many) return [allPagesTag(collection)]
  const { docs } = await req.payload.find({
    collection,
    where,
    select: { slug: true },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  return docs.flatMap((d) => (d.slug ? [docTag(collection, d.slug)] : []))
}

/** A document's own page and list tags, under its current and its previous slug. */
function own(
  collection: PageCollection,
  doc: { slug?: string | null },
  previousDoc?: { slug?: string | null },
): string[] {
  const tags = [listTag(collection)]
  for (const slug of new Set([doc.slug, previousDoc?.slug])) if (slug) tags.push(docTag(collection, slug))
  return tags
}

export const eventsAffected: AffectedTags = ({ doc, previousDoc }) => own('events', doc, previousDoc)

/** A tag, cluster, institute or partner is shown on its own page, in its lists, and on its events' pages. */
export const taxonomyAffected =
  (collection: Exclude<PageCollection, 'events'>, eventField: EventRelation): AffectedTags =>
  async ({ doc, previousDoc, req }) => {
    const tags = [
      ...own(collection, doc, previousDoc),
      ...(await pagesWhere(req, 'events', { [eventField]: { in: [doc.id] } })),
    ]
    // A cluster page lists its member institutes.
    if (collection === 'institutes') tags.push(...(await pagesWhere(req, 'clusters', { members: { in: [doc.id] } })))
    return tags
  }

/** A member organisation is named on its institutes' pages, on the clusters they belong to and on the events they host. */
export const organisationsAffected: AffectedTags = async ({ doc, req }) => {
  const { docs } = await req.payload.find({
    collection: 'institutes',
    where: { organisation: { equals: doc.id } },
    select: { slug: true },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  const ids = docs.map((d) => d.id)
  if (ids.length === 0) return [listTag('institutes')]
  return [
    listTag('institutes'),
    ...docs.flatMap((d) => (d.slug ? [docTag('institutes', d.slug)] : [])),
    ...(await pagesWhere(req, 'events', { hostInstitutes: { in: ids } })),
    ...(await pagesWhere(req, 'clusters', { members: { in: ids } })),
  ]
}

/** A photo (its caption, credit, alt, file) appears on event pages and cards, and as institute or partner logo. */
export const photosAffected: AffectedTags = async ({ doc, req }) => [
  listTag('photos'),
  listTag('events'),
  ...(await pagesWhere(req, 'events', { or: [{ heroPhoto: { equals: doc.id } }, { gallery: { in: [doc.id] } }] })),
  ...(await pagesWhere(req, 'institutes', { logo: { equals: doc.id } })),
  ...(await pagesWhere(req, 'partners', { logo: { equals: doc.id } })),
]
