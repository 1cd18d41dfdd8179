import type { Payload } from 'payload'

type Batch<T> = { ids: Set<string>; result: Promise<Map<string, T>> }

/**
 * Reads by id, with the calls made in the same tick answered by one read: the cells of one list render (each an
 * async server component) ask for their rows together, one query for the page instead of one per row.
 */
export function batched<T>(load: (payload: Payload, ids: string[]) => Promise<Map<string, T>>) {
  let pending: Batch<T> | undefined
  return (payload: Payload, id: string): Promise<T | undefined> => {
    if (!pending) {
      const batch: Batch<T> = { ids: new Set(), result: Promise.resolve(new Map<string, T>()) }
      batch.result = new Promise((resolve) => setTimeout(resolve, 0)).then(() => {
        if (pending === batch) pending = undefined
        return load(payload, [...batch.ids])
      })
      pending = batch
    }
    pending.ids.add(id)
    return pending.result.then((found) => found.get(id))
  }
}

type FieldRead = { locale?: 'all'; draft?: boolean }
const fieldReaders = new Map<string, ReturnType<typeof batched<unknown>>>()

/**
 * One field of a document by id, for every cell or form of one render at once (a title in every language, an
 * account's name). The rows and forms that ask were read with the editor's own access; only this field is
 * looked at here.
 */
export function fieldOf(payload: Payload, collection: string, field: string, id: string, read: FieldRead = {}) {
  const key = `${collection}\n${field}\n${read.locale ?? ''}\n${read.draft ?? false}`
  let reader = fieldReaders.get(key)
  if (!reader) {
    reader = batched(async (p, ids) => {
      const { docs } = await p.find({
        collection: collection as 'events',
        where: { id: { in: ids } },
        ...read,
        depth: 0,
        limit: ids.length,
        pagination: false,
        select: { [field]: true },
        overrideAccess: true,
      })
      return new Map(docs.map((doc) => [String(doc.id), (doc as unknown as Record<string, unknown>)[field]]))
    })
    fieldReaders.set(key, reader)
  }
  return reader(payload, id)
}
