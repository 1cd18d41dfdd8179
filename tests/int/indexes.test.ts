import pg from 'pg'

import { eventData } from '../helpers/fixtures'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'
import * as helpers from '../helpers/plans'

/**
 * The indexes the site's, the API's and the admin's reads need, checked on the schema the committed migrations
 * build and in the plans the database makes. (MongoDB keeps a document's translations inside it: nothing to
 * look up, so this file is for the SQL databases.)
 */
const kind = process.env.TEST_DB_KIND ?? 'sqlite'
const sqlDatabases = kind === 'mongodb' ? describe.skip : describe

let ctx: TestContext
let client: pg.Client | undefined

/** Runs a statement on SQLite through Payload's connection, on PostgreSQL on a connection of the test's own. */
async function query(statement: string): Promise<Array<Record<string, unknown>>> {
  if (client) return (await client.query(statement)).rows
  const db = ctx.payload.db as unknown as {
    drizzle: unknown
    execute(a: { drizzle: unknown; raw: string }): Promise<{ rows: Array<Record<string, unknown>> }>
  }
  return (await db.execute({ drizzle: db.drizzle, raw: statement })).rows
}

beforeAll(async () => {
  ctx = await startPayload()
  if (ctx.db.kind === 'postgres') {
    client = new pg.Client({ connectionString: ctx.db.uri })
    await client.connect()
    // On tables this small PostgreSQL rightly reads everything; told not to, it shows which index serves.
    await client.query('SET enable_seqscan = off')
  }
})
afterAll(async () => {
  await client?.end()
  await stopPayload(ctx)
})

async function localeTables(): Promise<string[]> {
  const rows =
    ctx.db.kind === 'sqlite'
      ? await query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%_locales' ORDER BY name`)
      : await query(
          `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE '%_locales' ORDER BY 1`,
        )
  return rows.map((r) => String(r.name))
}

/** The plan the database makes to read one document's translations. */
async function planOfTranslations(table: string): Promise<string> {
  const explain = ctx.db.kind === 'sqlite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN'
  const rows = await query(`${explain} SELECT * FROM "${table}" WHERE "_parent_id" = '1'`)
  return rows.map((r) => String(r.detail ?? r['QUERY PLAN'])).join('\n')
}

sqlDatabases('translations are found by their document through an index', () => {
  test('every table of translated fields is read by document through its own index', async () => {
    const tables = await localeTables()
    expect(tables).toEqual(expect.arrayContaining(['events_locales', '_events_v_locales', 'tags_locales']))
    for (const table of tables)
      expect([table, await planOfTranslations(table)]).toEqual([
        table,
        expect.stringContaining(`${table}_parent_id_idx`),
      ])
  })
})

// PostgreSQL only (SQLite has no index for a word inside a text): the SQLite run has no such tests at all.
if (kind === 'postgres')
  describe('search finds words through trigram indexes on PostgreSQL', () => {
    test.each([
      ['events_locales', 'title'],
      ['events_locales', 'summary'],
      ['tags_locales', 'name'],
      ['partners_locales', 'name'],
      ['clusters', 'name'],
      ['institutes_locales', 'city'],
    ])('a word anywhere in %s.%s is looked up in its index', async (table, column) => {
      // What Payload's `like` runs on PostgreSQL: the word anywhere, in any case.
      const plan = (await query(`EXPLAIN SELECT id FROM "${table}" WHERE "${column}" ILIKE '%almaty%'`))
        .map((r) => String(r['QUERY PLAN']))
        .join('\n')
      expect(plan).toContain(`${table}_${column}_trgm_idx`)
    })
  })

const statementsOf = (run: () => Promise<unknown>) => helpers.statementsOf(ctx.payload, run)
const planOf = (statement: helpers.Statement) => helpers.planOf(ctx.payload, statement, client)

