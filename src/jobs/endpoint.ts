import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { roleOf } from '@/access'
import { keepStatisticsCurrent } from '@/db/statistics'

import { removeFinishedJobs } from './finished'
import { isJobsKey, JOBS_KEY_HEADER } from './key'
import { type FailedJob, runDueJobs } from './run-due'

export const JOBS_PATH = '/jobs/due'

/** Housekeeping a round does after the due jobs, each under the name its count is answered with. */
export type Chores = Record<string, (payload: Payload, req: PayloadRequest) => Promise<ReadonlyArray<unknown>>>

/**
 * POST /api/jobs/due runs the jobs that are due (telling `failed` of each that fails for good), then the chores the config hands in (abandoned drafts, old
 * webhook deliveries…), removes finished jobs and refreshes the database statistics. The jobs room knows no
 * chore's subject: whoever owns one passes it here. The app's ticker (src/jobs/ticker.ts) calls it on every
 * replica; an admin may call it by hand. Running inside a request lets a job's changes expire the page cache.
 */
export function jobsEndpoint(chores: Chores, failed?: FailedJob): Endpoint {
  return {
    path: JOBS_PATH,
    method: 'post',
    handler: async (req) => {
      const allowed = isJobsKey(req.payload.config.secret, req.headers.get(JOBS_KEY_HEADER)) || roleOf(req) === 'admin'
      if (!allowed)
        return Response.json({ errors: [{ message: 'Only the app itself or an admin runs jobs.' }] }, { status: 403 })
      const answer: Record<string, ReadonlyArray<unknown>> = { ran: await runDueJobs(req.payload, req, failed) }
      for (const [name, chore] of Object.entries(chores)) answer[name] = await chore(req.payload, req)
      answer.finished = await removeFinishedJobs(req.payload)
      await keepStatisticsCurrent(req.payload).catch((err: unknown) =>
        req.payload.logger.warn({ err, msg: 'Could not refresh the database statistics' }),
      )
      return Response.json(answer)
    },
  }
}
