import { createUser, eventData, jpeg } from '../helpers/fixtures'
import { apiClient } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
let api: ReturnType<typeof apiClient>
let editor: Awaited<ReturnType<typeof createUser>>
let tagId: number | string
let publishedId: number | string
let draftId: number | string
let editedId: number | string

beforeAll(async () => {
  ctx = await startPayload()
  api = apiClient(ctx.config)
  const { payload } = ctx
  await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
  const tag = await payload.create({ collection: 'tags', data: { name: 'Access' } })
  tagId = tag.id
  publishedId = (
    await payload.create({
      collection: 'events',
      data: eventData({ title: 'Public meeting', slug: 'public-meeting', tags: [tag.id] }),
    })
  ).id
  draftId = (
    await payload.create({
      collection: 'events',
      draft: true,
      data: eventData({ _status: 'draft', title: 'Secret draft', slug: 'secret-draft', tags: [tag.id] }),
    })
  ).id
  // Published once, then edited as a draft: the public keeps seeing the published text.
  editedId = (
    await payload.create({ collection: 'events', data: eventData({ title: 'Published text', slug: 'edited-event' }) })
  ).id
  await payload.update({
    collection: 'events',
    id: editedId,
    draft: true,
    data: { title: 'Unpublished edit', _status: 'draft' },
  })
})
afterAll(() => stopPayload(ctx))

const titles = (docs: { title?: string }[]) => docs.map((d) => d.title).sort()

describe('anonymous readers see published events only', () => {
  test('REST list, with and without ?draft=true', async () => {
    for (const path of ['/api/events', '/api/events?draft=true', '/api/events?where[slug][equals]=secret-draft']) {
      const res = await api.rest('GET', path)
      expect(res.status).toBe(200)
      expect(titles(res.body.docs)).not.toContain('Secret draft')
      expect(titles(res.body.docs)).not.toContain('Unpublished edit')
    }
    for (const path of ['/api/events', '/api/events?draft=true']) {
      const res = await api.rest('GET', path)
      expect(titles(res.body.docs)).toEqual(['Public meeting', 'Published text'])
    }
  })

  test('REST by id', async () => {
    expect((await api.rest('GET', `/api/events/${draftId}`)).status).toBe(404)
    expect((await api.rest('GET', `/api/events/${draftId}?draft=true`)).status).toBe(404)
    const edited = await api.rest('GET', `/api/events/${editedId}?draft=true`)
    expect(edited.status).toBe(200)
    expect(edited.body.title).toBe('Published text')
    expect((await api.rest('GET', `/api/events/${publishedId}`)).status).toBe(200)
  })

  test('REST versions are closed', async () => {
    const res = await api.rest('GET', '/api/events/versions')
    expect(res.status).toBe(403)
  })

  test('GraphQL list and single', async () => {
    const list = await api.graphql('{ Events(draft: true) { docs { title } } }')
    expect(titles(list.body.data.Events.docs)).toEqual(['Public meeting', 'Published text'])
    const one = await api.graphql(`{ Event(id: ${JSON.stringify(draftId)}, draft: true) { title } }`)
    expect(one.body.data?.Event ?? null).toBeNull()
  })

  test('joins from a tag leave drafts out', async () => {
    const res = await api.rest('GET', `/api/tags/${tagId}?depth=1`)
    expect(res.body.events.docs.map((e: { title: string }) => e.title)).toEqual(['Public meeting'])
  })

  test('the site’s data layer', async () => {
    // Imported here: the data layer loads the config, which must see this file's test database.
    const { listEvents } = await import('@/data/events')
    const { events } = await listEvents({ locale: 'en' })
    expect(titles(events)).toEqual(['Public meeting', 'Published text'])
  })

  test('editors see drafts', async () => {
    const res = await api.rest('GET', '/api/events?draft=true', { token: editor.token })
    expect(titles(res.body.docs)).toEqual(['Public meeting', 'Secret draft', 'Unpublished edit'])
    const gql = await api.graphql('{ Events(draft: true) { docs { title } } }', { token: editor.token })
    expect(titles(gql.body.data.Events.docs)).toContain('Secret draft')
  })
})

describe('anonymous writes are refused', () => {
  test.each(['events', 'tags', 'clusters', 'institutes', 'partners'])('POST /api/%s', async (collection) => {
    const res = await api.rest('POST', `/api/${collection}`, { json: { title: 'x', name: 'x' } })
    expect(res.status).toBe(403)
  })

  test('PATCH and DELETE of an event', async () => {
    expect((await api.rest('PATCH', `/api/events/${publishedId}`, { json: { title: 'Hacked' } })).status).toBe(403)
    expect((await api.rest('DELETE', `/api/events/${publishedId}`)).status).toBe(403)
    const event = await ctx.payload.findByID({ collection: 'events', id: publishedId })
    expect(event.title).toBe('Public meeting')
  })

  test('photo upload', async () => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'x', credit: 'x' }))
    form.append('file', new Blob([new Uint8Array(await jpeg())], { type: 'image/jpeg' }), 'anon.jpg')
    expect((await api.rest('POST', '/api/photos', { form })).status).toBe(403)
  })

  test('GraphQL mutation', async () => {
    const res = await api.graphql('mutation { createTag(data: { name: "Nope" }) { id } }')
    expect(res.body.errors?.[0]?.message).toMatch(/not allowed/i)
    expect((await ctx.payload.count({ collection: 'tags', where: { name: { equals: 'Nope' } } })).totalDocs).toBe(0)
  })

  test('user accounts are not readable anonymously', async () => {
    expect((await api.rest('GET', '/api/users')).status).toBe(403)
  })
})

describe('roles', () => {
  test('only an admin changes a role: anyone else is told, and nothing is saved', async () => {
    const contributor = await createUser(ctx.payload, 'contributor')
    const res = await api.rest('PATCH', `/api/users/${contributor.user!.id}`, {
      token: contributor.token,
      json: { role: 'admin', name: 'Renamed' },
    })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).toMatch(/role/)
    const after = await ctx.payload.findByID({ collection: 'users', id: contributor.user!.id })
    expect(after.role).toBe('contributor')
    expect(after.name).toBe('Test contributor')
    // A form sends every field back: the unchanged role passes.
    const same = await api.rest('PATCH', `/api/users/${contributor.user!.id}`, {
      token: contributor.token,
      json: { role: 'contributor', name: 'Renamed' },
    })
    expect(same.status).toBe(200)
    expect(same.body.doc.name).toBe('Renamed')
  })
})
