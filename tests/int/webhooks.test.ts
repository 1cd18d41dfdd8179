import { createUser, eventData } from '../helpers/fixtures'
import { apiClient, fieldsIn, messagesIn } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'
import { startReceiver, verified } from '../helpers/receiver'

/**
 * Webhooks tell other sites what changed: one signed delivery per change a webhook asked for, queued with the
 * change itself and sent by the jobs round, retried with a growing wait, its fate visible to admins.
 */
process.env.WEBHOOK_RETRY_SECONDS = '1'
process.env.WEBHOOK_ATTEMPTS = '3'
process.env.WEBHOOK_TIMEOUT_SECONDS = '1'

let ctx: TestContext
let api: ReturnType<typeof apiClient>
let admin: string
let editor: string
let runDueJobs: typeof import('../../src/jobs/run-due').runDueJobs
let receiver: Awaited<ReturnType<typeof startReceiver>>

beforeAll(async () => {
  ctx = await startPayload()
  api = apiClient(ctx.config)
  admin = (await createUser(ctx.payload, 'admin')).token
  editor = (await createUser(ctx.payload, 'editor')).token
  ;({ runDueJobs } = await import('../../src/jobs/run-due'))
})
beforeEach(async () => {
  receiver = await startReceiver()
})
afterEach(async () => {
  await receiver.close()
  await ctx.payload.delete({ collection: 'webhooks', where: { id: { exists: true } }, overrideAccess: true })
})
afterAll(() => stopPayload(ctx))

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function webhook(data: Record<string, unknown> = {}) {
  const res = await api.rest('POST', '/api/webhooks', {
    token: admin,
    json: { name: 'A partner site', url: receiver.url, collections: ['events'], ...data },
  })
  expect(res.status).toBe(201)
  return res.body.doc as { id: number; secret: string }
}

const deliveriesOf = async (hook: { id: number }) =>
  (
    await ctx.payload.find({
      collection: 'webhook-deliveries',
      where: { webhook: { equals: hook.id } },
      sort: 'createdAt',
      pagination: false,
      overrideAccess: true,
    })
  ).docs

/** Runs the jobs rounds, as the ticker would, until `done` holds (or fails after `ms`). */
async function runUntil(done: () => Promise<boolean> | boolean, ms = 15_000) {
  const started = Date.now()
  while (!(await done())) {
    if (Date.now() - started > ms) throw new Error(`not done after ${ms / 1000} s of jobs rounds`)
    await runDueJobs(ctx.payload)
    await sleep(100)
  }
}

const publish = async (overrides: Record<string, unknown> = {}, query = '') => {
  const res = await api.rest('POST', `/api/events${query}`, { token: editor, json: eventData(overrides) })
  expect(res.status).toBe(201)
  return res.body.doc as { id: number; slug: string }
}

test('only admins see, make and change webhooks; nobody writes deliveries by hand', async () => {
  expect((await api.rest('GET', '/api/webhooks', { token: editor })).status).toBe(403)
  expect((await api.rest('GET', '/api/webhooks')).status).toBe(403)
  const byEditor = await api.rest('POST', '/api/webhooks', {
    token: editor,
    json: { name: 'x', url: receiver.url, collections: ['events'] },
  })
  expect(byEditor.status).toBe(403)
  expect((await api.rest('GET', '/api/webhook-deliveries', { token: editor })).status).toBe(403)
  const forged = await api.rest('POST', '/api/webhook-deliveries', {
    token: admin,
    json: { eventType: 'events.publish', documentId: '1', messageId: 'msg_x', body: '{}' },
  })
  expect(forged.status).toBe(403)
  expect((await api.rest('GET', '/api/webhooks', { token: admin })).status).toBe(200)
})

