import http from 'node:http'
import { gunzipSync } from 'node:zlib'

import ical from 'node-ical'
import Parser from 'rss-parser'

import { EVENT } from '@/seed/data'

import { adminAccount } from './accounts'
import { BASE_URL, SKIP_REASON } from './browser'
import { jwt, rest } from './rest'

// Skipped only where no Chromium exists outside CI (the server is started with the browser tests).
const suite = SKIP_REASON ? describe.skip : describe

async function get(path: string) {
  const res = await fetch(`${BASE_URL}${path}`)
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() }
}

/** The answer's bytes as they came over the wire, not decompressed (fetch would). */
function raw(path: string, headers: Record<string, string>, method = 'GET') {
  return new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(`${BASE_URL}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

const vevents = (text: string) =>
  Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === 'VEVENT')

suite('feeds, calendars, sitemap and robots of the running site', () => {
  test('the event’s .ics opens in a calendar client', async () => {
    const res = await get(`/events/${EVENT.slug}/event.ics`)
    expect(res.status).toBe(200)
    expect(res.type).toContain('text/calendar')
    const [event] = vevents(res.text)
    expect(event.summary).toBe(EVENT.title)
    expect(event.datetype).toBe('date')
    expect(res.text).toContain('DTSTART;VALUE=DATE:20240625')
    expect(res.text).toContain('DTEND;VALUE=DATE:20240627')
    expect(event.categories).toContain('Climate')
  })

  test('a timed event’s calendar describes every zone it names, from the server’s own rules (Almaty at +05:00)', async () => {
    const { token } = await adminAccount()
    const res = await rest(`${BASE_URL}/api/events`, 'POST', {
      authorization: jwt(token),
      json: {
        _status: 'published',
        title: `Evening in Almaty ${Date.now()}`,
        startDate: '2027-03-10T13:30:00.000Z',
        startDate_tz: 'Asia/Almaty',
        endDate: '2027-03-10T15:00:00.000Z',
        endDate_tz: 'Asia/Almaty',
      },
    })
    expect(res.status).toBe(201)
    const { doc } = res.body
    const ics = await get(`/events/${doc.slug}/event.ics`)
    expect(ics.text).toContain('DTSTART;TZID=Asia/Almaty:20270310T183000')
    const named = new Set([...ics.text.matchAll(/;TZID=([^:;]+)/g)].map((m) => m[1]))
    expect([...named]).toEqual(['Asia/Almaty'])
    for (const zone of named) expect(ics.text).toContain(`BEGIN:VTIMEZONE\r\nTZID:${zone}\r\n`)
    expect(ics.text).toContain('TZOFFSETTO:+0500')
    expect(ics.text).not.toContain('TZOFFSETTO:+0600')
    expect(vevents(ics.text)[0].start.toISOString()).toBe('2027-03-10T13:30:00.000Z')
  })

  test('/events.ics carries upcoming events only, and takes the list filters', async () => {
    const all = await get('/events.ics')
    expect(all.status).toBe(200)
    expect(vevents(all.text).map((e) => e.summary)).not.toContain(EVENT.title)

    // Two upcoming events, one of them under a tag of its own: the tag's calendar holds that one only.
    const { token } = await adminAccount()
    const stamp = Date.now()
    const tag = (
      await rest(`${BASE_URL}/api/tags`, 'POST', {
        authorization: jwt(token),
        json: { name: `Calendar topic ${stamp}` },
      })
    ).body.doc
    const made: Array<{ id: number; title: string }> = []
    for (const [title, tags] of [
      [`Tagged evening ${stamp}`, [tag.id]],
      [`Untagged evening ${stamp}`, []],
    ] as const) {
      const res = await rest(`${BASE_URL}/api/events`, 'POST', {
        authorization: jwt(token),
        json: {
          _status: 'published',
          title,
          startDate: '2031-09-10T17:00:00.000Z',
          startDate_tz: 'Europe/Brussels',
          endDate: '2031-09-10T19:00:00.000Z',
          endDate_tz: 'Europe/Brussels',
          tags,
        },
      })
      expect(res.status).toBe(201)
      made.push({ id: res.body.doc.id, title })
    }
    try {
      const summaries = async (path: string) => {
        for (let i = 0; ; i += 1) {
          const res = await get(path)
          expect(res.status).toBe(200)
          const found = vevents(res.text).map((e) => String(e.summary))
          if (found.some((t) => t.endsWith(String(stamp))) || i === 20) return found
          await new Promise((resolve) => setTimeout(resolve, 250))
        }
      }
      const byTag = await summaries(`/events.ics?tag=${tag.slug}`)
      expect(byTag).toEqual([`Tagged evening ${stamp}`])
      // The same filter in French, where the calendar's events keep their (English) titles.
      expect(await summaries(`/fr/events.ics?tag=${tag.slug}`)).toEqual([`Tagged evening ${stamp}`])
      const every = await summaries('/events.ics')
      expect(every).toEqual(expect.arrayContaining([`Tagged evening ${stamp}`, `Untagged evening ${stamp}`]))
      // A tag no event has: a calendar without events, as /events shows none.
      expect(vevents((await get('/events.ics?tag=no-such-tag')).text)).toEqual([])
    } finally {
      for (const { id } of made) await rest(`${BASE_URL}/api/events/${id}`, 'DELETE', { authorization: jwt(token) })
    }
  })

  test('RSS, Atom and the tag feed are read by rss-parser', async () => {
    const parser = new Parser()
    const rss = await parser.parseString((await get('/feed.xml')).text)
    expect(rss.items.map((i) => i.title)).toContain(EVENT.title)
    const atom = await parser.parseString((await get('/fr/atom.xml')).text)
    expect(atom.items.map((i) => i.title)).toContain(EVENT.titleTranslations.fr)
    const tag = await parser.parseString((await get('/tags/climate/feed.xml')).text)
    expect(tag.items.map((i) => i.title)).toEqual([EVENT.title])
    expect((await get('/tags/no-such-tag/feed.xml')).status).toBe(404)
  })

  test('a sitemap file is built once per change and kept whole; it goes out compressed', async () => {
    const file = async () => {
      const res = await fetch(`${BASE_URL}/sitemaps/1.xml`, { headers: { 'accept-encoding': 'gzip' } })
      return {
        kept: res.headers.get('x-api-cache'),
        encoding: res.headers.get('content-encoding'),
        xml: await res.text(),
      }
    }
    await file()
    const again = await file()
    expect(again).toMatchObject({ kept: 'HIT', encoding: 'gzip' })
    expect(again.xml.startsWith('<?xml')).toBe(true)
    expect(again.xml).toContain(`${BASE_URL}/events/${EVENT.slug}</loc>`)
    const { token } = await adminAccount()
    const created = await rest(`${BASE_URL}/api/events`, 'POST', {
      authorization: jwt(token),
      json: {
        _status: 'published',
        title: `Sitemap evening ${Date.now()}`,
        startDate: '2027-04-10T16:00:00.000Z',
        startDate_tz: 'Europe/Berlin',
        endDate: '2027-04-10T18:00:00.000Z',
        endDate_tz: 'Europe/Berlin',
      },
    })
    expect(created.status).toBe(201)
    const changed = await file()
    expect(changed.kept).toBe('MISS')
    expect(changed.xml).toContain(`${BASE_URL}/events/${created.body.doc.slug}</loc>`)
    expect((await file()).kept).toBe('HIT')
  })

  test('a kept sitemap file leaves in the compression it is kept in, and plain to a client that takes none', async () => {
    await get('/sitemaps/1.xml')
    const taking = await raw('/sitemaps/1.xml', { 'accept-encoding': 'br, gzip' })
    expect(taking.headers['content-encoding']).toBe('gzip')
    expect(Number(taking.headers['content-length'])).toBe(taking.body.length)
    const xml = gunzipSync(taking.body).toString('utf8')
    expect(xml).toContain(`${BASE_URL}/events/${EVENT.slug}</loc>`)
    expect(taking.headers.vary?.toLowerCase()).toContain('accept-encoding')
    const plain = await raw('/sitemaps/1.xml', {})
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString('utf8')).toBe(xml)
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length)
    const head = await raw('/sitemaps/1.xml', { 'accept-encoding': 'gzip' }, 'HEAD')
    expect(head.headers['content-encoding']).toBe('gzip')
    expect(head.body.length).toBe(0)
  })

  test('the sitemap lists the event in every language; robots keeps /admin out', async () => {
    const index = await get('/sitemap.xml')
    expect(index.type).toContain('application/xml')
    const files = [...index.text.matchAll(/<sitemap><loc>([^<]*)<\/loc>/g)].map((m) => m[1])
    expect(files).toEqual([`${BASE_URL}/sitemaps/0.xml`, `${BASE_URL}/sitemaps/1.xml`])
    const [site, events] = await Promise.all(files.map((f) => get(f.slice(BASE_URL.length))))
    expect(site.text).toContain(`${BASE_URL}/fr/tags/climate</loc>`)
    for (const prefix of ['', '/fr', '/de'])
      expect(events.text).toContain(`${BASE_URL}${prefix}/events/${EVENT.slug}</loc>`)
    expect(events.text).toContain('hreflang="fr"')
    expect((await get('/sitemaps/2.xml')).status).toBe(404)
    const robots = await get('/robots.txt')
    expect(robots.text).toMatch(/Disallow: \/admin/)
    expect(robots.text).toContain(`Sitemap: ${BASE_URL}/sitemap.xml`)
  })
})
