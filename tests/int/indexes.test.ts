import pg from 'pg'

import { eventData } from '../helpers/fixtures'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

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

sqlDatabases('the planner’s statistics', () => {
  test('SQLite analyzes its tables from the jobs round, at most once an hour; PostgreSQL does it itself', async () => {
    const { keepStatisticsCurrent } = await import('@/db/statistics')
    const now = Date.now()
    if (ctx.db.kind !== 'sqlite') {
      // autovacuum analyzes PostgreSQL's tables as they change: nothing to do here.
      expect(await keepStatisticsCurrent(ctx.payload, now)).toBe(false)
      return
    }
    for (let i = 0; i < 3; i += 1) await ctx.payload.create({ collection: 'events', data: eventData() })
    expect(await keepStatisticsCurrent(ctx.payload, now)).toBe(true)
    const stats = await query(`SELECT tbl FROM sqlite_stat1`)
    expect(stats.map((r) => r.tbl)).toEqual(expect.arrayContaining(['events', 'events_locales']))
    expect(await keepStatisticsCurrent(ctx.payload, now + 30 * 60_000)).toBe(false)
    expect(await keepStatisticsCurrent(ctx.payload, now + 61 * 60_000)).toBe(true)
  })
})
