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

    // On the events list too: the rows switch, and the menu says which language they are in. The list is narrowed to
    // the demo event: other tests' events would push it off the first page.
    await page.goto(`${BASE_URL}/admin/collections/events?where[id][equals]=${event.id}&locale=en`)
    await page.locator('td.cell-title').first().waitFor()
    await page.click('.localizer .popup-button, .localizer button')
    await page.getByText('Deutsch (de)').click()
    await page.waitForFunction(() => document.querySelector('.localizer')?.textContent?.includes('Deutsch'))
    const row = page.locator('tr', { hasText: EVENT.titleTranslations.de })
    await row.first().waitFor({ timeout: 10_000 })
    expect(await page.locator('.localizer').innerText()).not.toContain('English')
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

    // The French list names it by its English title, marked as such, and links to it.
    await page.goto(`${BASE_URL}/admin/collections/events?where[id][equals]=${doc.id}&locale=fr`)
    const titleCell = page.locator('td.cell-title').first()
    await titleCell.waitFor()
    expect(await titleCell.innerText()).toBe(`${title} (English)`)
    expect(await titleCell.locator('a').getAttribute('href')).toContain(`/admin/collections/events/${doc.id}`)

    // The heading has the English title as soon as the form is up, without waiting for a request of the page's
    // own (held back here): the server hands the English title over with the form.
    let held = 0
    await page.route(
      (url) => url.pathname === `/api/events/${doc.id}` && url.searchParams.get('locale') === 'en',
      (route) => {
        held += 1
        return route.abort()
      },
    )
    await page.goto(`${BASE_URL}/admin/collections/events/${doc.id}?locale=fr`)
    const headingSays = (expected: string) =>
      page.waitForFunction((text) => document.querySelector('h1')?.textContent?.includes(text), expected, {
        timeout: 5_000,
      })
    await headingSays(title)
    await page.waitForTimeout(1000)
    await headingSays(title)
    // The page did ask for the English document, and was refused it: the heading came with the form.
    for (let i = 0; i < 20 && held === 0; i += 1) await page.waitForTimeout(100)
    expect(held).toBeGreaterThanOrEqual(1)
    await page.unrouteAll()
    await page.reload()
    const hints = page.locator('.translation-hint')
    await hints.first().waitFor({ timeout: 15_000 })
    await page.waitForFunction(
      (text) => document.querySelector('.step-nav')?.textContent?.includes(text),
      title.slice(0, 20),
    )

    const titleField = page.locator('.field-type.text:has(#field-title)')
    expect(await titleField.locator('.translation-hint').innerText()).toContain(title)
    const summaryField = page.locator('.field-type.textarea:has(#field-summary)')
    expect(await summaryField.locator('.translation-hint').innerText()).toContain('Poems read aloud under the trees.')
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-translation-hints.png` })

    // Typing the French title puts it in the heading and takes the hint away.
    await page.fill('#field-title', 'Lecture en plein air')
    await titleField.locator('.translation-hint').waitFor({ state: 'detached' })
    await headingSays('Lecture en plein air')

    await page.close()
  })
})
