import http from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'

import { adminAccount } from './accounts'
import { eventually } from './eventually'
import { BASE_URL, closeBrowser, openBrowser, type Session, SKIP_REASON } from './browser'

// Skipped only where no Chromium exists outside CI; the global setup prints why, in a banner (in CI it fails).
const suite = SKIP_REASON ? describe.skip : describe

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const CLUSTER = 'eunic-kazakhstan'
const TITLE = 'Open-air cinema in Almaty'

type Violation = { id: string; nodes: { target: string[] }[] }

suite('the events list other sites embed', () => {
  let session: Session
  let token = ''
  let eventId = 0
  beforeAll(async () => {
    session = await openBrowser()
    token = (await adminAccount()).token
    const auth = { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }
    const clusters = await (await fetch(`${BASE_URL}/api/clusters?where[slug][equals]=${CLUSTER}`)).json()
    const created = await fetch(`${BASE_URL}/api/events`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        title: TITLE,
        startDate: '2031-07-10T14:00:00.000Z',
        startDate_tz: 'Asia/Almaty',
        endDate: '2031-07-10T17:00:00.000Z',
        endDate_tz: 'Asia/Almaty',
        venue: { city: 'Almaty', country: 'KZ' },
        clusters: [clusters.docs[0].id],
        _status: 'published',
      }),
    })
    expect(created.status).toBe(201)
    eventId = (await created.json()).doc.id
    await eventually(async () =>
      expect(await (await fetch(`${BASE_URL}/embed/events?cluster=${CLUSTER}`)).text()).toContain(TITLE),
    )
  })
  afterAll(async () => {
    await fetch(`${BASE_URL}/api/events/${eventId}`, { method: 'DELETE', headers: { Authorization: `JWT ${token}` } })
    await closeBrowser(session)
  })

  test('a small page any site may frame: no script, no cookie, links open the full pages in a new tab', async () => {
    const res = await fetch(`${BASE_URL}/embed/events?cluster=${CLUSTER}&locale=fr`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('x-frame-options')).toBeNull()
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/)
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
    expect(res.headers.get('set-cookie')).toBeNull()
    const html = await res.text()
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain(`href="${BASE_URL}/fr/events/`)
    expect(html).toMatch(
      /target="_blank" rel="noopener">Open-air cinema in Almaty<span class="vh"> \(s’ouvre dans un nouvel onglet\)/,
    )
    // Every other page of the site refuses to be framed.
    expect((await fetch(`${BASE_URL}/clusters/${CLUSTER}`)).headers.get('x-frame-options')).toBe('DENY')
    // Cacheable like every public read.
    const again = await fetch(`${BASE_URL}/embed/events?cluster=${CLUSTER}&locale=fr`, {
      headers: { 'If-None-Match': res.headers.get('etag') ?? '' },
    })
    expect(again.status).toBe(304)
  })

  test('framed by another page, it shows, and axe finds nothing in either theme', async () => {
    for (const theme of ['light', 'dark']) {
      let page = await session.context.newPage()
      await page.setViewportSize({ width: 390, height: 844 })
      const src = `${BASE_URL}/embed/events?cluster=${CLUSTER}&theme=${theme}`
      // A partner's page on another origin.
      const partner = http.createServer((_req, res) => {
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        res.end(
          `<!doctype html><html lang="en"><title>Partner</title><iframe src="${src}" title="Events" width="360" height="480"></iframe></html>`,
        )
      })
      await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve))
      await page.goto(`http://127.0.0.1:${(partner.address() as AddressInfo).port}/`)
      const frame = page.frameLocator('iframe')
      expect(await frame.locator('h1').textContent()).toBe('Upcoming events · EUNIC Kazakhstan')
      expect(await frame.getByRole('link', { name: new RegExp(TITLE) }).count()).toBe(1)
      partner.close()
      await page.close()
      // The page lets no script run, axe included: the checking browser is told to look past its CSP.
      const checking = await session.browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } })
      page = await checking.newPage()
      await page.goto(src)
      await page.addScriptTag({ path: AXE })
      const violations = (await page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: unknown[] }> } }
        ).axe
        return (
          await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
        ).violations
      })) as Violation[]
      expect([theme, violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)]).toEqual([
        theme,
        [],
      ])
      await checking.close()
    }
  })

  test('the same list as JSON Feed; bad parameters and unknown lists are refused by name', async () => {
    const feed = await (await fetch(`${BASE_URL}/embed/events.json?cluster=${CLUSTER}`)).json()
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.items.map((i: { title: string }) => i.title)).toContain(TITLE)
    const bad = await fetch(`${BASE_URL}/embed/events?limit=500`)
    expect([bad.status, await bad.text()]).toEqual([400, 'limit must be a whole number from 1 to 50, not "500".'])
    const missing = await fetch(`${BASE_URL}/embed/events.json?tag=no-such-tag`)
    expect(missing.status).toBe(404)
    expect((await missing.json()).errors[0].message).toBe('There is no tag "no-such-tag".')
  })

  test('cluster and tag pages give the code to copy', async () => {
    const page = await session.context.newPage()
    await page.goto(`/clusters/${CLUSTER}`)
    await page.getByText('Show these events on your website').click()
    const code = await page.locator('.embed-snippet code').textContent()
    expect(code).toContain(`<iframe src="${BASE_URL}/embed/events?cluster=${CLUSTER}"`)
    expect(code).toContain('title="Upcoming events · EUNIC Kazakhstan"')
    await page.goto('/de/tags/climate')
    expect(await page.locator('.embed-snippet code').textContent()).toContain('/embed/events?tag=climate&amp;locale=de')
    await page.close()
  })
})
