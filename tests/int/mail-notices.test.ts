import { createUser, eventData } from '../helpers/fixtures'
import { apiClient } from '../helpers/http'
import { startMailServer } from '../helpers/mail-server'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/**
 * The review loop and the jobs tell the right people, through a real SMTP server: "ready for review" reaches the
 * editors of the event's clusters (the admins where a cluster has none), "changes requested" and "published" its
 * author, a failed scheduled publish the author and the editors, a webhook that fails for good the admins. Nobody
 * else, nobody who turned that kind off, and nobody who could not open the draft.
 */
let mailServer: Awaited<ReturnType<typeof startMailServer>>
let ctx: TestContext
let api: ReturnType<typeof apiClient>
let runDueJobs: typeof import('../../src/jobs/run-due').runDueJobs
let noticeFailedJob: typeof import('../../src/mail/failed-jobs').noticeFailedJob

type Person = Awaited<ReturnType<typeof createUser>>
const people: Record<string, Person> = {}
const clusters: Record<string, number> = {}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

beforeAll(async () => {
  mailServer = await startMailServer()
  process.env.SMTP_URL = mailServer.url
  process.env.WEBHOOK_ATTEMPTS = '1'
  process.env.WEBHOOK_TIMEOUT_SECONDS = '1'
  ctx = await startPayload()
  api = apiClient(ctx.config)
  ;({ runDueJobs } = await import('../../src/jobs/run-due'))
  ;({ noticeFailedJob } = await import('../../src/mail/failed-jobs'))
  for (const name of ['A', 'B', 'C'])
    clusters[name] = (
      await ctx.payload.create({
        collection: 'clusters',
        data: { name: `Notice cluster ${name}`, country: 'FR' },
        overrideAccess: true,
      })
    ).id
  // Cluster C has no editor: its review requests go to the admins.
  const make = async (
    key: string,
    role: 'admin' | 'editor' | 'contributor',
    cluster?: string,
    data: Record<string, unknown> = {},
  ) => {
    const person = await createUser(ctx.payload, role, `${key.toLowerCase()}-${Date.now()}@example.org`)
    if (cluster || Object.keys(data).length)
      await ctx.payload.update({
        collection: 'users',
        id: person.user!.id,
        data: { ...(cluster ? { clusters: [clusters[cluster]] } : {}), ...data },
        overrideAccess: true,
      })
    const again = await ctx.payload.login({
      collection: 'users',
      data: { email: person.email, password: person.password },
    })
    people[key] = { ...person, token: again.token as string }
  }
  await make('admin', 'admin')
  await make('editorA', 'editor', 'A')
  await make('editorB', 'editor', 'B')
  await make('quietEditorA', 'editor', 'A', { notices: { reviewReady: false } })
  await make('writerA', 'contributor', 'A')
  await make('writerB', 'contributor', 'B')
  await make('writerC', 'contributor', 'C')
})
afterAll(async () => {
  await stopPayload(ctx)
  await mailServer.close()
})

/** Runs the jobs rounds (telling of failed jobs, as the app's own jobs endpoint does) until no mail waits. */
async function deliverAll() {
  for (let round = 0; round < 50; round += 1) {
    await runDueJobs(ctx.payload, undefined, noticeFailedJob)
    const waiting = await ctx.payload.count({
      collection: 'outbox',
      where: { status: { in: ['queued', 'retrying'] } },
      overrideAccess: true,
    })
    const jobs = await ctx.payload.count({
      collection: 'payload-jobs',
      where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
      overrideAccess: true,
    })
    if (waiting.totalDocs === 0 && jobs.totalDocs === 0) return
    await sleep(100)
  }
  throw new Error('mails still waiting after 50 jobs rounds')
}

/** Who received a mail whose subject starts with this, since `since` mails had arrived. */
const recipients = (subject: string, since: number) =>
  mailServer.arrived
    .slice(since)
    .filter((a) => a.mail.subject?.startsWith(subject))
    .flatMap((a) => a.envelopeTo)
    .sort()
const emailsOf = (...keys: string[]) => keys.map((k) => people[k].email).sort()

const patch = (key: string, id: number, json: Record<string, unknown>) =>
  api.rest('PATCH', `/api/events/${id}?draft=true`, { token: people[key].token, json })

async function draftBy(key: string, cluster: string, title: string) {
  const res = await api.rest('POST', '/api/events?draft=true', {
    token: people[key].token,
    json: eventData({ _status: 'draft', title, clusters: [clusters[cluster]] }),
  })
  expect(res.status).toBe(201)
  return res.body.doc as { id: number; slug: string }
}

test('ready for review: the editors of the event’s cluster, nobody else', async () => {
  const draft = await draftBy('writerA', 'A', 'Poetry night in Lille')
  const since = mailServer.arrived.length
  expect((await patch('writerA', draft.id, { reviewState: 'ready' })).status).toBe(200)
  await deliverAll()
  expect(recipients('Ready for review: Poetry night in Lille', since)).toEqual(emailsOf('editorA'))
  const [arrived] = mailServer.to(people.editorA.email).slice(-1)
  expect(arrived.mail.text).toContain(`/admin/collections/events/${draft.id}`)
  expect(arrived.mail.text).toContain('/admin/account')
  // Saved again while still ready: nobody is told twice.
  await patch('writerA', draft.id, { summary: 'With a reading by the authors.' })
  await deliverAll()
  expect(recipients('Ready for review: Poetry night in Lille', since)).toEqual(emailsOf('editorA'))
})

