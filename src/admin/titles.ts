import type { Payload } from 'payload'

import { batched } from './batched'

type Titles = Record<string, unknown>

/** Each collection's titles in every language, read for a whole list page (or one form) at once. */
const readers = new Map<string, ReturnType<typeof batched<Titles>>>()

/**
 * A document's title in every language, newest draft included. The rows and forms that ask were read with the
 * editor's own access; only their titles are looked at here.
 */
export function titlesOf(payload: Payload, collection: string, titleField: string, id: string) {
  const key = `${collection}\n${titleField}`
  let read = readers.get(key)
  if (!read) {
    read = batched(async (p, ids) => {
      const { docs } = await p.find({
        collection: collection as 'events',
        where: { id: { in: ids } },
        locale: 'all',
        draft: true,
        depth: 0,
        limit: ids.length,
        pagination: false,
        select: { [titleField]: true },
        overrideAccess: true,
      })
      return new Map(
        docs.map((doc) => [String(doc.id), (doc as unknown as Record<string, unknown>)[titleField] as Titles]),
      )
    })
    readers.set(key, read)
  }
  return read(payload, id)
}
