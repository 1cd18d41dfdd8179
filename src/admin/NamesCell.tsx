import type { CollectionSlug, Payload } from 'payload'

import { idsOf } from '@/lib/relations'

import { batched } from './batched'

/** How many names a cell shows before "and 3 more". */
const SHOWN = 3

/** Each collection's names by id, read for a whole list page at once. */
const readers = new Map<string, ReturnType<typeof batched<string>>>()

function nameOf(payload: Payload, collection: CollectionSlug, id: string) {
  let read = readers.get(collection)
  if (!read) {
    const titleField = payload.collections[collection]?.config.admin?.useAsTitle ?? 'id'
    read = batched(async (p, ids) => {
      const { docs } = await p.find({
        collection,
        where: { id: { in: ids } },
        depth: 0,
        limit: ids.length,
        pagination: false,
        select: { [titleField]: true },
        // Names only, of documents the row already points to.
        overrideAccess: true,
      })
      return new Map(
        docs.map((doc) => [String(doc.id), String((doc as unknown as Record<string, unknown>)[titleField] ?? doc.id)]),
      )
    })
    readers.set(collection, read)
  }
  return read(payload, id)
}

type Props = {
  cellData?: unknown
  payload: Payload
  field: { relationTo?: unknown }
}

/**
 * A list column of a has-many relationship (an event's clusters, tags, host institutes): the names, read on the
 * server with the rows, the first few and "and N more", or a dash for none. Payload's own cell fetches them in
 * the browser and, in the tables of a document's joined events, printed "and 2 more<No Clusters>".
 */
export async function NamesCell({ cellData, payload, field }: Props) {
  const collection = typeof field.relationTo === 'string' ? (field.relationTo as CollectionSlug) : undefined
  const ids = idsOf(cellData).map(String)
  if (!collection || ids.length === 0) return <span className="names-cell names-cell--none">—</span>
  const names = (await Promise.all(ids.map((id) => nameOf(payload, collection, id)))).filter((name): name is string =>
    Boolean(name),
  )
  const shown = names.slice(0, SHOWN).join(', ')
  const more = names.length - SHOWN
  return <span className="names-cell">{more > 0 ? `${shown} and ${more} more` : shown}</span>
}
