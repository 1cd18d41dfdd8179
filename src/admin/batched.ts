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
      const batch: Batch<T> = { ids: new Set(), result: Promise.resolve(new Map()) }
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
