import { eventData } from '../helpers/fixtures'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

const kind = process.env.TEST_DB_KIND ?? 'sqlite'

let ctx: TestContext
let candidates: typeof import('@/data/search-text').eventCandidates
beforeAll(async () => {
  ctx = await startPayload()
  candidates = (await import('@/data/search-text')).eventCandidates
})
afterAll(() => stopPayload(ctx))

const create = (data: Record<string, unknown>) =>
  ctx.payload.create({ collection: 'events', data: eventData(data) as never, overrideAccess: true })

// SQLite only (PostgreSQL looks words up in trigram indexes, tests/int/indexes.test.ts): other databases have
// no such tests at all.
if (kind === 'sqlite')
  describe('on SQLite the search is narrowed through a full-text table of the events', () => {
    test('a word anywhere in a title or summary, in any language and any case, kept in step with every change', async () => {
      const titled = await create({ title: 'Evening of Kazakh cinema' })
      const summed = await create({ summary: 'Readings in the old Almaty library' })
      const french = await ctx.payload.create({
        collection: 'events',
        data: eventData({ title: 'Rencontre de traducteurs' }) as never,
        locale: 'fr',
        overrideAccess: true,
      })
      expect(await candidates(ctx.payload, ['KAZAKH'])).toEqual([titled.id])
      expect(await candidates(ctx.payload, ['lmaty'])).toEqual([summed.id])
      expect(await candidates(ctx.payload, ['traducteurs'])).toEqual([french.id])

      await ctx.payload.update({
        collection: 'events',
        id: titled.id,
        data: { title: 'Evening of film' },
        overrideAccess: true,
      })
      expect(await candidates(ctx.payload, ['kazakh'])).toEqual([])
      expect(await candidates(ctx.payload, ['film'])).toContain(titled.id)
      await ctx.payload.delete({ collection: 'events', id: summed.id, overrideAccess: true })
      expect(await candidates(ctx.payload, ['almaty'])).toEqual([])
    })

    test('it narrows only where it can: words of three characters or more, not a word many events have', async () => {
      const { sql } = await import('@payloadcms/db-sqlite')
      const db = (ctx.payload.db as unknown as { drizzle: { run: (s: unknown) => Promise<unknown> } }).drizzle
      // More events with the word than a query may list by id (501), written straight into the tables.
      const many = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 501)`
      await db.run(sql.raw(`${many} INSERT INTO events (id, slug) SELECT 900000 + i, 'commonplace-' || i FROM n`))
      await db.run(
        sql.raw(
          `${many} INSERT INTO events_locales (_locale, _parent_id, title) SELECT 'en', 900000 + i, 'Commonplace ' || i FROM n`,
        ),
      )
      expect(await candidates(ctx.payload, ['commonplace'])).toBeUndefined()
      const { search } = await import('@/data/search')
      expect((await search('commonplace', 'en')).events).toEqual([]) // none of them is published; no error either

      expect(await candidates(ctx.payload, ['of'])).toBeUndefined()
      expect(await candidates(ctx.payload, [])).toBeUndefined()
      // The longest word decides; quotes in it are a word's own characters.
      expect(await candidates(ctx.payload, ['of', '"cinema"'])).toEqual([])
    })

    test('the lookup is answered by the full-text index, not by reading every translation', async () => {
      const { sql } = await import('@payloadcms/db-sqlite')
      const db = (ctx.payload.db as unknown as { drizzle: { all: (s: unknown) => Promise<Array<{ detail: string }>> } })
        .drizzle
      const plan = await db.all(
        sql.raw(`EXPLAIN QUERY PLAN SELECT rowid FROM events_search_text WHERE events_search_text MATCH '"almaty"'`),
      )
      expect(plan.map((r) => r.detail).join('\n')).toMatch(/VIRTUAL TABLE INDEX/)
    })
  })

if (kind !== 'sqlite')
  test(`no full-text table is read on ${kind}: its own indexes serve the search`, async () => {
    await create({ title: 'Evening of Kazakh cinema' })
    expect(await candidates(ctx.payload, ['kazakh'])).toBeUndefined()
  })
