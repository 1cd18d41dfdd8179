import { spawn, type ChildProcess } from 'node:child_process'

import { createUser, eventData } from '../helpers/fixtures'
import { apiClient } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'
import { runDueJobs } from '../../src/jobs/run-due'
import { claimJob } from '../../src/jobs/claim'

let ctx: TestContext
let api: ReturnType<typeof apiClient>
let editor: Awaited<ReturnType<typeof createUser>>

beforeAll(async () => {
  ctx = await startPayload()
  api = apiClient(ctx.config)
  await createUser(ctx.payload, 'admin') // the first account is always an admin
  editor = await createUser(ctx.payload, 'editor')
})
afterAll(() => stopPayload(ctx))

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

type Replica = { ran: string[]; stop: () => Promise<void> }

/**
 * A second runner of the same queue. On PostgreSQL (and MongoDB) it is a second app process, as another
 * replica would be. SQLite is one process's database (its file lock turns a second writer away), so there the
 * second runner is a second loop in this process, racing the first for every job.
 */
async function secondRunner(): Promise<Replica> {
  if (ctx.db.kind !== 'sqlite') {
    const { child, ran } = await secondProcess()
    return { ran, stop: () => stopProcess(child) }
  }
  const ran: string[] = []
  let stopping = false
  const loop = (async () => {
    while (!stopping) {
      ran.push(...(await runDueJobs(ctx.payload)).map(String))
      await sleep(50)
    }
  })()
  return {
    ran,
    stop: async () => {
      stopping = true
      await loop
    },
  }
}

function secondProcess(): Promise<{ child: ChildProcess; ran: string[] }> {
  const child = spawn(process.execPath, ['--conditions=production', '--import=tsx', 'tests/helpers/job-worker.ts'], {
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const ran: string[] = []
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`the second replica exited early (${code})`)))
    let buffered = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready') resolve({ child, ran })
        const m = /^ran (\S+)$/.exec(line)
        if (m) ran.push(m[1])
      }
    })
  })
}

async function stopProcess(child: ChildProcess) {
  child.removeAllListeners('exit')
  const exited = new Promise((r) => child.on('exit', r))
  child.kill('SIGTERM')
  await exited
}

const schedule = (id: number | string, at: Date, type: 'publish' | 'unpublish' = 'publish') =>
  ctx.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type,
      doc: { relationTo: 'events', value: id as number },
      user: { relationTo: 'users', value: editor.user!.id },
    },
    waitUntil: at,
  })

const publicStatus = async (id: number | string) => (await api.rest('GET', `/api/events/${id}`)).status

test('scheduled events go public at their time, each published once, with two runners on one queue', async () => {
  const at = new Date(Date.now() + 4000)
  const drafts = await Promise.all(
    Array.from({ length: 6 }, (_, i) =>
      ctx.payload.create({
        collection: 'events',
        draft: true,
        data: { ...eventData({ title: `Scheduled ${i}` }), _status: 'draft' },
        overrideAccess: true,
      }),
    ),
  )
  for (const d of drafts) await schedule(d.id, at)

  const replica = await secondRunner()
  const ranHere: string[] = []
  try {
    const deadline = Date.now() + 15_000
    let early = 0
    while (Date.now() < deadline) {
      const ran = await runDueJobs(ctx.payload)
      ranHere.push(...ran.map(String))
      if (Date.now() < at.getTime() - 500) early += ran.length
      const statuses = await Promise.all(drafts.map((d) => publicStatus(d.id)))
      if (Date.now() < at.getTime() - 500) expect(statuses.every((s) => s === 404)).toBe(true)
      if (statuses.every((s) => s === 200)) break
      await sleep(100)
    }
    expect(early).toBe(0)
  } finally {
    await replica.stop()
  }
  // Public at (or just after) the time, on whichever replica ran it.
  for (const d of drafts) expect(await publicStatus(d.id)).toBe(200)
  const jobs = await ctx.payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'schedulePublish' } },
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const all = [...ranHere, ...replica.ran]
  // Every job ran exactly once between the two processes, and both took part or one did all: never twice.
  expect(all.sort()).toEqual(jobs.docs.map((j) => String(j.id)).sort())
  for (const job of jobs.docs) {
    expect(job.completedAt).toBeTruthy()
    expect(job.totalTried).toBe(1)
    expect(job.log?.length).toBe(1)
  }
  // One publish per event in its history.
  for (const d of drafts) {
    const versions = await ctx.payload.findVersions({
      collection: 'events',
      where: { and: [{ parent: { equals: d.id } }, { 'version._status': { equals: 'published' } }] },
      overrideAccess: true,
    })
    expect(versions.totalDocs).toBe(1)
  }
}, 60_000)

test('a job is claimed by one caller only', async () => {
  const job = await ctx.payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish' },
    waitUntil: new Date(Date.now() + 3_600_000),
  })
  const single = await ctx.payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish' },
    waitUntil: new Date(Date.now() + 3_600_000),
  })
  expect([await claimJob(ctx.payload, single.id), await claimJob(ctx.payload, single.id)]).toEqual([true, false])
  const claims = await Promise.all(Array.from({ length: 8 }, () => claimJob(ctx.payload, job.id)))
  expect(claims.filter(Boolean)).toHaveLength(1)
})

test('scheduled unpublishing takes the event off the public site', async () => {
  const event = await ctx.payload.create({
    collection: 'events',
    data: { ...eventData({ title: 'Leaving soon' }), _status: 'published' },
    overrideAccess: true,
  })
  expect(await publicStatus(event.id)).toBe(200)
  await schedule(event.id, new Date(Date.now() - 1000), 'unpublish')
  await runDueJobs(ctx.payload)
  expect(await publicStatus(event.id)).toBe(404)
})

test('a contributor cannot publish by scheduling: the job fails and the draft stays a draft', async () => {
  const cluster = await ctx.payload.create({ collection: 'clusters', data: { name: 'EUNIC Georgia', country: 'GE' } })
  const contributor = await createUser(ctx.payload, 'contributor')
  await ctx.payload.update({ collection: 'users', id: contributor.user!.id, data: { clusters: [cluster.id] } })
  const draft = await ctx.payload.create({
    collection: 'events',
    draft: true,
    data: { ...eventData({ title: 'Not yet' }), clusters: [cluster.id], _status: 'draft' },
    overrideAccess: true,
  })
  await ctx.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'events', value: draft.id },
      user: { relationTo: 'users', value: contributor.user!.id },
    },
    waitUntil: new Date(Date.now() - 1000),
  })
  await runDueJobs(ctx.payload)
  expect(await publicStatus(draft.id)).toBe(404)
})

test('the jobs endpoint runs only for the app itself or an admin', async () => {
  const anonymous = await api.rest('POST', '/api/jobs/due', { json: {} })
  expect(anonymous.status).toBe(403)
  const asEditor = await api.rest('POST', '/api/jobs/due', { json: {}, token: editor.token })
  expect(asEditor.status).toBe(403)
  const { jobsKey, JOBS_KEY_HEADER } = await import('../../src/jobs/key')
  const asApp = await api.rest('POST', '/api/jobs/due', {
    json: {},
    headers: { [JOBS_KEY_HEADER]: jobsKey(ctx.config.secret) },
  })
  expect(asApp.status).toBe(200)
  expect(Array.isArray(asApp.body.ran)).toBe(true)
})