sqlDatabases('lists filtered through a relation', () => {
  let tags: Array<{ id: number | string }>
  beforeAll(async () => {
    tags = []
    for (const name of ['Count one', 'Count two', 'Count three'])
      tags.push(await ctx.payload.create({ collection: 'tags', data: { name } }))
    const [a, b, c] = tags.map((t) => t.id)
    for (const tagged of [[a], [a, b], [a, b], [b], [c], [a, c]])
      await ctx.payload.create({ collection: 'events', data: eventData({ tags: tagged }) })
    await ctx.payload.create({ collection: 'events', data: eventData({ tags: [a, b], _status: 'draft' }) })
  })

  test('count each matching document once, however many of its relations match', async () => {
    const [a, b, c] = tags.map((t) => t.id)
    const count = async (where: object) =>
      (await ctx.payload.find({ collection: 'events', where: where as never, limit: 2, depth: 0 })).totalDocs
    // Seven events hold these tags, one of them a draft (access is not checked here, so drafts count).
    expect(await count({ tags: { equals: a } })).toBe(5)
    expect(await count({ tags: { in: [a, b] } })).toBe(6)
    expect(await count({ or: [{ tags: { equals: b } }, { tags: { equals: c } }] })).toBe(6)
    expect(await count({ and: [{ tags: { in: [a, b] } }, { _status: { equals: 'published' } }] })).toBe(5)
  })

  test('the count reads the relations of the tag asked for, through their index', async () => {
    const [a] = tags.map((t) => t.id)
    const statements = await statementsOf(() =>
      ctx.payload.find({ collection: 'events', where: { tags: { equals: a } }, limit: 2, depth: 0 }),
    )
    const counting = statements.filter((s) => /count\(/i.test(s.sql))
    expect(counting).toHaveLength(1)
    // On PostgreSQL the tag's events are found first (collections/events/hooks/relationIds.ts), then counted by id.
    const holding = statements.filter((s) => /from events_rels/i.test(s.sql))
    expect(holding).toHaveLength(ctx.db.kind === 'postgres' ? 1 : 0)
    const plan = await planOf(holding[0] ?? counting[0])
    expect(plan).toContain('events_rels_tags_id_idx')
    // Not by walking every document's relations in document order.
    expect(await planOf(counting[0])).not.toMatch(/WindowAgg|USE TEMP B-TREE FOR GROUP BY/)
  })
})

sqlDatabases('related events', () => {
  test('an event’s related events are chosen in one statement, newest first', async () => {
    const data = await import('@/data/events')
    const [tag] = (await ctx.payload.find({ collection: 'tags', where: { name: { equals: 'Count one' } } })).docs
    const { docs } = await ctx.payload.find({
      collection: 'events',
      where: { tags: { equals: tag.id }, _status: { equals: 'published' } },
      limit: 1,
    })
    const event = (await data.getEventBySlug(String(docs[0].slug), 'en'))!
    let related: Array<{ title: string }> = []
    const statements = await statementsOf(async () => {
      related = await data.relatedEvents(event, 'en')
    })
    expect(related.length).toBeGreaterThan(0)
    // The statements that pick events by their tags: one, ordered by date, not one list per relation.
    const choosing = statements.filter((s) => /tags_id"? in \(/i.test(s.sql))
    expect(choosing).toHaveLength(1)
    expect(choosing[0].sql).toMatch(/order by e\.start_date desc/i)
  })
})

sqlDatabases('the admin’s list of events with drafts', () => {
  test.each([
    ['the last change', 'version_updated_at', '_events_v_latest_updated_idx'],
    ['the start date', 'version_start_date', '_events_v_latest_start_idx'],
  ])(
    'by %s, the latest versions come in order from an index, not sorted after reading them all',
    async (_, column, index) => {
      const explain = ctx.db.kind === 'sqlite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN'
      // On tables this small PostgreSQL sorts rather than read an index in order; told not to, it shows it can.
      await client?.query('SET enable_sort = off')
      const plan = (
        await query(
          `${explain} SELECT id FROM "_events_v" WHERE "latest" = true ORDER BY "${column}" DESC, "created_at" DESC LIMIT 10 OFFSET 490`,
        ).finally(() => client?.query('RESET enable_sort'))
      )
        .map((r) => String(r.detail ?? r['QUERY PLAN']))
        .join('\n')
      expect(plan).toContain(index)
      expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY|Sort Key/)
    },
  )
})

sqlDatabases('filters on a related document’s slug', () => {
  const slugs = ['slug-one', 'slug-two', 'slug-three']
  const ids: Array<number | string> = []
  beforeAll(async () => {
    for (const slug of slugs) ids.push((await ctx.payload.create({ collection: 'tags', data: { name: slug } })).id)
    const [a, b, c] = ids
    for (const tagged of [[a], [a, b], [b], [c]])
      await ctx.payload.create({ collection: 'events', data: eventData({ tags: tagged }) })
  })

  const titlesOf = async (where: object) =>
    (await ctx.payload.find({ collection: 'events', where: where as never, limit: 50, depth: 0, sort: 'title' })).docs
      .map((d) => d.title)
      .join('|')

  test('give the same events as the same filter by id, in every form', async () => {
    const [a, b, c] = ids
    const cases: Array<[object, object]> = [
      [{ 'tags.slug': { equals: 'slug-one' } }, { tags: { in: [a] } }],
      [{ 'tags.slug': { in: ['slug-one', 'slug-three'] } }, { tags: { in: [a, c] } }],
      [{ 'tags.slug': { in: 'slug-two,slug-three' } }, { tags: { in: [b, c] } }],
      [
        { or: [{ 'tags.slug': { equals: 'slug-three' } }, { 'tags.slug': { equals: 'slug-two' } }] },
        { tags: { in: [b, c] } },
      ],
      [
        { 'tags.slug': { equals: 'slug-one' }, title: { like: 'Test event' } },
        { and: [{ tags: { in: [a] } }, { title: { like: 'Test event' } }] },
      ],
    ]
    for (const [bySlug, byId] of cases) {
      const expected = await titlesOf(byId)
      expect(expected).not.toBe('')
      expect([bySlug, await titlesOf(bySlug)]).toEqual([bySlug, expected])
    }
    expect(await titlesOf({ 'tags.slug': { equals: 'no-such-tag' } })).toBe('')
    expect(await titlesOf({ 'tags.slug': { not_equals: 'slug-one' } })).toContain('Test event')
  })

  test('by id, list the events that hold the relation, in the list’s order, counted once', async () => {
    const [a, b, c] = ids
    const all = (await ctx.payload.find({ collection: 'events', limit: 0, depth: 0, sort: '-startDate' })).docs
    const holding = (wanted: Array<number | string>) =>
      all.filter((e) => (e.tags ?? []).some((t) => wanted.includes(typeof t === 'object' ? t.id : t))).map((e) => e.id)
    const listed = async (where: object) => {
      const found = await ctx.payload.find({
        collection: 'events',
        where: where as never,
        limit: 50,
        depth: 0,
        sort: '-startDate',
      })
      return { ids: found.docs.map((d) => d.id), total: found.totalDocs }
    }
    const cases: Array<[object, Array<number | string>]> = [
      [{ tags: { equals: a } }, holding([a])],
      [{ tags: { in: [b, c] } }, holding([b, c])],
      [{ tags: { in: `${a},${c}` } }, holding([a, c])],
      [{ or: [{ tags: { equals: c } }, { tags: { equals: b } }] }, holding([b, c])],
    ]
    for (const [where, expected] of cases) {
      expect(expected.length).toBeGreaterThan(0)
      expect([where, await listed(where)]).toEqual([where, { ids: expected, total: expected.length }])
    }
  })

  test('are counted by the relation’s id, not by comparing the related table’s slugs', async () => {
    const statements = await statementsOf(() =>
      ctx.payload.find({ collection: 'events', where: { 'tags.slug': { equals: 'slug-two' } }, limit: 1, depth: 0 }),
    )
    const counting = statements.filter((s) => /count\(/i.test(s.sql))
    expect(counting).toHaveLength(1)
    // By the tag's id on SQLite; on PostgreSQL by the ids of the tag's events, found through that id.
    expect(counting[0].sql).toMatch(ctx.db.kind === 'postgres' ? /"events"\."id" in \(/i : /"tags_id" in \(/i)
    expect(counting[0].sql).not.toMatch(/"slug"/i)
  })
})

// Last: the statistics it writes describe these few rows, and with them SQLite rightly sorts four rows rather
// than walk an index, which the plans above look for.
sqlDatabases('the planner’s statistics', () => {
  test('SQLite analyzes, in full, the tables that changed, at most once an hour; PostgreSQL does it itself', async () => {
    const { keepStatisticsCurrent } = await import('@/db/statistics')
    const now = Date.now()
    if (ctx.db.kind !== 'sqlite') {
      // autovacuum analyzes PostgreSQL's tables as they change: nothing to do here.
      expect(await keepStatisticsCurrent(ctx.payload, now)).toBeNull()
      return
    }
    for (let i = 0; i < 3; i += 1) await ctx.payload.create({ collection: 'events', data: eventData() })
    expect(await keepStatisticsCurrent(ctx.payload, now)).toEqual(expect.arrayContaining(['events', 'events_locales']))
    const stats = await query(`SELECT tbl, stat FROM sqlite_stat1 WHERE tbl = 'events'`)
    const [{ n }] = await query(`SELECT count(*) AS n FROM events`)
    // Every row counted, not a sample.
    expect(new Set(stats.map((r) => Number(String(r.stat).split(' ')[0])))).toEqual(new Set([Number(n)]))
    expect(await keepStatisticsCurrent(ctx.payload, now + 30 * 60_000)).toBeNull()
    // An hour on, nothing has changed: nothing is analyzed again.
    expect(await keepStatisticsCurrent(ctx.payload, now + 61 * 60_000)).toEqual([])
    await ctx.payload.create({ collection: 'events', data: eventData() })
    expect(await keepStatisticsCurrent(ctx.payload, now + 122 * 60_000)).toEqual(expect.arrayContaining(['events']))
  })
})
