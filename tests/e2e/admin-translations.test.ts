import { EVENT } from '@/seed/data'

import { account, signIn } from './accounts'
import { BASE_URL, closeBrowser, openBrowser, SCREENSHOT_DIR, type Session, SKIP_REASON } from './browser'

const suite = SKIP_REASON ? describe.skip : describe

suite('translating in the admin', () => {
  let session: Session
  beforeAll(async () => {
    session = await openBrowser()
  })
  afterAll(() => closeBrowser(session))

  test('switching the content language shows that language’s text at once, and the menu says which', async () => {
    const editor = await account('editor')
    // The demo event, which has a French title of its own (others would show the English one as a hint only).
    const events = await (
      await fetch(`${BASE_URL}/api/events?where[slug][equals]=${EVENT.slug}&depth=0&locale=fr&fallback-locale=none`)
    ).json()
    const event = events.docs[0]
    expect(event.title).toBeTruthy()
    // A context of its own: the other tests sign in on the shared one.
    const own = await session.browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 } })
    const page = await own.newPage()
    await signIn(page, editor.email, editor.password)
    await page.goto(`${BASE_URL}/admin/collections/events/${event.id}`)
    await page.locator('#field-title').waitFor()
    await page.click('.localizer .popup-button, .localizer button')
    await page.getByText('Français (fr)').click()
    await page.waitForURL(/locale=fr/)
    for (let i = 0; i < 20 && (await page.inputValue('#field-title')) !== event.title; i += 1)
      await page.waitForTimeout(250)
    expect(await page.inputValue('#field-title')).toBe(event.title)
    expect(await page.locator('.localizer').innerText()).toContain('Français')
    await own.close()
  })

  test('an event not yet in French: the heading, the breadcrumb and the empty fields show the English text', async () => {
    const editor = await account('editor')
    const title = `Open-air reading in the park ${Date.now()}`
    const res = await fetch(`${BASE_URL}/api/events?draft=true&locale=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editor.token}` },
      body: JSON.stringify({
        _status: 'draft',
        title,
        summary: 'Poems read aloud under the trees.',
        startDate: '2031-06-01T16:00:00.000Z',
        endDate: '2031-06-01T18:00:00.000Z',
      }),
    })
    expect(res.status).toBe(201)
    const { doc } = await res.json()

    const page = await session.context.newPage()
    await signIn(page, editor.email, editor.password)
    // The list says which languages each event still lacks.
    await page.goto(`${BASE_URL}/admin/collections/events?where[id][equals]=${doc.id}`)
    const cell = page.locator('.translations-cell').first()
    await cell.waitFor()
    expect(await cell.innerText()).toMatch(/Missing: .*Fran.*Deutsch/)

    await page.goto(`${BASE_URL}/admin/collections/events/${doc.id}?locale=fr`)
    const hints = page.locator('.translation-hint')
    await hints.first().waitFor({ timeout: 15_000 })

    const heading = page.locator('.doc-header__title, h1').first()
    expect(await heading.innerText()).toContain(title)
    expect(await heading.innerText()).not.toBe(String(doc.id))
    expect(await page.locator('.step-nav').innerText()).toContain(title.slice(0, 20))

    const titleField = page.locator('.field-type.text:has(#field-title)')
    expect(await titleField.locator('.translation-hint').innerText()).toContain(title)
    const summaryField = page.locator('.field-type.textarea:has(#field-summary)')
    expect(await summaryField.locator('.translation-hint').innerText()).toContain('Poems read aloud under the trees.')
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-translation-hints.png` })

    // Typing the French title puts it in the heading and takes the hint away.
    await page.fill('#field-title', 'Lecture en plein air')
    await titleField.locator('.translation-hint').waitFor({ state: 'detached' })
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('Lecture en plein air'))

    await page.close()
  })
})