test('a new webhook gets a secret of its own; a wrong address or secret is refused by name', async () => {
  const made = await webhook()
  expect(made.secret).toMatch(/^whsec_[A-Za-z0-9+/]{40,}={0,2}$/)
  expect((await webhook()).secret).not.toBe(made.secret)

  for (const [url, words] of [
    ['ftp://files.example.org/in', 'https:// or http://'],
    ['www.example.org/hooks', 'not a full address'],
    ['https://user:pw@example.org/hooks', 'user name or password'],
  ]) {
    const res = await api.rest('POST', '/api/webhooks', {
      token: admin,
      json: { name: 'Wrong', url, collections: ['events'] },
    })
    expect(res.status).toBe(400)
    expect(fieldsIn(res.body)).toEqual(['url'])
    expect(messagesIn(res.body)).toContain(words)
  }
  const weak = await api.rest('POST', '/api/webhooks', {
    token: admin,
    json: { name: 'Weak', url: receiver.url, collections: ['events'], secret: 'whsec_c2hvcnQ=' },
  })
  expect(weak.status).toBe(400)
  expect(fieldsIn(weak.body)).toEqual(['secret'])
  const none = await api.rest('POST', '/api/webhooks', {
    token: admin,
    json: { name: 'About nothing', url: receiver.url, collections: [] },
  })
  expect(none.status).toBe(400)
  expect(fieldsIn(none.body)).toContain('collections')
})

test('a publish reaches the receiver signed with the secret, saying what changed and where it is', async () => {
  const hook = await webhook()
  const event = await publish({}, '?locale=fr')
  await runUntil(async () => (await deliveriesOf(hook))[0]?.status === 'delivered')

  expect(receiver.received).toHaveLength(1)
  const [delivery] = receiver.received
  expect(delivery.headers['content-type']).toBe('application/json')
  const body = verified(hook.secret, delivery)
  expect(body).toMatchObject({
    type: 'events.publish',
    data: {
      collection: 'events',
      id: event.id,
      slug: event.slug,
      change: 'publish',
      locale: 'fr',
      url: `http://localhost:3000/fr/events/${event.slug}`,
    },
  })
  expect(Date.parse(body.timestamp)).not.toBeNaN()
  // Signed with another secret, the same delivery does not verify.
  expect(() => verified('whsec_' + Buffer.alloc(32, 7).toString('base64'), delivery)).toThrow()

  const [record] = await deliveriesOf(hook)
  expect(record).toMatchObject({
    eventType: 'events.publish',
    documentId: String(event.id),
    status: 'delivered',
    attempts: 1,
    lastStatusCode: 204,
    messageId: delivery.headers['webhook-id'],
  })
  expect(record.deliveredAt).toBeTruthy()
})

test('each public change is named; a draft saved beside the published version tells nobody', async () => {
  const hook = await webhook()
  const event = await publish()
  const patch = (json: Record<string, unknown>, query = '') =>
    api.rest('PATCH', `/api/events/${event.id}${query}`, { token: editor, json })

  expect((await patch({ title: 'Reworded in a draft' }, '?draft=true')).status).toBe(200)
  expect((await patch({ title: 'Reworded and published', _status: 'published' })).status).toBe(200)
  expect((await patch({ _status: 'draft' })).status).toBe(200)
  expect((await patch({ title: 'Still a draft' }, '?draft=true')).status).toBe(200)
  expect((await patch({ _status: 'published' })).status).toBe(200)
  expect((await api.rest('DELETE', `/api/events/${event.id}`, { token: editor })).status).toBe(200)

  const types = (await deliveriesOf(hook)).map((d) => d.eventType)
  expect(types).toEqual(['events.publish', 'events.update', 'events.unpublish', 'events.publish', 'events.delete'])

  // A draft that never went public is not news to anyone, and neither is its deletion.
  const draft = await api.rest('POST', '/api/events', { token: editor, json: eventData({ _status: 'draft' }) })
  expect(draft.status).toBe(201)
  expect((await api.rest('DELETE', `/api/events/${draft.body.doc.id}`, { token: editor })).status).toBe(200)
  expect(await deliveriesOf(hook)).toHaveLength(5)

  await runUntil(async () => (await deliveriesOf(hook)).every((d) => d.status === 'delivered'))
  expect(receiver.received.map((r) => verified(hook.secret, r).data.change)).toEqual([
    'publish',
    'update',
    'unpublish',
    'publish',
    'delete',
  ])
})

test('a webhook hears only the content and the changes it asked for', async () => {
  const hook = await webhook({ collections: ['tags'], changes: ['delete'] })
  await publish()
  const tag = await api.rest('POST', '/api/tags', { token: editor, json: { name: 'Heard of once' } })
  expect(tag.status).toBe(201)
  expect(
    (await api.rest('PATCH', `/api/tags/${tag.body.doc.id}`, { token: editor, json: { name: 'Renamed' } })).status,
  ).toBe(200)
  expect(await deliveriesOf(hook)).toHaveLength(0)
  expect((await api.rest('DELETE', `/api/tags/${tag.body.doc.id}`, { token: editor })).status).toBe(200)
  const deliveries = await deliveriesOf(hook)
  expect(deliveries.map((d) => d.eventType)).toEqual(['tags.delete'])
  // A renamed tag keeps its address: the receiver is told the slug it has known all along.
  expect(JSON.parse(deliveries[0].body).data).toMatchObject({
    collection: 'tags',
    id: tag.body.doc.id,
    slug: 'heard-of-once',
    url: 'http://localhost:3000/tags/heard-of-once',
  })
})

