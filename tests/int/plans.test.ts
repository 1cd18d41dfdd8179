import pg from 'pg'
import type { Payload, Where } from 'payload'

import { grow } from '../../scripts/bench-grow.mjs'
import { eventData } from '../helpers/fixtures'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'
import { planOf, type Statement, statementsOf } from '../helpers/plans'

/**
 * The plans of the site's, the API's and the admin's main reads at 10,000 events, after the statistics were
 * refreshed the way a running server refreshes them (on SQLite the jobs round's own refresh, on PostgreSQL an
 * ANALYZE as autovacuum runs it). Each read must go through the index that serves it, and no read may walk a
 * whole table of events or sort all it found to take one page: such a plan fails here, not as a slow site at
 * 100k. (Counts are left to the database: a count of every published event reads them all whatever the plan.)
 */
const kind = process.env.TEST_DB_KIND ?? 'sqlite'
const sqlDatabases = kind === 'mongodb' ? describe.skip : describe
const EVENTS = 10_000

/** The tables that grow with the events. */
const BIG = ['events', 'events_rels', 'events_locales', '_events_v', '_events_v_rels', '_events_v_locales']

type Read = {
  run: (payload: Payload) => Promise<unknown>
  /** The index the read is meant to go through: some statement's plan names it. */
  through: RegExp
  /** The upcoming events are found by their end and sorted: they are few, however long the archive. */
  sortsUpcoming?: boolean
}

let ctx: TestContext
let client: pg.Client | undefined
let tag: { id: number | string; slug?: string | null }
let event: { slug?: string | null }

const isCount = (statement: Statement) => /^\s*(?:with [\s\S]*?\)\s*)?select count\(/i.test(statement.sql)

/** A statement that reads a page of events or of their versions. */
const isPageOfEvents = (statement: Statement) =>
  /\b(?:from|join) "?_?events(?:_v)?"?(?:\s|$)/i.test(statement.sql) && /\blimit\b/i.test(statement.sql)

/** What is wrong with one statement's plan on SQLite, if anything. */
function sqliteProblems(plan: string, read: Read): string[] {
  // The query's own steps: a subquery's (an event's own relations, in order) are indented under it.
  const lines = plan.split('\n').filter((line) => !line.startsWith(' '))
  const problems: string[] = []
  for (const line of plan.split('\n').map((l) => l.trim())) {
    const scanned = /^SCAN (\S+)$/.exec(line)?.[1]
    if (scanned && BIG.includes(scanned)) problems.push(`reads all of ${scanned}`)
  }
  // A sort of what was found is fine when it was found by id, slug or one relation: it is that document's or that
  // relation's events. Found by status (nearly every event) or a range of dates, it is most of the table.
  const found =
    plan
      .split('\n')
      .map((l) => l.trim())
      .find((line) => /^(SEARCH|SCAN) /.test(line)) ?? ''
  const byKey = /^SEARCH \S+ USING .*\((?:rowid|\w+_id|slug)=\?\)$/.test(found)
  const upcoming = read.sortsUpcoming && /\(ends_at>\?\)$/.test(found)
  if (lines.includes('USE TEMP B-TREE FOR ORDER BY') && !byKey && !upcoming)
    problems.push(`sorts everything found by "${found}" to take a page`)
  return problems
}

/** What is wrong with one statement's plan on PostgreSQL, if anything. */
function postgresProblems(plan: string, read: Read): string[] {
  const problems: string[] = []
  for (const [, table] of plan.matchAll(/Seq Scan on (\w+)/g))
    if (BIG.includes(table)) problems.push(`reads all of ${table}`)
  for (const [line, rows] of plan.matchAll(/^\s*(?:->\s*)?Sort \(cost=[^)]*rows=(\d+)[^)]*\)/gm))
    if (Number(rows) > EVENTS / 20 && !read.sortsUpcoming)
      problems.push(`sorts ${rows} rows to take a page: ${line.trim()}`)
  return problems
}

/** A page of 20 events at depth 1, as an anonymous caller of the REST API or GraphQL asks for it. */
const apiPage = (where?: Where) => (payload: Payload) =>
  payload.find({ collection: 'events', limit: 20, depth: 1, overrideAccess: false, ...(where ? { where } : {}) })

