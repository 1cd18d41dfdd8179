import { configToSchema } from '@payloadcms/graphql'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { parse, type GraphQLSchema } from 'graphql'

import { GRAPHQL_BUDGET, graphqlBudget } from '@/api/graphql-budget'
import { documentsRead, HAS_MANY_ESTIMATE as MANY } from '@/api/graphql-cost'
import { graphqlGate } from '@/api/graphql-gate'

import { createUser, eventData } from '../helpers/fixtures'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/**
 * A GraphQL query is held to the documents it makes the server read (aliases × page sizes × nested lists), not to
 * its text: per query, per caller and minute, and heavy queries take turns.
 */
let ctx: TestContext
let schema: GraphQLSchema
let run: (request: Request) => Promise<Response>
let editorToken: string

beforeAll(async () => {
  ctx = await startPayload()
  schema = configToSchema(ctx.config).schema as GraphQLSchema
  run = graphqlBudget(ctx.config, GRAPHQL_POST(ctx.config))
  editorToken = (await createUser(ctx.payload, 'editor')).token
  const tag = await ctx.payload.create({ collection: 'tags', data: { name: 'Climate' } })
  for (let i = 0; i < 12; i += 1)
    await ctx.payload.create({ collection: 'events', data: eventData({ title: `Event ${i}`, tags: [tag.id] }) })
})
afterAll(() => stopPayload(ctx))

const cost = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  documentsRead(schema, parse(query), variables, operationName)

const aliases = (n: number, limit: number, inner = 'title') =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: Events(limit: ${limit}, page: ${i + 1}) { docs { ${inner} } }`).join(' ')} }`

describe('what a query costs, in documents read', () => {
  test('aliases multiply: 50 lists of 100 events read 5,000; one list of 10 reads 10', () => {
    expect(cost(aliases(50, 100))).toBe(5000)
    expect(cost('{ Events { docs { title } } }')).toBe(10)
    expect(cost('{ Events(limit: 3) { totalDocs } }')).toBe(1)
  })

  test('nested lists multiply level by level, relations count as reads', () => {
    const nested = '{ Events(limit: 10) { docs { tags { name events(limit: 10) { docs { title } } } } } }'
    // 10 events, MANY tags each (estimated), each tag's 10 events.
    expect(cost(nested)).toBe(10 + 10 * MANY + 10 * MANY * 10)
    expect(cost('{ Events(limit: 5) { docs { heroPhoto { url } } } }')).toBe(5 + 5)
    expect(cost('{ Events(limit: 5) { docs { venue { city } } } }')).toBe(5)
  })

  test('the limit comes from variables and their defaults, fragments and inline fragments count', () => {
    expect(cost('query($l: Int) { Events(limit: $l) { docs { title } } }', { l: 70 })).toBe(70)
    expect(cost('query($l: Int = 40) { Events(limit: $l) { docs { title } } }')).toBe(40)
    expect(cost('query($p: Boolean = false) { Events(pagination: $p) { docs { title } } }')).toBe(1000)
    const fragment =
      'fragment F on Event { tags { name } } { Events(limit: 4) { docs { ...F ... on Event { title } } } }'
    expect(cost(fragment)).toBe(4 + 4 * MANY)
    expect(cost('query A { Tags { docs { name } } } query B { Events(limit: 2) { docs { title } } }', {}, 'B')).toBe(2)
  })
})

const post = (query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) =>
  new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': headers.from ?? '192.0.2.1', ...headers },
    body: JSON.stringify({ query, variables }),
  })

describe('the budget', () => {
  test('a query past the per-query budget is refused before it runs, saying its cost and the limit', async () => {
    for (const query of [
      aliases(50, 100),
      aliases(4, 100),
      '{ Events(limit: 100) { docs { tags { events(limit: 100) { docs { title } } } } } }',
    ]) {
      const res = await run(post(query, { from: '192.0.2.10' }))
      expect(res.status).toBe(400)
      expect((await res.json()).errors[0].message).toMatch(/would read about \d+ documents; one query may read 300/)
    }
    const small = await run(post('{ Events(limit: 5) { docs { title } } }', { from: '192.0.2.10' }))
    expect(small.status).toBe(200)
    expect((await small.json()).data.Events.docs).toHaveLength(5)
  })

  test('a signed-in caller has a larger budget, still bounded', async () => {
    const auth = { authorization: `JWT ${editorToken}`, from: '192.0.2.11' }
    expect((await run(post(aliases(10, 100), auth))).status).toBe(200)
    expect((await run(post(aliases(30, 100), auth))).status).toBe(400)
  })

  test('a caller past its budget for the minute gets 429 with Retry-After; another caller is not affected', async () => {
    const statuses: number[] = []
    // 3 × 100 = 300 documents a query: the minute's 5,000 are spent after 16 of them.
    for (let i = 0; i < 17; i += 1) statuses.push((await run(post(aliases(3, 100), { from: '192.0.2.12' }))).status)
    expect(statuses.slice(0, 16).every((s) => s === 200)).toBe(true)
    expect(statuses[16]).toBe(429)
    const refused = await run(post(aliases(3, 100), { from: '192.0.2.12' }))
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await run(post(aliases(3, 100), { from: '192.0.2.13' }))).status).toBe(200)
  })

  test('heavy queries of one caller take turns: past two at once, the next is told to wait', async () => {
    const heavy = () => run(post(aliases(2, 100), { from: '192.0.2.14' }))
    const answers = await Promise.all([heavy(), heavy(), heavy(), heavy()])
    const statuses = answers.map((a) => a.status).sort()
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2)
    expect(statuses).toContain(429)
    expect(GRAPHQL_BUDGET.perCaller).toBe(2)
  })
})

test('pagination cannot be turned off through a variable’s default, nor the limit widened by one', async () => {
  for (const query of [
    'query($p: Boolean = false) { Events(pagination: $p) { docs { title } } }',
    'query($l: Int = 5000) { Events(limit: $l) { docs { title } } }',
    'query($l: Int = 0) { Tags(limit: $l) { docs { name } } }',
    '{ Events(limit: 2.5) { docs { title } } }',
    'query($p: Boolean = true) { Events(pagination: $p) { docs { title } } }',
  ]) {
    const variables = query.includes('= true') ? { p: false } : undefined
    const refused = await graphqlGate(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      }),
    )
    expect({ query, status: refused?.status }).toEqual({ query, status: 400 })
  }
})
