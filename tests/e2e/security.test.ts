import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { EVENT } from '@/seed/data'

import { BASE_URL, closeBrowser, openBrowser, type Session, SKIP_REASON } from './browser'

const suite = SKIP_REASON ? describe.skip : describe

const head = async (path: string) => (await fetch(`${BASE_URL}${path}`)).headers

suite('security headers and request limits of the running site', () => {
  let session: Session
  beforeAll(async () => {
    session = await openBrowser()
  })
  afterAll(() => closeBrowser(session))

  test('every kind of response carries the fixed headers', async () => {
    for (const path of [
      '/',
      `/events/${EVENT.slug}`,
      '/fr/tags/climate',
      '/admin',
      '/api/events',
      '/feed.xml',
      '/robots.txt',
    ]) {
      const headers = await head(path)
      expect({ path, nosniff: headers.get('x-content-type-options') }).toEqual({ path, nosniff: 'nosniff' })
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(headers.get('permissions-policy')).toContain('camera=()')
      expect(headers.get('x-frame-options')).toBe('DENY')
      // The admin's colour-scheme hints stay in the admin: on a page they make Chrome restart the navigation.
      expect({ path, hints: headers.get('critical-ch') }).toEqual({
        path,
        hints: path.startsWith('/admin') ? 'Sec-CH-Prefers-Color-Scheme' : null,
      })
    }
  })

  test('what is not a page runs nothing: site-wide files, the embed’s data, redirects and image answers', async () => {
    const runsNothing = "default-src 'none'"
    for (const path of [
      '/sitemap.xml',
      '/sitemaps/0.xml',
      '/robots.txt',
      '/manifest.webmanifest',
      '/embed/events.json',
      '/_next/image?url=%2Fnot-there.jpg&w=640&q=75',
      '/_next/image?url=https%3A%2F%2Fevil.example%2Fx.jpg&w=640&q=75',
    ]) {
      const res = await fetch(`${BASE_URL}${path}`, { redirect: 'manual' })
      expect({ path, csp: res.headers.get('content-security-policy') }).toEqual({
        path,
        csp: expect.stringContaining(runsNothing),
      })
    }
    for (const path of ['/en/events', '/tags/climate?page=2', '/favicon.ico']) {
      const res = await fetch(`${BASE_URL}${path}`, { redirect: 'manual' })
      expect({ path, status: res.status }).toEqual({ path, status: 308 })
      expect(res.headers.get('content-security-policy')).toContain(runsNothing)
    }
  })

  test('the admin has the site’s icon, and /favicon.ico leads to it', async () => {
    const login = await (await fetch(`${BASE_URL}/admin/login`)).text()
    expect(login).toMatch(/<link[^>]+rel="icon"[^>]+href="\/icon\.svg"|<link[^>]+href="\/icon\.svg"[^>]+rel="icon"/)
    const icon = await fetch(`${BASE_URL}/favicon.ico`)
    expect(icon.status).toBe(200)
    expect(icon.headers.get('content-type')).toContain('image/svg+xml')
  })

  test('a page is the same bytes and policy for every reader and runs no script; the admin has a fresh nonce; the API runs nothing', async () => {
    const read = async () => {
      const res = await fetch(`${BASE_URL}/events/${EVENT.slug}`)
      return { policy: res.headers.get('content-security-policy') ?? '', page: await res.text() }
    }
    const [first, second] = [await read(), await read()]
    // Any cache may keep the page for everyone: nothing in it or its headers is made for one response.
    expect(second.policy).toBe(first.policy)
    expect(second.page).toBe(first.page)
    expect(first.page).not.toMatch(/nonce=/)
    expect(/ script-src ([^;]*)/.exec(first.policy)?.[1]).toBe("'none'")
    expect(first.page).not.toMatch(/<script(?![^>]*application\/ld\+json)/)
    expect(first.policy).toContain("frame-ancestors 'none'")
    // A browser revalidating its copy gets a 304, with the same policy.
    const etag = (await fetch(`${BASE_URL}/events/${EVENT.slug}`)).headers.get('etag') ?? ''
    // (as a browser revalidates: fetch() would otherwise add Cache-Control: no-cache, which asks for the page again)
    const unchanged = await fetch(`${BASE_URL}/events/${EVENT.slug}`, {
      headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' },
    })
    expect([unchanged.status, unchanged.headers.get('content-security-policy')]).toEqual([304, first.policy])

    const admin = [
      (await head('/admin')).get('content-security-policy'),
      (await head('/admin')).get('content-security-policy'),
    ]
    expect(admin[0]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/)
    expect(admin[0]).toContain("frame-ancestors 'none'")
    expect(admin[0]).not.toBe(admin[1])
    expect((await head('/api/events')).get('content-security-policy')).toContain("default-src 'none'")
  })

  test('the pages run without a single CSP violation, and the admin will not open in a frame', async () => {
    const page = await session.context.newPage()
    const violations: string[] = []
    page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()))
    for (const path of ['/', `/events/${EVENT.slug}`, '/fr/events', '/search?q=almaty']) await page.goto(path)
    await page.goto('/admin')
    expect(violations).toEqual([])
    // A page on another origin framing the admin login gets an error page instead.
    const foreign = http.createServer((_req, res) =>
      res.end(`<html><body><iframe src="${BASE_URL}/admin/login"></iframe></body></html>`),
    )
    await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve))
    const { port } = foreign.address() as AddressInfo
    const blocked: string[] = []
    page.on('console', (m) => m.text().includes('frame-ancestors') && blocked.push(m.text()))
    await page.goto(`http://127.0.0.1:${port}/`)
    await page.waitForTimeout(1000)
    foreign.close()
    const framed = page.frames().filter((f) => f !== page.mainFrame())
    expect(framed.map((f) => f.url())).toEqual(['chrome-error://chromewebdata/'])
    expect(blocked.length).toBeGreaterThan(0)
    await page.close()
  })

  test('an anonymous GraphQL flood is refused at once and stalls nobody', async () => {
    const query = `{${Array.from({ length: 200_000 }, (_, i) => `a${i}:__typename`).join(' ')}}`
    const started = Date.now()
    const flood = fetch(`${BASE_URL}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    })
    const other = await fetch(`${BASE_URL}/api/tags?limit=1`)
    const res = await flood
    const elapsed = Date.now() - started
    expect(res.status).toBe(413)
    expect((await res.json()).errors[0].message).toMatch(/bytes/)
    expect(elapsed).toBeLessThan(1000)
    expect(other.status).toBe(200)
  })

  test('the GraphQL playground is off in production', async () => {
    expect((await fetch(`${BASE_URL}/api/graphql-playground`)).status).toBe(404)
  })

  test('uploaded files are served with nosniff and a sandboxing CSP', async () => {
    const { docs } = await (await fetch(`${BASE_URL}/api/photos?limit=1`)).json()
    const headers = await head(docs[0].url.replace(/^https?:\/\/[^/]+/, ''))
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('content-security-policy')).toContain('sandbox')
  })
})
