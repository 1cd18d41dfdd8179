import { AsyncLocalStorage } from 'node:async_hooks'

import type { Payload, PayloadRequest, Where } from 'payload'

import type { PayloadJob } from '@/payload-types'

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

const running = new AsyncLocalStorage<{ id: number | string; taskSlug?: string | null }>()

/** The job whose work is running here, if this code runs inside one (a scheduled publish's save, say). */
export const jobRunningHere = () => running.getStore()

/** Told of each job that has just failed for good (no retry left), to tell the people it concerns. */
export type FailedJobFacts = Pick<PayloadJob, 'id' | 'hasError' | 'taskSlug' | 'input' | 'error' | 'waitUntil'>
export type FailedJob = (job: FailedJobFacts, payload: Payload, req?: PayloadRequest) => Promise<void>

/**
 * Runs the jobs that are due, each by the one process that claims it (src/jobs/claim.ts), in the request that
 * asked (so what a job changes expires the site's cache like an editor's save). Every app replica may call
 * this as often as it likes. Returns the ids it ran.
 */
export async function runDueJobs(
  payload: Payload,
  req?: PayloadRequest,
  failed?: FailedJob,
): Promise<Array<number | string>> {
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
    await running.run({ id: job.id, taskSlug: job.taskSlug }, () =>
      payload.jobs.runByID({ id: job.id, req, overrideAccess: true }),
    )
    ran.push(job.id)
    if (failed) await tellFailure(payload, job.id, failed, req)
  }
  return ran
}

async function tellFailure(payload: Payload, id: number | string, failed: FailedJob, req?: PayloadRequest) {
  const after = await payload.findByID({
    collection: 'payload-jobs',
    id,
    // What a notice needs: not the job's log, which grows with every attempt.
    select: { hasError: true, taskSlug: true, input: true, error: true, waitUntil: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!after?.hasError) return
  await failed(after, payload, req).catch((err: unknown) =>
    payload.logger.error({ err, msg: `Could not tell anyone that job ${id} (${after.taskSlug}) failed` }),
  )
}
