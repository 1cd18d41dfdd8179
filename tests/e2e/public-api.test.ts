import { EVENT } from '@/seed/data'

import { adminAccount } from './accounts'
import { eventually } from './eventually'
import { BASE_URL, SKIP_REASON } from './browser'
import { startSecondServer } from './server.mjs'

// Needs the built app only (no browser), but runs with the browser tests that start it.
const suite = SKIP_REASON ? describe.skip : describe

const PARTNER = 'https://partner.example'

suite('the API as another site calls it, over HTTP', () => {
  let partnerServer: Awaited<ReturnType<typeof startSecondServer>>
  beforeAll(async () => {
    partnerServer = await startSecondServer({ CORS_ORIGINS: PARTNER, RATE_LIMIT_PER_MINUTE: '40' })
  })
  afterAll(() => partnerServer?.stop())

  test('CORS: a preflight from the listed site is answered, from another refused; answers carry no credentials', async () => {
    const preflight = (origin: string) =>
      fetch(`${partnerServer.baseUrl}/api/events`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'accept' },
      })
    const allowed = await preflight(PARTNER)
    expect(allowed.status).toBe(204)
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PARTNER)
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull()
    const refused = await preflight('https://elsewhere.example')
    expect(refused.status).toBe(403)
    expect(refused.headers.get('access-control-allow-origin')).toBeNull()

    for (const path of [
      '/api/events?limit=1',
      '/feed.json',
      `/api/graphql?query=${encodeURIComponent('{ Tags { totalDocs } }')}`,
    ]) {
      const read = await fetch(`${partnerServer.baseUrl}${path}`, { headers: { Origin: PARTNER } })
      expect([path, read.status, read.headers.get('access-control-allow-origin')]).toEqual([path, 200, PARTNER])
      expect(read.headers.get('access-control-allow-credentials')).toBeNull()
    }
    // The site's own server lists no origin: nothing is allowed there.
    const none = await fetch(`${BASE_URL}/api/events?limit=1`, { headers: { Origin: PARTNER } })
    expect(none.headers.get('access-control-allow-origin')).toBeNull()
  })

  test('ETag and 304 on REST, GraphQL GET, feeds and calendars; a publish changes the ETag', async () => {
    const paths = [
      '/api/events?limit=5',
      // With the count: a new event changes the answer wherever it sorts (other tests publish events too).
      `/api/graphql?query=${encodeURIComponent('{ Events(limit: 5) { totalDocs docs { title } } }')}`,
      '/feed.xml',
      '/events.ics?when=past',
      `/events/${EVENT.slug}/event.ics`,
    ]
    const etags: Record<string, string> = {}
    for (const path of paths) {
      const first = await fetch(`${BASE_URL}${path}`)
      const etag = first.headers.get('etag')
      expect([path, first.status, typeof etag]).toEqual([path, 200, 'string'])
      expect(first.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=\d+/)
      const again = await fetch(`${BASE_URL}${path}`, { headers: { 'If-None-Match': etag! } })
      expect([path, again.status, await again.text()]).toEqual([path, 304, ''])
      etags[path] = etag!
    }
    const { token } = await adminAccount()
    const created = await fetch(`${BASE_URL}/api/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: 'A talk announced to other sites',
        startDate: '2031-05-04T16:00:00.000Z',
        startDate_tz: 'Europe/Berlin',
        endDate: '2031-05-04T18:00:00.000Z',
        endDate_tz: 'Europe/Berlin',
        _status: 'published',
      }),
    })
    expect(created.status).toBe(201)
    const id = (await created.json()).doc.id
    try {
      for (const path of paths.slice(0, 3)) {
        await eventually(async () => {
          const after = await fetch(`${BASE_URL}${path}`, { headers: { 'If-None-Match': etags[path] } })
          expect([path, after.status]).toEqual([path, 200])
          expect(after.headers.get('etag')).not.toBe(etags[path])
        })
      }
    } finally {
      await fetch(`${BASE_URL}/api/events/${id}`, { method: 'DELETE', headers: { Authorization: `JWT ${token}` } })
    }
  })

  test('anonymous REST and GraphQL reads, feeds and calendars are kept by the app and forgotten at a change’s commit', async () => {
    const path = '/api/tags?limit=100&depth=0&sort=-createdAt'
    const read = async (headers: Record<string, string> = {}) => {
      const res = await fetch(`${BASE_URL}${path}`, { headers })
      return {
        state: res.headers.get('x-api-cache'),
        names: ((await res.json()).docs as Array<{ name: string }>).map((d) => d.name),
      }
    }
    await read()
    const kept = await read()
    expect(kept.state).toBe('HIT')
    const graphql = `/api/graphql?query=${encodeURIComponent('{ Tags(limit: 3) { docs { name } } }')}`
    for (const feed of ['/feed.xml', '/events.ics?when=past', graphql]) {
      await fetch(`${BASE_URL}${feed}`)
      expect([feed, (await fetch(`${BASE_URL}${feed}`)).headers.get('x-api-cache')]).toEqual([feed, 'HIT'])
    }

    const { token } = await adminAccount()
    const signedIn = await read({ Authorization: `JWT ${token}` })
    expect(signedIn.state).toBeNull()
    const broken = `/api/graphql?query=${encodeURIComponent('{ Tags { nothingHere } }')}`
    for (const other of ['/api/tags/999999999', '/api/users/me', '/api/events/versions', broken, broken])
      expect([other, (await fetch(`${BASE_URL}${other}`)).headers.get('x-api-cache')]).toEqual([other, null])

    const name = `Kept answers ${Date.now()}`
    const created = await fetch(`${BASE_URL}/api/tags`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ name }),
    })
    expect(created.status).toBe(201)
    const id = (await created.json()).doc.id
    try {
      // The change's answer came after its commit and the expiry: the very next read is fresh.
      const after = await read()
      expect(after.state).toBe('MISS')
      expect(after.names[0]).toBe(name)
      expect((await read()).state).toBe('HIT')
    } finally {
      await fetch(`${BASE_URL}/api/tags/${id}`, { method: 'DELETE', headers: { Authorization: `JWT ${token}` } })
    }
    const deleted = await read()
    expect(deleted.names).not.toContain(name)
  })

  test('limits: a page above 100 and relations deeper than 3 are refused with a reason', async () => {
    const big = await fetch(`${BASE_URL}/api/events?limit=101`)
    expect(big.status).toBe(400)
    expect(JSON.stringify(await big.json())).toContain('from 1 to 100 for a caller without an account')
    const deep = await fetch(`${BASE_URL}/api/events?depth=4`)
    expect(deep.status).toBe(400)
    expect(JSON.stringify(await deep.json())).toContain('from 0 to 3 for a caller without an account')
    const all = await fetch(`${BASE_URL}/api/tags?pagination=false`)
    expect(all.status).toBe(400)
  })

  test('GraphQL over GET runs queries only', async () => {
    const mutation = await fetch(
      `${BASE_URL}/api/graphql?query=${encodeURIComponent('mutation { deleteTag(id: 1) { id } }')}`,
    )
    expect(mutation.status).toBe(405)
    expect(mutation.headers.get('allow')).toBe('POST')
  })

  test('past the rate limit an address gets 429 with Retry-After and RateLimit headers', async () => {
    let last: Response | undefined
    for (let i = 0; i < 45; i += 1) {
      last = await fetch(`${partnerServer.baseUrl}/api/tags?limit=1`)
      if (last.status === 429) break
    }
    expect(last?.status).toBe(429)
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(last?.headers.get('ratelimit-limit')).toBe('40')
    expect(last?.headers.get('ratelimit-remaining')).toBe('0')
    expect(JSON.stringify(await last?.json())).toContain('40 a minute are allowed')
  })
})
