import { randomUUID } from 'node:crypto'

import { adminAccount } from './accounts'
import { notRun, SKIP_REASON } from './browser'
import { jwt, rest } from './rest'
import { freePort, startSecondServer } from './server.mjs'
import { startVarnish, varnishd } from './varnish'

const binary = varnishd()
// CI installs Varnish (.ci/run): there it must run.
if (!binary.path) notRun('CACHE-IN-FRONT TESTS', binary.problem!)
const suite = SKIP_REASON || !binary.path ? describe.skip : describe

/**
 * The recommended production path: Varnish in front (deploy/varnish/default.vcl) keeps anonymous answers and
 * the app purges them by key when a change touches them, so a reader through the cache sees the change at once.
 */
suite('answers kept by Varnish in front and purged by key on change', () => {
  let app: Awaited<ReturnType<typeof startSecondServer>>
  let varnish: Awaited<ReturnType<typeof startVarnish>>
  let admin: { token: string }
  const tagName = `Kept in front ${randomUUID().slice(0, 6)}`
  let tag: { id: number; slug: string }

  const viaCache = async (path: string) => {
    const res = await fetch(`${varnish.url}${path}`)
    return { status: res.status, cache: res.headers.get('x-cache'), text: await res.text() }
  }
  const toApp = async (method: string, path: string, json: unknown) => {
    const res = await rest(`${app.baseUrl}${path}`, method, { json, authorization: jwt(admin.token) })
    expect([path, res.status]).toEqual([path, method === 'POST' ? 201 : 200])
    return res.body.doc
  }

  beforeAll(async () => {
    const port = await freePort()
    app = await startSecondServer({ CACHE_PURGE_URL: `http://127.0.0.1:${port}/` })
    varnish = await startVarnish(binary.path!, port, Number(new URL(app.baseUrl).port))
    admin = await adminAccount()
    tag = await toApp('POST', '/api/tags', { name: tagName })
  }, 90_000)
  afterAll(async () => {
    await varnish?.stop()
    await app?.stop()
  })

  test('an anonymous read is kept and served from the cache; a change purges it before the change is answered', async () => {
    const path = `/api/tags?depth=0&where[slug][equals]=${tag.slug}`
    expect(await viaCache(path)).toMatchObject({ status: 200, cache: 'MISS' })
    const kept = await viaCache(path)
    expect(kept).toMatchObject({ status: 200, cache: 'HIT' })
    expect(kept.text).toContain(tagName)

    await toApp('PATCH', `/api/tags/${tag.id}`, { name: `${tagName} renamed` })
    const fresh = await viaCache(path)
    expect(fresh).toMatchObject({ status: 200, cache: 'MISS' })
    expect(fresh.text).toContain(`${tagName} renamed`)
  })

  test('a publish reaches feeds and lists read through the cache within a second', async () => {
    const feed = '/feed.json'
    await viaCache(feed)
    expect((await viaCache(feed)).cache).toBe('HIT')
    const title = `Published behind Varnish ${randomUUID().slice(0, 6)}`
    await toApp('POST', '/api/events', {
      _status: 'published',
      title,
      startDate: '2031-09-01T08:00:00.000Z',
      startDate_tz: 'Europe/Berlin',
      endDate: '2031-09-01T10:00:00.000Z',
      endDate_tz: 'Europe/Berlin',
      tags: [tag.id],
    })
    // Purged at the commit, and once more a second later (Next applies its own expiry just after answering).
    const published = Date.now()
    let seen = ''
    while (Date.now() - published < 1500 && !seen.includes(title)) seen = (await viaCache(feed)).text
    expect(seen).toContain(title)
    await new Promise((r) => setTimeout(r, 1200))
    expect((await viaCache(feed)).text).toContain(title)
    expect((await viaCache(`/api/events?depth=0&sort=-createdAt&limit=1`)).text).toContain(title)
  })

  test('a page is kept in front, the same for every reader, and a change to what it shows reaches it within a second', async () => {
    const title = `Page behind Varnish ${randomUUID().slice(0, 6)}`
    const event = await toApp('POST', '/api/events', {
      _status: 'published',
      title,
      startDate: '2031-10-01T08:00:00.000Z',
      startDate_tz: 'Europe/Berlin',
      endDate: '2031-10-01T10:00:00.000Z',
      endDate_tz: 'Europe/Berlin',
      tags: [tag.id],
    })
    const page = `/events/${event.slug}`
    expect(await viaCache(page)).toMatchObject({ status: 200 })
    const kept = await viaCache(page)
    expect(kept).toMatchObject({ status: 200, cache: 'HIT' })
    expect(kept.text).toContain(title)

    await toApp('PATCH', `/api/events/${event.id}`, { title: `${title} moved` })
    const changed = Date.now()
    let seen = ''
    while (Date.now() - changed < 1500 && !seen.includes(`${title} moved`)) seen = (await viaCache(page)).text
    expect(seen).toContain(`${title} moved`)
    await new Promise((r) => setTimeout(r, 1200))
    expect((await viaCache(page)).text).toContain(`${title} moved`)
    // The tag's archive lists it under its new title too.
    expect((await viaCache(`/tags/${tag.slug}`)).text).toContain(`${title} moved`)
  })

  test('signed-in reads and writes pass through; only the app may purge', async () => {
    const res = await fetch(`${varnish.url}/api/users/me`, { headers: { authorization: jwt(admin.token) } })
    expect(res.headers.get('x-cache')).toBe('MISS')
    expect((await res.json()).user).not.toBeNull()
    const kept = await fetch(`${varnish.url}/api/tags?depth=0&limit=1`)
    expect(kept.headers.get('xkey')).toBeNull()
    expect(kept.headers.get('surrogate-key')).toContain('list:tags')
  })
})
