import type { Payload, PayloadRequest, Where } from 'payload'

import { claimJob } from './claim'

/** At most this many jobs per round; the next round takes the rest. */
export const JOBS_PER_ROUND = 20
/** A job still marked as running after this long belongs to a process that died: it is released for a retry. */
export const STALE_JOB_MINUTES = 15

const due = (now: Date): Where => ({
  and: [
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
    { processing: { equals: false } },
    { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: now.toISOString() } }] },
  ],
})

async function releaseStale(payload: Payload, now: Date) {
  const before = new Date(now.getTime() - STALE_JOB_MINUTES * 60_000).toISOString()
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: before } }] },
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
  })
  for (const job of docs) payload.logger.warn(`Job ${job.id} (${job.taskSlug}) was left running; released for a retry.`)
}

/**
 * Runs the jobs that are due, each by the one process that claims it (src/jobs/claim.ts), in the request that
 * asked (so what a job changes expires the site's cache like an editor's save). Every app replica may call
 * this as often as it likes. Returns the ids it ran.
 */
export async function runDueJobs(payload: Payload, req?: PayloadRequest): Promise<Array<number | string>> {
  const now = new Date()
  await releaseStale(payload, now)
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: due(now),
    // Oldest first, so a receiver hears of one document's changes in the order they were made.
    sort: ['waitUntil', 'createdAt'],
    limit: JOBS_PER_ROUND,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  const ran: Array<number | string> = []
  for (const job of docs) {
    if (!(await claimJob(payload, job.id))) continue
    await payload.jobs.runByID({ id: job.id, req, overrideAccess: true })
    ran.push(job.id)
  }
  return ran
}
