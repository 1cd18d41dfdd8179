import { startPayload, stopPayload, type TestContext } from '../helpers/payload'
import { KEEP_FINISHED_DAYS, removeFinishedJobs } from '../../src/jobs/finished'

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(() => stopPayload(ctx))

/** A job row as the queue leaves it, in the state given. */
const job = (state: Record<string, unknown>) =>
  ctx.payload.create({
    collection: 'payload-jobs',
    data: { taskSlug: 'deliverWebhook', input: { delivery: '0' }, processing: false, ...state },
    overrideAccess: true,
  })

test('finished jobs are removed a month after they ended, a bounded batch per round; waiting and running ones stay', async () => {
  const ended = new Date().toISOString()
  const done = await job({ completedAt: ended })
  const failed = await job({ hasError: true })
  const waiting = await job({})
  const running = await job({ processing: true, hasError: true })
  const later = new Date(Date.now() + (KEEP_FINISHED_DAYS + 1) * 86_400_000)

  expect(await removeFinishedJobs(ctx.payload, new Date())).toEqual([])
  const removed = await removeFinishedJobs(ctx.payload, later)
  expect(removed.map(String).sort()).toEqual([done.id, failed.id].map(String).sort())
  const left = await ctx.payload.find({ collection: 'payload-jobs', limit: 0, pagination: false, overrideAccess: true })
  expect(left.docs.map((d) => d.id).sort()).toEqual(expect.arrayContaining([waiting.id, running.id]))
  expect(left.docs.map((d) => d.id)).not.toEqual(expect.arrayContaining([done.id]))
})