test('a receiver that fails twice gets the third attempt, with the same message id', async () => {
  const hook = await webhook()
  receiver.plan(500, 503)
  await publish()
  await runUntil(async () => (await deliveriesOf(hook))[0]?.status === 'retrying')
  const first = (await deliveriesOf(hook))[0]
  expect(first).toMatchObject({ attempts: 1, lastStatusCode: 500 })
  expect(first.lastError).toContain('answered 500: receiver says no')
  expect(Date.parse(first.nextAttemptAt as string)).toBeGreaterThan(Date.parse(first.lastAttemptAt as string))

  await runUntil(async () => (await deliveriesOf(hook))[0]?.status === 'delivered')
  expect(receiver.received).toHaveLength(3)
  expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(1)
  for (const r of receiver.received) expect(verified(hook.secret, r).type).toBe('events.publish')
  // The waits grow: the second gap is longer than the first.
  const [a, b, c] = receiver.received.map((r) => r.at)
  expect(c - b).toBeGreaterThan(b - a)
  expect((await deliveriesOf(hook))[0]).toMatchObject({ attempts: 3, status: 'delivered', lastError: null })
})

test('a receiver that keeps failing, or never answers, ends as failed with its last error', async () => {
  const hook = await webhook()
  receiver.plan('hang', 500, 500)
  await publish()
  await runUntil(async () => (await deliveriesOf(hook))[0]?.status === 'retrying')
  expect((await deliveriesOf(hook))[0].lastError).toContain('did not answer within 1 s')
  await runUntil(async () => (await deliveriesOf(hook))[0]?.status === 'failed')
  const [failed] = await deliveriesOf(hook)
  expect(failed).toMatchObject({ attempts: 3, lastStatusCode: 500, nextAttemptAt: null })
  expect(receiver.received).toHaveLength(3)
  const jobs = await ctx.payload.find({
    collection: 'payload-jobs',
    where: { 'input.delivery': { equals: String(failed.id) } },
    overrideAccess: true,
  })
  expect(jobs.docs.map((j) => j.hasError)).toEqual([true])
})

test('a refused save sends nothing; a webhook switched off cancels what waits', async () => {
  const hook = await webhook()
  const refused = await api.rest('POST', '/api/events', {
    token: editor,
    json: eventData({ endDate: '2030-04-01T08:00:00.000Z' }),
  })
  expect(refused.status).toBe(400)
  expect(await deliveriesOf(hook)).toHaveLength(0)

  await publish()
  expect((await api.rest('PATCH', `/api/webhooks/${hook.id}`, { token: admin, json: { active: false } })).status).toBe(
    200,
  )
  await runUntil(async () => (await deliveriesOf(hook))[0]?.status === 'cancelled')
  expect(receiver.received).toHaveLength(0)
  await publish()
  expect(await deliveriesOf(hook)).toHaveLength(1)
})

test('finished deliveries are kept a month, then removed by the jobs round; waiting ones stay', async () => {
  const { removeOldDeliveries, KEEP_DELIVERIES_DAYS } = await import('../../src/webhooks/prune')
  const hook = await webhook()
  await publish()
  await publish()
  await runUntil(async () => (await deliveriesOf(hook)).every((d) => d.status === 'delivered'))
  const [done, alsoDone] = await deliveriesOf(hook)
  await ctx.payload.update({
    collection: 'webhook-deliveries',
    id: alsoDone.id,
    data: { status: 'retrying' },
    overrideAccess: true,
  })
  const later = new Date(Date.now() + (KEEP_DELIVERIES_DAYS + 1) * 86_400_000)
  expect(await removeOldDeliveries(ctx.payload, new Date())).toEqual([])
  expect(await removeOldDeliveries(ctx.payload, later)).toEqual(expect.arrayContaining([done.id]))
  expect((await deliveriesOf(hook)).map((d) => d.id)).toEqual([alsoDone.id])
})
