import type { Payload } from 'payload'

import { daysBefore, KEEP_FINISHED_DAYS, removeBatch } from '@/jobs/finished'

/** How long finished deliveries stay visible to admins. */
export const KEEP_DELIVERIES_DAYS = KEEP_FINISHED_DAYS

/**
 * Deliveries that are over (delivered, failed for good, cancelled) are removed after KEEP_DELIVERIES_DAYS, a
 * bounded number per jobs round, so the list admins read stays about what happened lately. Returns the ids.
 */
export const removeOldDeliveries = (payload: Payload, now = new Date()) =>
  removeBatch(payload, 'webhook-deliveries', {
    and: [
      { status: { in: ['delivered', 'failed', 'cancelled'] } },
      { createdAt: { less_than: daysBefore(now, KEEP_DELIVERIES_DAYS) } },
    ],
  })
