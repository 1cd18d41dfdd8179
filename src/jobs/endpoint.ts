import type { Endpoint } from 'payload'

import { roleOf } from '@/access'
import { keepStatisticsCurrent } from '@/db/statistics'
import { removeOldDeliveries } from '@/webhooks/prune'

import { removeAbandonedDrafts } from './abandoned'
import { removeFinishedJobs } from './finished'
import { isJobsKey, JOBS_KEY_HEADER } from './key'
import { runDueJobs } from './run-due'

export const JOBS_PATH = '/jobs/due'

/**
 * POST /api/jobs/due runs the jobs that are due, removes abandoned empty drafts, old webhook deliveries and
 * finished jobs. The app's ticker (src/jobs/ticker.ts) calls it on every
 * replica; an admin may call it by hand. Running inside a request lets a job's changes expire the page cache.
 */
export const runDueJobsEndpoint: Endpoint = {
  path: JOBS_PATH,
  method: 'post',
  handler: async (req) => {
    const allowed = isJobsKey(req.payload.config.secret, req.headers.get(JOBS_KEY_HEADER)) || roleOf(req) === 'admin'
    if (!allowed)
      return Response.json({ errors: [{ message: 'Only the app itself or an admin runs jobs.' }] }, { status: 403 })
    const ran = await runDueJobs(req.payload, req)
    const removed = await removeAbandonedDrafts(req.payload, req)
    const pruned = await removeOldDeliveries(req.payload)
    const finished = await removeFinishedJobs(req.payload)
    await keepStatisticsCurrent(req.payload).catch((err: unknown) =>
      req.payload.logger.warn({ err, msg: 'Could not refresh the database statistics' }),
    )
    return Response.json({ ran, removed, pruned, finished })
  },
}
