import type { CollectionSlug, Payload, Where } from 'payload'

/** How long finished jobs (and webhook deliveries) stay for admins to look at. */
export const KEEP_FINISHED_DAYS = 30
/** Removed per jobs round; more wait for the next one. */
const PER_ROUND = 200

/** The moment `days` days before `now`, as the database compares dates. */
export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()

/** Removes at most PER_ROUND documents that match, oldest first; returns their ids. */
export async function removeBatch(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
): Promise<Array<number | string>> {
  const { docs } = await payload.find({
    collection,
    where,
    sort: 'createdAt',
    select: {},
    depth: 0,
    limit: PER_ROUND,
    pagination: false,
    overrideAccess: true,
  })
  if (docs.length === 0) return []
  const ids = docs.map((d) => d.id)
  await payload.delete({ collection, where: { id: { in: ids } }, overrideAccess: true })
  return ids
}

/**
 * Jobs that are over — done, or failed for good — are removed KEEP_FINISHED_DAYS after they ended, a bounded
 * number per jobs round: every webhook delivery and scheduled publication leaves one, and the queue the jobs
 * round reads stays the size of what is still to do. Returns the ids.
 */
export function removeFinishedJobs(payload: Payload, now = new Date()) {
  const ended = daysBefore(now, KEEP_FINISHED_DAYS)
  return removeBatch(payload, 'payload-jobs', {
    or: [
      { completedAt: { less_than: ended } },
      { and: [{ hasError: { equals: true } }, { processing: { equals: false } }, { updatedAt: { less_than: ended } }] },
    ],
  })
}
