import { account, signIn } from './accounts'
import { BASE_URL, closeBrowser, openBrowser, SCREENSHOT_DIR, type Session, SKIP_REASON } from './browser'

const suite = SKIP_REASON ? describe.skip : describe

suite('previewing an event while editing it', () => {
  let session: Session
  beforeAll(async () => {
    session = await openBrowser({ width: 1600, height: 1000 })
  })
  afterAll(() => closeBrowser(session))

  test('a labelled Preview, and the live page beside the form at phone, tablet and desktop widths', async () => {
    const editor = await account('editor')
    const title = `Film evening ${Date.now()}`
    const res = await fetch(`${BASE_URL}/api/events?draft=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editor.token}` },
      body: JSON.stringify({
        _status: 'draft',
        title,
        startDate: '2031-10-10T17:00:00.000Z',
        endDate: '2031-10-10T19:00:00.000Z',
      }),
    })
    const { doc } = await res.json()
    const page = await session.context.newPage()
    await signIn(page, editor.email, editor.password)
    await page.goto(`${BASE_URL}/admin/collections/events/${doc.id}`)

    const preview = page.locator('a.preview-link')
    await preview.waitFor()
    expect((await preview.innerText()).trim()).toMatch(/^Preview/)
    expect(await preview.getAttribute('href')).toBe(`/preview?path=${encodeURIComponent(`/events/${doc.slug}`)}`)

    await page.locator('.live-preview-toggler').click()
    const frame = page.frameLocator('iframe.live-preview-iframe, .live-preview-window iframe').first()
    await frame.locator('h1', { hasText: title }).waitFor({ timeout: 20_000 })

    for (const [label, width] of [
      ['Phone', 390],
      ['Tablet', 768],
      ['Desktop', 1280],
    ] as const) {
      await page.locator('.live-preview-toolbar-controls__breakpoint .popup-button').click()
      await page.locator('.popup-button-list__button', { hasText: label }).click()
      expect(await page.locator('input[name="live-preview-width"]').inputValue()).toBe(String(width))
      // The page inside the frame is laid out at the breakpoint's width (the toolbar may zoom it out to fit).
      await expect_(
        async () => String(await frame.locator('html').evaluate(() => window.innerWidth)),
        new RegExp(`^${width}$`),
      )
      await frame.locator('h1', { hasText: title }).waitFor()
      await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-live-preview-${label.toLowerCase()}.png` })
    }

    // Only the preview (draft mode, this address) may be framed, and only by this address.
    const framed = (await page.request.get(`${BASE_URL}/events/${doc.slug}`)).headers()
    expect(framed['content-security-policy']).toContain("frame-ancestors 'self'")
    expect(framed['x-frame-options']).toBe('SAMEORIGIN')
    // Its scripts are the ones Next stamped with this response's nonce, not every inline script the page holds.
    const scripts = / script-src ([^;]*)/.exec(framed['content-security-policy'])?.[1] ?? ''
    expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]+'/)
    expect(scripts).not.toMatch(/sha256-/)
    const anonymous = await fetch(`${BASE_URL}/events/${doc.slug}`)
    expect(anonymous.status).toBe(404)

    // The preview follows the draft: a new title, saved by autosave, shows in the frame.
    await page.locator('.tabs-field__tab-button', { hasText: 'Content' }).click()
    await page.fill('#field-title', `${title} (updated)`)
    await frame.locator('h1', { hasText: `${title} (updated)` }).waitFor({ timeout: 20_000 })
    await page.close()
  })
})

test('the preview opens at the address the editor is at (127.0.0.1 as well as localhost)', async () => {
  if (SKIP_REASON) return
  const editor = await account('editor')
  for (const host of ['localhost', '127.0.0.1']) {
    const base = BASE_URL.replace('localhost', host)
    const asked = `${base}/preview?path=${encodeURIComponent('/events/anything')}`
    const res = await fetch(asked, { redirect: 'manual', headers: { authorization: `JWT ${editor.token}` } })
    expect(res.status).toBe(307)
    const target = new URL(res.headers.get('location') ?? '', asked)
    expect({ host, target: target.href }).toEqual({ host, target: `${base}/events/anything` })
    expect(res.headers.get('set-cookie') ?? '').toContain('__prerender_bypass')
    const exit = await fetch(`${base}/preview/exit?path=%2Ftags`, { redirect: 'manual' })
    expect(new URL(exit.headers.get('location') ?? '', asked).href).toBe(`${base}/tags`)
    const anonymous = await fetch(asked, { redirect: 'manual' })
    expect(new URL(anonymous.headers.get('location') ?? '', asked).origin).toBe(new URL(base).origin)
  }
})

async function expect_(read: () => Promise<string>, pattern: RegExp, timeoutMs = 5_000) {
  const started = Date.now()
  let last = ''
  while (Date.now() - started < timeoutMs) {
    last = await read()
    if (pattern.test(last)) return
    await new Promise((r) => setTimeout(r, 100))
  }
  expect(last).toMatch(pattern)
}
