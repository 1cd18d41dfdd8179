import ical from 'node-ical'
import Parser from 'rss-parser'

import { eventData } from '../helpers/fixtures'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
const logged: string[] = []
let restoreError: () => void

/** Writes straight to the tables, past every hook: what an old row, a manual fix or a bad import leaves. */
const raw = (statement: string) => {
  const db = ctx.payload.db as unknown as {
    drizzle: unknown
    execute(a: { drizzle: unknown; raw: string }): Promise<unknown>
  }
  return db.execute({ drizzle: db.drizzle, raw: statement })
}

beforeAll(async () => {
  ctx = await startPayload()
  const original = console.error
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '))
  restoreError = () => (console.error = original)
  const upcoming = { startDate: '2031-03-01T09:00:00.000Z', endDate: '2031-03-01T17:00:00.000Z' }
  for (const title of ['Good one', 'Good two', 'Broken title', 'Broken zone', 'Broken date']) {
    await ctx.payload.create({
      collection: 'events',
      data: eventData({ title, slug: title.toLowerCase().replace(' ', '-'), ...upcoming }),
    })
  }
  await raw(`UPDATE events_locales SET title = NULL WHERE title = 'Broken title'`)
  await raw(`UPDATE events SET slug = NULL WHERE slug = 'broken-title'`)
  // PostgreSQL keeps zones in an enum column: a bad zone cannot be stored there at all.
  if (ctx.db.kind === 'sqlite') {
    await raw(
      `UPDATE events SET startdate_tz = 'Mars/Olympus_Mons', enddate_tz = 'Mars/Olympus_Mons' WHERE slug = 'broken-zone'`,
    )
    await raw(`UPDATE events SET start_date = 'soon' WHERE slug = 'broken-date'`)
  }
})
afterAll(async () => {
  restoreError()
  await stopPayload(ctx)
})

const params = (extra: Record<string, string> = {}) => ({
  params: Promise.resolve({ locale: 'en', slug: '', ...extra }),
})
const request = (path: string) => new Request(`http://localhost:3000${path}`)

describe('one bad document never takes a list, feed or calendar down', () => {
  test('/events.ics lists the good events and reports the bad ones', async () => {
    const { GET } = await import('../../app/(site)/[locale]/events.ics/route')
    const res = await GET(request('/events.ics'), params())
    expect(res.status).toBe(200)
    const summaries = Object.values(ical.sync.parseICS(await res.text()))
      .filter((c) => c?.type === 'VEVENT')
      .map((c) => (c as ical.VEvent).summary)
    expect(summaries).toEqual(expect.arrayContaining(['Good one', 'Good two']))
    expect(summaries).not.toContain('Broken title')
    expect(logged.join('\n')).toMatch(/skipped/i)
  })

  test.each(['feed.xml', 'atom.xml'])('/%s parses and carries the good events', async (file) => {
    const { GET } = await import(`../../app/(site)/[locale]/${file}/route`)
    const res = await GET(request(`/${file}`), params())
    expect(res.status).toBe(200)
    const feed = await new Parser().parseString(await res.text())
    const titles = feed.items.map((i) => i.title)
    expect(titles).toEqual(expect.arrayContaining(['Good one', 'Good two']))
    expect(titles).not.toContain(undefined)
  })

  test('the sitemap leaves out what has no address', async () => {
    const { GET } = await import('../../app/sitemaps/[part]/route')
    const res = await GET(request('/sitemaps/1.xml'), { params: Promise.resolve({ part: '1.xml' }) })
    expect(res.status).toBe(200)
    const urls = [...(await res.text()).matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])
    expect(urls.some((u) => u.endsWith('/events/good-one'))).toBe(true)
    expect(urls.filter((u) => u.endsWith('/events/'))).toEqual([])
  })

  test('an event with a broken zone still gets its own calendar entry, in UTC', async () => {
    if (ctx.db.kind !== 'sqlite') return
    const { GET } = await import('../../app/(site)/[locale]/events/[slug]/event.ics/route')
    const res = await GET(request('/events/broken-zone/event.ics'), params({ slug: 'broken-zone' }))
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('SUMMARY:Broken zone')
  })
})
