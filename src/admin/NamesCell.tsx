import type { CollectionSlug, Payload } from 'payload'

import { idsOf } from '@/lib/relations'

import { fieldOf } from './batched'

/** How many names a cell shows before "and 3 more". */
const SHOWN = 3

const nameOf = async (payload: Payload, collection: CollectionSlug, id: string) => {
  const titleField = payload.collections[collection]?.config.admin?.useAsTitle ?? 'id'
  const name = await fieldOf(payload, collection, titleField, id)
  return typeof name === 'string' || typeof name === 'number' ? String(name) : undefined
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
