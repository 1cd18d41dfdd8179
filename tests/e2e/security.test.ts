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

  test('pages and the admin: a CSP with a fresh nonce per response and no framing; the API runs nothing', async () => {
    const first = (await head(`/events/${EVENT.slug}`)).get('content-security-policy') ?? ''
    const second = (await head(`/events/${EVENT.slug}`)).get('content-security-policy') ?? ''
    expect(first).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/)
    expect(first).toContain("frame-ancestors 'none'")
    expect(first).not.toContain("'unsafe-inline' 'nonce")
    expect(first).not.toBe(second)
    const page = await (await fetch(`${BASE_URL}/events/${EVENT.slug}`)).text()
    const nonces = [...page.matchAll(/<script[^>]*nonce="([^"]+)"/g)].map((m) => m[1])
    const inline = [...page.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)([^>]*)>/g)]
    expect(inline.every((m) => /nonce="/.test(m[1]))).toBe(true)
    expect(new Set(nonces).size).toBe(1)
    expect((await head('/admin')).get('content-security-policy')).toContain("frame-ancestors 'none'")
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