test('ready for review in a cluster without an editor: the admins', async () => {
  const draft = await draftBy('writerC', 'C', 'Film evening in Lyon')
  const since = mailServer.arrived.length
  await patch('writerC', draft.id, { reviewState: 'ready' })
  await deliverAll()
  expect(recipients('Ready for review: Film evening in Lyon', since)).toEqual(emailsOf('admin'))
})

test('changes requested: the author reads the note; published: the author hears it is public', async () => {
  const draft = await draftBy('writerA', 'A', 'Jazz in Nantes')
  await patch('writerA', draft.id, { reviewState: 'ready' })
  let since = mailServer.arrived.length
  const back = await patch('editorA', draft.id, { reviewState: 'returned', reviewNote: 'Name the venue, please.' })
  expect(back.status).toBe(200)
  await deliverAll()
  expect(recipients('Changes requested: Jazz in Nantes', since)).toEqual(emailsOf('writerA'))
  expect(mailServer.to(people.writerA.email).slice(-1)[0].mail.text).toContain('Name the venue, please.')

  since = mailServer.arrived.length
  const published = await api.rest('PATCH', `/api/events/${draft.id}`, {
    token: people.editorA.token,
    json: { _status: 'published' },
  })
  expect(published.status).toBe(200)
  await deliverAll()
  expect(recipients('Published: Jazz in Nantes', since)).toEqual(emailsOf('writerA'))
  expect(mailServer.to(people.writerA.email).slice(-1)[0].mail.text).toContain(`/events/${published.body.doc.slug}`)
})

test('a notice never tells of a draft to someone who can no longer open it', async () => {
  const draft = await draftBy('writerB', 'B', 'Moved to another cluster')
  // An admin moves the draft to cluster A, where its author (a contributor of B) cannot open it.
  await ctx.payload.update({
    collection: 'events',
    id: draft.id,
    data: { clusters: [clusters.A] },
    overrideAccess: true,
  })
  expect((await api.rest('GET', `/api/events/${draft.id}?draft=true`, { token: people.writerB.token })).status).toBe(
    404,
  )
  const since = mailServer.arrived.length
  expect((await patch('editorA', draft.id, { reviewState: 'returned', reviewNote: 'Not for B.' })).status).toBe(200)
  await deliverAll()
  expect(recipients('Changes requested: Moved to another cluster', since)).toEqual([])
})

test('a scheduled publish that goes out tells the author; one that fails tells the author and the editors', async () => {
  const good = await draftBy('writerA', 'A', 'Scheduled concert')
  let since = mailServer.arrived.length
  await ctx.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'events', value: good.id },
      user: { relationTo: 'users', value: people.editorA.user!.id },
    },
    waitUntil: new Date(Date.now() - 1000),
  })
  await deliverAll()
  expect(recipients('Published: Scheduled concert', since)).toEqual(emailsOf('writerA'))

  const bad = await draftBy('writerA', 'A', 'Scheduled by the wrong person')
  since = mailServer.arrived.length
  // Scheduled as the contributor, who may not publish: the job fails for good.
  await ctx.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'events', value: bad.id },
      user: { relationTo: 'users', value: people.writerA.user!.id },
    },
    waitUntil: new Date(Date.now() - 1000),
  })
  await deliverAll()
  expect(recipients('Scheduled publishing failed: Scheduled by the wrong person', since)).toEqual(
    emailsOf('writerA', 'editorA', 'quietEditorA'),
  )
})

test('a webhook delivery that fails for good tells the admins', async () => {
  const hook = await api.rest('POST', '/api/webhooks', {
    token: people.admin.token,
    json: { name: 'Gone partner', url: 'http://127.0.0.1:9/hooks', collections: ['tags'] },
  })
  expect(hook.status).toBe(201)
  const since = mailServer.arrived.length
  await ctx.payload.create({ collection: 'tags', data: { name: 'Noticed tag' }, overrideAccess: true })
  await deliverAll()
  expect(recipients('A webhook delivery failed: tags.publish', since)).toEqual(emailsOf('admin'))
  expect(mailServer.to(people.admin.email).slice(-1)[0].mail.text).toContain('http://127.0.0.1:9/hooks')
})

test('each person turns each kind off in their own account', async () => {
  const off = await api.rest('PATCH', `/api/users/${people.editorB.user!.id}`, {
    token: people.editorB.token,
    json: { notices: { reviewReady: false } },
  })
  expect(off.status).toBe(200)
  const draft = await draftBy('writerB', 'B', 'Quiet review')
  const since = mailServer.arrived.length
  await patch('writerB', draft.id, { reviewState: 'ready' })
  await deliverAll()
  expect(recipients('Ready for review: Quiet review', since)).toEqual([])
})
