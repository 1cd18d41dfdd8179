import type { Payload } from 'payload'

/** How long finished deliveries stay visible to admins. */
export const KEEP_DELIVERIES_DAYS = 30
/** Removed per jobs round; more wait for the next one. */
const PER_ROUND = 200

/**
 * Deliveries that are over (delivered, failed for good, cancelled) are removed after KEEP_DELIVERIES_DAYS, a
 * bounded number per jobs round, so the list admins read stays about what happened lately. Returns the ids.
 */
export async function removeOldDeliveries(payload: Payload, now = new Date()): Promise<Array<number | string>> {
  const before = new Date(now.getTime() - KEEP_DELIVERIES_DAYS * 86_400_000).toISOString()
  const { docs } = await payload.find({
    collection: 'webhook-deliveries',
    where: {
      and: [{ status: { in: ['delivered', 'failed', 'cancelled'] } }, { createdAt: { less_than: before } }],
    },
    sort: 'createdAt',
    select: {},
    depth: 0,
    limit: PER_ROUND,
    pagination: false,
    overrideAccess: true,
  })
  if (docs.length === 0) return []
  const ids = docs.map((d) => d.id)
  await payload.delete({ collection: 'webhook-deliveries', where: { id: { in: ids } }, overrideAccess: true })
  return ids
}
