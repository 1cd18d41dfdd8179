import { createLocalReq, type PayloadRequest } from 'payload'

import { serverFunctions } from '@/admin/server-functions'
import { notePublicState, publicStateKept } from '@/hooks/publication'

import { createUser, eventData } from '../helpers/fixtures'
import { apiClient } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/**
 * Publishing and unpublishing are an editor's acts on every path: REST in one or several steps, GraphQL, the
 * Local API as the admin's server functions call it, restoring a version, duplicating, and the scheduled jobs.
 */
let ctx: TestContext
let api: ReturnType<typeof apiClient>
let contributor: string
let contributorUser: Record<string, unknown> & { id: number | string }
let editor: string
let editorUser: Record<string, unknown> & { id: number | string }
let mine: number | string
let theirs: number | string

beforeAll(async () => {
  ctx = await startPayload()
  api = apiClient(ctx.config)
  const { payload } = ctx
  await createUser(payload, 'admin')
  mine = (await payload.create({ collection: 'clusters', data: { name: 'EUNIC Georgia', country: 'GE' } })).id
  theirs = (await payload.create({ collection: 'clusters', data: { name: 'EUNIC Armenia', country: 'AM' } })).id
  const e = await createUser(payload, 'editor')
  editor = e.token
  editorUser = { ...(e.user as object), collection: 'users' } as unknown as typeof editorUser
  const c = await createUser(payload, 'contributor')
  await payload.update({ collection: 'users', id: c.user!.id, data: { clusters: [mine] } })
  const login = await payload.login({ collection: 'users', data: { email: c.email, password: c.password } })
  contributor = login.token as string
  contributorUser = { ...(login.user as object), collection: 'users' } as unknown as typeof contributorUser
})
afterAll(() => stopPayload(ctx))

/** A published event of the contributor's cluster, as an editor left it. */
async function publishedEvent(title: string, clusters = [mine]) {
  return ctx.payload.create({ collection: 'events', data: eventData({ title, clusters }) })
}

/** The event as the public reads it (the published document, not the newest draft). */
const publicStatus = async (id: number | string) =>
  (
    await ctx.payload.find({
      collection: 'events',
      where: { id: { equals: id } },
      overrideAccess: false,
      depth: 0,
    })
  ).docs[0]?._status

const patch = (id: number | string, json: Record<string, unknown>, query = '') =>
  api.rest('PATCH', `/api/events/${id}${query}`, { token: contributor, json })

