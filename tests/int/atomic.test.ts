import { createUser, eventData } from '../helpers/fixtures'
import { apiClient, fieldsIn, messagesIn } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
let api: ReturnType<typeof apiClient>
let editor: string

beforeAll(async () => {
  ctx = await startPayload()
  api = apiClient(ctx.config)
  editor = (await createUser(ctx.payload, 'editor')).token
})
afterAll(() => stopPayload(ctx))

const MISSING = 987654
const rows = async () => ({
  events: (await ctx.payload.count({ collection: 'events', overrideAccess: true })).totalDocs,
  versions: (await ctx.payload.countVersions({ collection: 'events' })).totalDocs,
})

describe('a write that fails leaves nothing behind', () => {
  test.each([
    ['tags', { tags: [MISSING] }],
    ['gallery', { gallery: [MISSING] }],
    ['clusters', { clusters: [MISSING] }],
    ['heroPhoto', { heroPhoto: MISSING }],
    ['hostInstitutes', { hostInstitutes: [MISSING] }],
  ])('a published event whose %s points at nothing: 400 naming it, no event, no version', async (field, data) => {
    const before = await rows()
    const res = await api.rest('POST', '/api/events', { token: editor, json: eventData(data) })
    expect(res.status).toBe(400)
    expect(fieldsIn(res.body)).toContain(field)
    expect(messagesIn(res.body)).toContain(String(MISSING))
    expect(await rows()).toEqual(before)
    const anonymous = await api.rest('GET', '/api/events')
    expect(anonymous.body.totalDocs).toBe(before.events)
  })

  test('a draft pointing at nothing is refused the same way', async () => {
    const before = await rows()
    const res = await api.rest('POST', '/api/events?draft=true', {
      token: editor,
      json: eventData({ _status: 'draft', tags: [MISSING] }),
    })
    expect(res.status).toBe(400)
    expect(fieldsIn(res.body)).toContain('tags')
    expect(await rows()).toEqual(before)
  })

  test('a rename with a missing member keeps the old name', async () => {
    const cluster = await ctx.payload.create({ collection: 'clusters', data: { name: 'EUNIC Georgia', country: 'GE' } })
    const res = await api.rest('PATCH', `/api/clusters/${cluster.id}`, {
      token: editor,
      json: { name: 'Renamed', members: [MISSING] },
    })
    expect(res.status).toBe(400)
    expect(fieldsIn(res.body)).toContain('members')
    const after = await ctx.payload.findByID({ collection: 'clusters', id: cluster.id })
    expect(after.name).toBe('EUNIC Georgia')
  })

  test('a fault after the row is written rolls the row back', async () => {
    const before = await rows()
    const hooks = ctx.payload.collections.events.config.hooks.afterChange
    const fail = () => {
      throw new Error('simulated fault after the write')
    }
    hooks.push(fail)
    try {
      const res = await api.rest('POST', '/api/events', { token: editor, json: eventData({ title: 'Half saved?' }) })
      // A real fault: a 500 whose request id is in the body, the header and the log line.
      expect(res.status).toBe(500)
      expect(res.body.requestId).toMatch(/^[0-9a-f-]{36}$/)
      expect(res.headers.get('X-Request-Id')).toBe(res.body.requestId)
      expect(JSON.stringify(res.body)).not.toMatch(/simulated/)
    } finally {
      hooks.splice(hooks.indexOf(fail), 1)
    }
    expect(await rows()).toEqual(before)
  })

  test('twenty saves at once all land', async () => {
    const before = await rows()
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.rest('POST', '/api/events', { token: editor, json: eventData({ title: `Concurrent ${i}` }) }),
      ),
    )
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201))
    expect((await rows()).events).toBe(before.events + 20)
  })
})

describe('work after a commit', () => {
  test('runs once the change is committed, never after a rollback, and at once without a transaction', async () => {
    const { onCommit } = await import('@/db/transactions')
    const { createLocalReq } = await import('payload')
    const ran: string[] = []
    for (const outcome of ['commit', 'rollback'] as const) {
      const req = await createLocalReq({}, ctx.payload)
      req.transactionID = (await ctx.payload.db.beginTransaction()) ?? undefined
      await ctx.payload.create({ collection: 'tags', data: { name: `Purged on ${outcome}` }, req })
      await onCommit(req, async () => void ran.push(outcome))
      expect(ran).toEqual(outcome === 'commit' ? [] : ['commit'])
      if (outcome === 'commit') await ctx.payload.db.commitTransaction(req.transactionID!)
      else await ctx.payload.db.rollbackTransaction(req.transactionID!)
    }
    expect(ran).toEqual(['commit'])
    await onCommit(await createLocalReq({}, ctx.payload), async () => void ran.push('no transaction'))
    expect(ran).toEqual(['commit', 'no transaction'])
  })
})
