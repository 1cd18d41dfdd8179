import { EVENT } from '../../src/seed/data'
import { createUser } from '../helpers/fixtures'
import { apiClient, fieldsIn, messagesIn } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/**
 * Other sites read the API without an account: pages of at most 100, relations one level deep unless they ask
 * for up to three, and never the whole collection in one answer. Signed-in editors keep the wider limits.
 */
let ctx: TestContext
let api: ReturnType<typeof apiClient>
let editor: string

beforeAll(async () => {
  ctx = await startPayload()
  const { seed } = await import('@/seed')
  await seed(ctx.payload, () => undefined)
  api = apiClient(ctx.config)
  editor = (await createUser(ctx.payload, 'editor')).token as string
})
afterAll(() => stopPayload(ctx))

const bySlug = `where[slug][equals]=${EVENT.slug}`

test('a page above 100 documents, "all" (limit=0) and pagination=false are refused, naming the parameter', async () => {
  for (const [query, field, reason] of [
    ['limit=101', 'limit', /limit: must be a whole number from 1 to 100 for a caller without an account/],
    ['limit=1000000', 'limit', /from 1 to 100/],
    ['limit=0', 'limit', /from 1 to 100/],
    ['pagination=false', 'pagination', /pagination: cannot be turned off for a caller without an account/],
    ['depth=4', 'depth', /depth: must be a whole number from 0 to 3 for a caller without an account/],
  ] as const) {
    const res = await api.rest('GET', `/api/events?${query}`)
    expect([query, res.status]).toEqual([query, 400])
    expect(fieldsIn(res.body)).toEqual([field])
    expect(messagesIn(res.body)).toMatch(reason)
  }
  const hundred = await api.rest('GET', '/api/events?limit=100')
  expect([hundred.status, messagesIn(hundred.body)]).toEqual([200, ''])
  expect((await api.rest('GET', '/api/tags?limit=100&depth=3')).status).toBe(200)
  expect((await api.rest('GET', `/api/events/${1}?depth=4`)).status).toBe(400)
})

test('the address’s sort and limits are the listed collection’s, not those of the reads a filter makes', async () => {
  // Filtering events by their clusters' slug reads clusters, which have no startDate.
  const res = await api.rest('GET', '/api/events?where[clusters.slug][equals]=eunic-kazakhstan&sort=startDate&limit=5')
  expect([res.status, res.body.totalDocs]).toEqual([200, 1])
})

test('relations come one level deep by default; deeper when asked, up to three', async () => {
  const shallow = (await api.rest('GET', `/api/events?${bySlug}`)).body.docs[0]
  expect(shallow.hostInstitutes[0]).toMatchObject({ name: 'Goethe-Institut Kasachstan' })
  expect(typeof shallow.hostInstitutes[0].organisation).toBe('number')
  const deeper = (await api.rest('GET', `/api/events?${bySlug}&depth=2`)).body.docs[0]
  expect(deeper.hostInstitutes[0].organisation).toMatchObject({ name: 'Goethe-Institut' })
  const one = await api.rest('GET', `/api/events/${shallow.id}`)
  expect(typeof one.body.hostInstitutes[0].organisation).toBe('number')
})

test('select and populate shape the answer; a misspelt or malformed one is refused by name', async () => {
  const shaped = await api.rest(
    'GET',
    `/api/events?${bySlug}&select[title]=true&select[tags]=true&populate[tags][name]=true&populate[tags][slug]=true`,
  )
  expect(shaped.status).toBe(200)
  const [doc] = shaped.body.docs
  expect(Object.keys(doc).sort()).toEqual(['id', 'tags', 'title'])
  expect(Object.keys(doc.tags[0]).sort()).toEqual(['id', 'name', 'slug'])

  for (const [query, field] of [
    ['select[titel]=true', 'select[titel]'],
    ['select=title', 'select'],
    ['select[title]=yes', 'select[title]'],
    ['populate[tag][name]=true', 'populate[tag]'],
    ['populate[tags][nom]=true', 'populate[tags][nom]'],
    ['populate=tags', 'populate'],
  ] as const) {
    const res = await api.rest('GET', `/api/events?${query}`)
    expect([query, res.status, fieldsIn(res.body)]).toEqual([query, 400, [field]])
  }
  expect(messagesIn((await api.rest('GET', '/api/events?select=title')).body)).toContain(
    'select: must name fields, as select[title]=true',
  )
})

test('GraphQL: the same caps on limit and pagination', async () => {
  const big = await api.graphql('{ Events(limit: 500) { docs { id } } }')
  expect(big.status).toBe(400)
  expect(JSON.stringify(big.body.errors)).toMatch(/Events\(limit\) must be a whole number from 1 to 100, not 500/)
  const variable = await api.graphql('query Q($n: Int) { Events(limit: $n) { docs { id } } }', { variables: { n: 0 } })
  expect(JSON.stringify(variable.body.errors)).toMatch(/Events\(limit\) must be a whole number from 1 to 100, not 0/)
  const all = await api.graphql('{ Tags(pagination: false) { docs { id } } }')
  expect(JSON.stringify(all.body.errors)).toMatch(/Tags\(pagination\) cannot be false/)
  const fine = await api.graphql('{ Tags(limit: 100) { docs { name } } }')
  expect(fine.body.errors).toBeUndefined()
  expect(fine.body.data.Tags.docs.length).toBe(5)
  // Payload's own reads that populate relations are not held to the caller's limits.
  const related = await api.graphql('{ Events { docs { heroPhoto { credit } gallery { credit } tags { name } } } }')
  expect(related.body.errors).toBeUndefined()
  const [event] = related.body.data.Events.docs
  expect(event.heroPhoto.credit).toBe('Leila Turlybek')
  expect(event.gallery).toHaveLength(2)
  expect(event.tags).toHaveLength(5)
  // A join with a date filter: Payload's own paged read of the join, and a date the GraphQL scalar made a Date.
  const joined = await api.graphql(
    'query Q($c: String, $since: DateTime) { Clusters(where: { slug: { equals: $c } }) { docs { events(where: { endsAt: { greater_than: $since } }, sort: "startDate", limit: 10) { docs { title } } } } }',
    { variables: { c: 'eunic-kazakhstan', since: '2024-01-01T00:00:00.000Z' } },
  )
  expect(joined.body.errors).toBeUndefined()
  expect(joined.body.data.Clusters.docs[0].events.docs).toHaveLength(1)
  const dated = await api.graphql(
    '{ Events(where: { startDate: { greater_than: "2024-01-01T00:00:00.000Z" } }) { totalDocs } }',
  )
  expect(dated.body.errors).toBeUndefined()
  expect(dated.body.data.Events.totalDocs).toBe(1)
})

test('signed-in editors keep the wider limits and Payload’s default depth', async () => {
  expect((await api.rest('GET', '/api/events?limit=500', { token: editor })).status).toBe(200)
  expect((await api.rest('GET', '/api/tags?pagination=false', { token: editor })).status).toBe(200)
  const doc = (await api.rest('GET', `/api/events?${bySlug}`, { token: editor })).body.docs[0]
  expect(doc.hostInstitutes[0].organisation).toMatchObject({ name: 'Goethe-Institut' })
})