describe('a contributor never unpublishes', () => {
  test('a draft save, then a plain save: refused, the event stays public', async () => {
    const event = await publishedEvent('Two steps')
    expect((await patch(event.id, { summary: 'A draft change' }, '?draft=true')).status).toBe(200)
    const plain = await patch(event.id, { summary: 'Now saved plainly' })
    expect(plain.status).toBe(403)
    expect(JSON.stringify(plain.body)).toMatch(/editor/)
    expect(await publicStatus(event.id)).toBe('published')
  })

  test('a plain save that names the draft status, with and without a newer draft: refused', async () => {
    for (const first of [false, true]) {
      const event = await publishedEvent(`Unpublish by status ${first}`)
      if (first) await patch(event.id, { title: 'Newer draft' }, '?draft=true')
      for (const query of ['', '?draft=false']) {
        const res = await patch(event.id, { _status: 'draft' }, query)
        expect(res.status).toBe(403)
      }
      expect(await publicStatus(event.id)).toBe('published')
    }
  })

  test('GraphQL: an update without draft, or with draft: false, is refused', async () => {
    const event = await publishedEvent('Through GraphQL')
    await patch(event.id, { summary: 'Draft first' }, '?draft=true')
    for (const args of ['', 'draft: false', 'draft: false, autosave: false']) {
      const res = await api.graphql(
        `mutation { updateEvent(id: ${event.id}, ${args} data: { _status: draft, summary: "x" }) { id _status } }`,
        { token: contributor },
      )
      expect(res.body.errors?.length).toBeGreaterThan(0)
    }
    expect(await publicStatus(event.id)).toBe('published')
  })

  test('the Local API for the contributor (the admin’s server functions): refused', async () => {
    const event = await publishedEvent('Server function')
    await patch(event.id, { summary: 'Draft first' }, '?draft=true')
    await expect(
      ctx.payload.update({
        collection: 'events',
        id: event.id,
        data: { summary: 'plain' },
        user: contributorUser,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/editor/)
    expect(await publicStatus(event.id)).toBe('published')
  })

  test('restoring a version: a draft version restored plainly leaves the public event alone', async () => {
    const event = await publishedEvent('Restore')
    await patch(event.id, { summary: 'A draft version' }, '?draft=true')
    const versions = await ctx.payload.findVersions({
      collection: 'events',
      where: { and: [{ parent: { equals: event.id } }, { 'version._status': { equals: 'draft' } }] },
      depth: 0,
    })
    const draftVersion = versions.docs[0]
    const res = await api.rest('POST', `/api/events/versions/${draftVersion.id}`, { token: contributor })
    expect(res.status).toBeLessThan(500)
    expect(await publicStatus(event.id)).toBe('published')
    const graphql = await api.graphql(`mutation { restoreVersionEvent(id: ${draftVersion.id}) { id } }`, {
      token: contributor,
    })
    expect(graphql.status).toBeLessThan(500)
    expect(await publicStatus(event.id)).toBe('published')
  })

  test('an editor still saves, unpublishes and publishes in one step each', async () => {
    const event = await publishedEvent('Editor')
    const unpublish = await api.rest('PATCH', `/api/events/${event.id}`, { token: editor, json: { _status: 'draft' } })
    expect(unpublish.status).toBe(200)
    expect(await publicStatus(event.id)).toBeUndefined()
    const publish = await api.rest('PATCH', `/api/events/${event.id}`, {
      token: editor,
      json: { _status: 'published' },
    })
    expect(publish.status).toBe(200)
    expect(await publicStatus(event.id)).toBe('published')
  })

  test('a contributor still saves plainly an event that was never published', async () => {
    const draft = await api.rest('POST', '/api/events', {
      token: contributor,
      json: eventData({ _status: 'draft', title: 'Never published', clusters: [mine] }),
    })
    expect(draft.status).toBe(201)
    expect((await patch(draft.body.doc.id, { summary: 'Plain save' })).status).toBe(200)
  })
})

test('the outcome is checked too: a write by a contributor that changed what the public reads is refused', async () => {
  const event = await publishedEvent('Checked after the write')
  const req = await createLocalReq({ user: contributorUser as never }, ctx.payload)
  const collection = ctx.payload.collections.events.config
  const hookArgs = { collection, context: {}, req }
  await notePublicState({ ...hookArgs, args: { id: event.id }, operation: 'update' } as never)
  // A path no rule before the write knew of, writing the published document directly.
  await ctx.payload.db.updateOne({
    collection: 'events',
    id: event.id,
    data: { _status: 'draft', updatedAt: new Date().toISOString() },
    req,
  })
  await expect(
    publicStateKept({ ...hookArgs, doc: { id: event.id }, operation: 'update', previousDoc: {} } as never),
  ).rejects.toThrow(/only an editor/)
  // A draft save leaves the published document as it was: nothing to refuse.
  const other = await publishedEvent('A draft saved')
  await notePublicState({ ...hookArgs, args: { id: other.id }, operation: 'update' } as never)
  await patch(other.id, { summary: 'draft' }, '?draft=true')
  await expect(
    publicStateKept({ ...hookArgs, doc: { id: other.id }, operation: 'update', previousDoc: {} } as never),
  ).resolves.toBeDefined()
})

describe('duplicating', () => {
  test('a published event of the contributor’s cluster becomes a draft copy, never a published one', async () => {
    const event = await publishedEvent('Copy me')
    const res = await api.rest('POST', `/api/events/${event.id}/duplicate`, { token: contributor, json: {} })
    expect(res.status).toBeLessThan(300)
    const copy = await ctx.payload.findByID({
      collection: 'events',
      id: res.body.doc.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(copy._status).toBe('draft')
    expect(await publicStatus(copy.id)).toBeUndefined()
  })

  test('an event of another cluster cannot be copied into that cluster, by REST or GraphQL', async () => {
    const event = await publishedEvent('Foreign', [theirs])
    const before = await ctx.payload.count({ collection: 'events', overrideAccess: true })
    const res = await api.rest('POST', `/api/events/${event.id}/duplicate`, { token: contributor, json: {} })
    expect(res.status).toBe(403)
    const viaDraft = await api.rest('POST', `/api/events/${event.id}/duplicate?draft=true`, {
      token: contributor,
      json: {},
    })
    expect(viaDraft.status).toBe(403)
    const graphql = await api.graphql(`mutation { duplicateEvent(id: ${event.id}) { id } }`, { token: contributor })
    expect(graphql.body.errors?.length).toBeGreaterThan(0)
    expect(await ctx.payload.count({ collection: 'events', overrideAccess: true })).toEqual(before)
  })
})

describe('scheduled publishing is an editor’s', () => {
  const schedule = (type: 'publish' | 'unpublish', id: number | string, by?: Record<string, unknown>) =>
    ctx.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type,
        doc: { relationTo: 'events', value: String(id) },
        ...(by ? { user: { relationTo: 'users', value: by.id } } : {}),
      },
      waitUntil: new Date(Date.now() - 1000),
    } as never)

  test('a contributor cannot cancel an editor’s scheduled publish', async () => {
    const event = await ctx.payload.create({
      collection: 'events',
      draft: true,
      data: eventData({ _status: 'draft', title: 'Scheduled', clusters: [mine] }),
    })
    const scheduled = await ctx.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'events', value: String(event.id) } },
      waitUntil: new Date(Date.now() + 3_600_000),
    } as never)
    const cancel = await ctx.payload.delete({
      collection: 'payload-jobs',
      where: { id: { equals: scheduled.id } },
      req: { user: contributorUser } as unknown as PayloadRequest,
    })
    expect(cancel.docs).toHaveLength(0)
    expect(cancel.errors.map((e) => e.message).join()).toMatch(/editor/)
    const still = await ctx.payload.find({ collection: 'payload-jobs', where: { id: { equals: scheduled.id } } })
    expect(still.docs).toHaveLength(1)
    // An editor cancels it.
    const byEditor = await ctx.payload.delete({
      collection: 'payload-jobs',
      where: { id: { equals: scheduled.id } },
      req: { user: editorUser } as unknown as PayloadRequest,
    })
    expect(byEditor.docs).toHaveLength(1)
  })

  test('the schedule drawer’s list: an editor sees what is scheduled, a contributor nothing (not a fault)', async () => {
    const event = await ctx.payload.create({
      collection: 'events',
      draft: true,
      data: eventData({ _status: 'draft', title: 'Listed', clusters: [mine] }),
    })
    await ctx.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'events', value: String(event.id) } },
      waitUntil: new Date(Date.now() + 3_600_000),
    } as never)
    const upcoming = serverFunctions['get-upcoming-scheduled-publish']
    const ask = async (user: Record<string, unknown>) =>
      upcoming({
        id: event.id,
        collectionSlug: 'events',
        req: await createLocalReq({ user: user as never }, ctx.payload),
      } as never)
    expect(await ask(editorUser)).toHaveLength(1)
    expect(await ask(contributorUser)).toEqual([])
    // Scheduling through the drawer: refused for the contributor, with the drawer's own error shape; nothing queued.
    const schedule = serverFunctions['schedule-publish']
    const scheduleAs = async (user: Record<string, unknown>) =>
      schedule({
        type: 'publish',
        date: new Date(Date.now() + 7_200_000),
        doc: { relationTo: 'events', value: String(event.id) },
        req: await createLocalReq({ user: user as never }, ctx.payload),
      } as never)
    expect(await scheduleAs(contributorUser)).toEqual({ error: expect.stringMatching(/editor/) })
    expect(await ask(editorUser)).toHaveLength(1)
    expect(await scheduleAs(editorUser)).toEqual({ message: expect.any(String) })
    expect(await ask(editorUser)).toHaveLength(2)
  })

  test('what a contributor schedules runs as the contributor: it neither publishes nor unpublishes', async () => {
    const draft = await ctx.payload.create({
      collection: 'events',
      draft: true,
      data: eventData({ _status: 'draft', title: 'Publish me later', clusters: [mine] }),
    })
    const live = await publishedEvent('Unpublish me later')
    await patch(live.id, { summary: 'A newer draft' }, '?draft=true')
    const jobs = [
      await schedule('publish', draft.id, contributorUser),
      await schedule('unpublish', live.id, contributorUser),
    ]
    for (const job of jobs) await ctx.payload.jobs.runByID({ id: job.id, overrideAccess: true })
    expect(await publicStatus(draft.id)).toBeUndefined()
    expect(await publicStatus(live.id)).toBe('published')
    // The same, scheduled by an editor, does both.
    for (const job of [
      await schedule('publish', draft.id, editorUser),
      await schedule('unpublish', live.id, editorUser),
    ])
      await ctx.payload.jobs.runByID({ id: job.id, overrideAccess: true })
    expect(await publicStatus(draft.id)).toBe('published')
    expect(await publicStatus(live.id)).toBeUndefined()
  })
})