/** A tag's events: through the relation's index, or on PostgreSQL by the ids found through it. */
const ofTag = /events_rels_tags_id_idx|events_pkey|\(id = ANY/

const reads: Record<string, Read> = {
  'REST list of events': { run: apiPage(), through: /events_start_date_idx/ },
  'REST events of a tag, by its slug': {
    run: (p) => apiPage({ 'tags.slug': { equals: tag.slug } })(p),
    through: ofTag,
  },
  'GraphQL events of a tag, by its id': { run: (p) => apiPage({ tags: { in: [tag.id] } })(p), through: ofTag },
  'event page': {
    run: async () => (await import('@/data/events')).getEventBySlug(String(event.slug), 'en'),
    through: /events_slug_idx/,
  },
  'tag archive': {
    run: async () => (await import('@/data/events')).listEventCards({ locale: 'en', tagId: tag.id }),
    through: /events_rels_tags_id_idx/,
  },
  'upcoming events (events index, calendar)': {
    run: async () => (await import('@/data/events')).listEvents({ locale: 'en', when: 'upcoming', limit: 500 }),
    through: /events_ends_at_idx|events_start_date_idx/,
    sortsUpcoming: true,
  },
  'past events, page 5': {
    run: async () => (await import('@/data/events')).listEventCards({ locale: 'en', when: 'past', page: 5 }),
    through: /events_start_date_idx/,
  },
  'events of a country in a year': {
    run: async () => (await import('@/data/events')).listEventCards({ locale: 'en', country: 'KZ', year: 2024 }),
    through: /events_start_date_idx/,
  },
  'years and countries of the events filters': {
    run: async () => (await import('@/data/events')).eventFacets(),
    through: /events_start_date_idx/,
  },
  'one sitemap file': {
    run: async () => (await import('@/data/sitemap')).sitemapPart(1),
    // In the order events were made: by id, or by the status index, whose entries of one status are in id order.
    through: /INTEGER PRIMARY KEY|SCAN e$|events_pkey|events__status_idx/m,
  },
  'admin list of events with drafts, page 50': {
    run: (payload) =>
      payload.find({ collection: 'events', draft: true, page: 50, limit: 10, sort: '-updatedAt', depth: 0 }),
    through: /_events_v_latest_updated_idx|_events_v_version_version_updated_at_idx/,
  },
}

sqlDatabases(`query plans at ${EVENTS.toLocaleString('en')} events, after the statistics refresh`, () => {
  beforeAll(async () => {
    ctx = await startPayload()
    const { payload } = ctx
    const [first] = await Promise.all([
      payload.create({ collection: 'tags', data: { name: 'Plans' } }),
      payload.create({ collection: 'clusters', data: { name: 'EUNIC Plans', country: 'KZ' } }),
      payload.create({ collection: 'institutes', data: { name: 'Plans Institute' } }),
      payload.create({ collection: 'partners', data: { name: 'Plans Partner', kind: 'civil-society' } }),
    ])
    await payload.create({ collection: 'events', data: eventData({ tags: [first.id] }) })
    await grow(ctx.db.uri, EVENTS, { analyze: false })
    if (ctx.db.kind === 'postgres') {
      client = new pg.Client({ connectionString: ctx.db.uri })
      await client.connect()
      await client.query('ANALYZE')
      // At 10,000 rows PostgreSQL rightly reads a whole table of events where at 100k it would not: told not to,
      // it shows the plan it has with an index. (What it picks at 100k is measured by npm run bench:scale.)
      await client.query('SET enable_seqscan = off')
    } else {
      const { keepStatisticsCurrent } = await import('@/db/statistics')
      // The server's own refresh, as its first jobs round runs it.
      expect(await keepStatisticsCurrent(payload, Date.now() + 365 * 86_400_000)).toEqual(
        expect.arrayContaining(['events', 'events_rels', '_events_v']),
      )
    }
    // A tag in the middle by use, and a published event.
    const tags = (await payload.find({ collection: 'tags', limit: 200, depth: 0, sort: 'id' })).docs
    tag = tags[Math.floor(tags.length / 2)]
    event = (await payload.find({ collection: 'events', limit: 1, depth: 0, overrideAccess: false })).docs[0]
  }, 240_000)
  afterAll(async () => {
    await client?.end()
    await stopPayload(ctx)
  })

  test.each(Object.entries(reads))('%s', async (_, read) => {
    const statements = (await statementsOf(ctx.payload, () => read.run(ctx.payload))).filter((s) =>
      /^\s*(select|with)\b/i.test(s.sql),
    )
    expect(statements.length).toBeGreaterThan(0)
    let page: string | undefined
    const problems: string[] = []
    for (const statement of statements) {
      if (isCount(statement)) continue
      const plan = await planOf(ctx.payload, statement, client)
      if (page === undefined && isPageOfEvents(statement)) page = plan
      const found = ctx.db.kind === 'postgres' ? postgresProblems(plan, read) : sqliteProblems(plan, read)
      problems.push(...found.map((p) => `${p}\n  in: ${statement.sql.slice(0, 300)}\n  plan: ${plan}`))
    }
    expect(problems).toEqual([])
    // The first page of events the read asks for (then come what those events show: tags, photos…).
    expect(page).toMatch(read.through)
  })
})
