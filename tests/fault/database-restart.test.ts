import pg from 'pg'

import { createUser } from '../helpers/fixtures'
import { apiClient } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/**
 * The database goes away while editors keep saving: every connection is cut and new ones are refused for a
 * few seconds, as in a restart (done to this test's own database only, so the other test files run on).
 */
let ctx: TestContext
let api: ReturnType<typeof apiClient>
let token: string

beforeAll(async () => {
  ctx = await startPayload()
  api = apiClient(ctx.config)
  token = (await createUser(ctx.payload, 'editor')).token
})
afterAll(() => stopPayload(ctx))

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function outage(ms: number) {
  const name = new URL(ctx.db.uri).pathname.slice(1)
  const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URI })
  await admin.connect()
  await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`)
  await admin.query(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [name],
  )
  await sleep(ms)
  await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`)
  await admin.end()
}

test('writes during a database restart: every 2xx is kept, the app recovers by itself', async () => {
  const answered: Array<{ status: number; id?: number; name: string; message?: string }> = []
  let stop = false
  let n = 0
  const writer = async () => {
    while (!stop) {
      const name = `Fault tag ${(n += 1)}`
      const res = await api.rest('POST', '/api/tags', { token, json: { name } })
      answered.push({ status: res.status, id: res.body?.doc?.id, name, message: res.body?.errors?.[0]?.message })
      if (res.status >= 500) {
        expect(res.body?.errors?.[0]?.message).toBeTruthy()
        await sleep(100)
      }
    }
  }
  const writers = [writer(), writer(), writer()]
  await sleep(1000)
  await outage(3000)
  await sleep(3000)
  stop = true
  await Promise.all(writers)

  const saved = answered.filter((a) => a.status === 201)
  const failed = answered.filter((a) => a.status !== 201)
  expect(failed.length).toBeGreaterThan(0) // the outage was felt
  expect(failed.filter((a) => a.status < 500)).toEqual([])
  // An unreachable database is "try again" (503), not an unexplained fault.
  expect(failed.filter((a) => a.status === 503).length).toBeGreaterThan(failed.length / 2)
  // Writes succeeded after the outage: the app reconnected without a restart.
  let lastFailure = -1
  answered.forEach((a, i) => {
    if (a.status !== 201) lastFailure = i
  })
  expect(answered.slice(lastFailure + 1).filter((a) => a.status === 201).length).toBeGreaterThan(3)

  const stored = await ctx.payload.find({ collection: 'tags', limit: 0, pagination: false, depth: 0 })
  const names = new Set(stored.docs.map((d) => d.name))
  expect(saved.filter((a) => !names.has(a.name))).toEqual([])
  // A refused write left nothing behind, unless the connection broke during COMMIT itself: then nobody can
  // know, and the answer says so.
  const landedAnyway = failed.filter((a) => names.has(a.name))
  expect(landedAnyway.filter((a) => !/did not confirm/.test(a.message ?? ''))).toEqual([])
}, 30_000)