describe('document locks', () => {
  const lock = (token: string, user: number | string, event: number | string) =>
    api.rest('POST', '/api/payload-locked-documents', {
      token,
      json: { document: { relationTo: 'events', value: event }, user: { relationTo: 'users', value: user } },
    })
  const locks = async () =>
    (await ctx.payload.find({ collection: 'payload-locked-documents', depth: 0, pagination: false })).docs.length

  test('a contributor locks neither in someone else’s name nor a document it may not change', async () => {
    const foreign = await publishedEvent('Locked out?', [theirs])
    const own = await publishedEvent('Own lock', [mine])
    const before = await locks()
    expect((await lock(contributor, editorUser.id, own.id)).status).toBe(403)
    expect((await lock(contributor, contributorUser.id, foreign.id)).status).toBe(403)
    expect(await locks()).toBe(before)
    const mineLock = await lock(contributor, contributorUser.id, own.id)
    expect(mineLock.status).toBe(201)
    // An editor's lock is not the contributor's to remove; an editor removes any.
    const editorsLock = await lock(editor, editorUser.id, foreign.id)
    expect(editorsLock.status).toBe(201)
    const removal = await api.rest('DELETE', `/api/payload-locked-documents/${editorsLock.body.doc.id}`, {
      token: contributor,
    })
    expect(removal.status).toBeGreaterThanOrEqual(403)
    expect(await locks()).toBe(before + 2)
    const byEditor = await api.rest('DELETE', `/api/payload-locked-documents/${mineLock.body.doc.id}`, {
      token: editor,
    })
    expect(byEditor.status).toBe(200)
  })
})
