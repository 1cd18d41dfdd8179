import { createUser, eventData } from '../helpers/fixtures'
import { apiClient, messagesIn } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
let api: ReturnType<typeof apiClient>
let admin: string
let editor: string
let contributor: string

beforeAll(async () => {
  ctx = await startPayload()
  api = apiClient(ctx.config)
  admin = (await createUser(ctx.payload, 'admin')).token
  editor = (await createUser(ctx.payload, 'editor')).token
  contributor = (await createUser(ctx.payload, 'contributor')).token
  for (const name of ['Climate', 'Cinema', 'Music']) await ctx.payload.create({ collection: 'tags', data: { name } })
  for (const summary of ['First', 'Second'])
    await ctx.payload.create({ collection: 'events', data: eventData({ summary }) })
})
afterAll(() => stopPayload(ctx))

const count = async (collection: 'tags' | 'events') => (await ctx.payload.count({ collection })).totalDocs
const summaries = async () =>
  (await ctx.payload.find({ collection: 'events', sort: 'createdAt', pagination: false })).docs.map((d) => d.summary)

describe('a where-query that does not make sense is refused, never read as "everything"', () => {
  test.each([
    ['an or-list of plain words', 'where[or][0]=x', /or/],
    ['an and-list that is not a list', 'where[and]=x', /and/],
    ['a field with a bare value instead of an operator', 'where[title]=x', /title/],
    ['an operator that does not exist', 'where[title][sounds_like]=x', /sounds_like/],
    ['a field that does not exist', 'where[colour][equals]=red', /colour/],
    ['a date that is not a date', 'where[startDate][greater_than]=notadate', /startDate.*notadate|notadate.*startDate/],
    ['ids that are not ids', 'where[id][in]=a,b', /id/],
    ['a status that does not exist', 'where[_status][equals]=deleted', /_status/],
    ['a number that is not a number', 'where[tags][equals]=several', /tags/],
    ['a yes/no that is neither', 'where[allDay][equals]=maybe', /allDay/],
    ['a location operator on a text field', 'where[title][near]=1,2', /near/],
  ])('%s: 400 naming it', async (_what, query, named) => {
    for (const token of [undefined, editor]) {
      const res = await api.rest('GET', `/api/events?${query}`, { token })
      expect(res.status).toBe(400)
      expect(messagesIn(res.body)).toMatch(named)
    }
  })

  test('a valid query still works, nested relationship paths and GraphQL-style paths included', async () => {
    const tag = (await ctx.payload.find({ collection: 'tags', where: { name: { equals: 'Climate' } } })).docs[0]
    await ctx.payload.create({ collection: 'events', data: eventData({ summary: 'Tagged', tags: [tag.id] }) })
    for (const query of [
      `where[tags][in]=${tag.id}`,
      'where[tags.slug][equals]=climate',
      `where[or][0][tags][equals]=${tag.id}&where[or][1][title][like]=nothing-like-this`,
      'where[venue.city][exists]=false',
      'where[startDate][greater_than]=2030-01-01',
    ]) {
      const res = await api.rest('GET', `/api/events?${query}`)
      expect({ query, status: res.status }).toEqual({ query, status: 200 })
      expect(res.body.docs.map((d: any) => d.summary)).toContain('Tagged')
    }
    await ctx.payload.delete({ collection: 'events', where: { summary: { equals: 'Tagged' } } })
  })

  test('limits and pages out of range', async () => {
    for (const query of ['limit=99999999999999999999', 'limit=-1', 'limit=ten', 'page=0', 'page=1.5', 'depth=99']) {
      const res = await api.rest('GET', `/api/events?${query}`)
      expect({ query, status: res.status }).toEqual({ query, status: 400 })
    }
  })

  test('an id that cannot exist is a 404, not a fault', async () => {
    for (const path of ['/api/events/abc', '/api/tags/1e99', '/api/events/%00']) {
      const res = await api.rest('GET', path)
      expect({ path, status: res.status }).toEqual({ path, status: 404 })
    }
  })

  // GraphQL over HTTP answers request errors in its `errors` list; the schema types the where argument.
  test('GraphQL: a value of the wrong type is an error naming it, and nothing is read', async () => {
    const res = await api.graphql('{ Events(where: { startDate: { greater_than: "notadate" } }) { docs { id } } }')
    expect(res.status).toBeLessThan(500)
    expect(res.body.data).toBeUndefined()
    expect(JSON.stringify(res.body.errors)).toMatch(/notadate/)
    const ids = await api.graphql('{ Events(where: { id: { in: ["a", "b"] } }) { docs { id } } }')
    expect(ids.status).toBeLessThan(500)
    expect(JSON.stringify(ids.body.errors)).toMatch(/id/)
  })
})

describe('bulk writes by where-query: admins only, with a real filter', () => {
  test('a malformed filter changes nothing, for any role', async () => {
    const before = await summaries()
    for (const token of [contributor, editor, admin]) {
      const patch = await api.rest('PATCH', '/api/events?where[or][0]=x', { token, json: { summary: 'Overwritten' } })
      expect(patch.status).toBeGreaterThanOrEqual(400)
      expect(patch.status).toBeLessThan(500)
      const del = await api.rest('DELETE', '/api/tags?where[or][0]=x', { token })
      expect(del.status).toBeGreaterThanOrEqual(400)
      expect(del.status).toBeLessThan(500)
    }
    expect(await summaries()).toEqual(before)
    expect(await count('tags')).toBe(3)
  })

  test('editors and contributors cannot write by filter; they may by a list of ids', async () => {
    for (const token of [contributor, editor]) {
      const res = await api.rest('DELETE', '/api/tags?where[name][like]=i', { token })
      expect(res.status).toBe(403)
      expect(messagesIn(res.body)).toMatch(/admin/i)
    }
    expect(await count('tags')).toBe(3)
    const music = (await ctx.payload.find({ collection: 'tags', where: { name: { equals: 'Music' } } })).docs[0]
    const byIds = await api.rest('DELETE', `/api/tags?where[id][in][0]=${music.id}`, { token: editor })
    expect(byIds.status).toBe(200)
    expect(await count('tags')).toBe(2)
  })

  test('an admin needs a non-empty filter', async () => {
    for (const query of ['', '?where=', '?where[and][0]=']) {
      const res = await api.rest('DELETE', `/api/tags${query}`, { token: admin })
      expect({ query, status: res.status }).toEqual({ query, status: 400 })
    }
    expect(await count('tags')).toBe(2)
    const res = await api.rest('PATCH', '/api/tags?where[slug][equals]=cinema', {
      token: admin,
      json: { description: 'Films' },
    })
    expect(res.status).toBe(200)
    expect(res.body.docs).toHaveLength(1)
  })
})
