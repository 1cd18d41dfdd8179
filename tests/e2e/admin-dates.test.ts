import type { Page } from 'playwright-core'

import { account, signIn } from './accounts'
import { BASE_URL, closeBrowser, openBrowser, SCREENSHOT_DIR, type Session, SKIP_REASON } from './browser'

const suite = SKIP_REASON ? describe.skip : describe

/** Picks a zone in a zone picker by typing part of its label, as an editor would. */
async function pickZone(page: Page, picker: string, typed: string) {
  await page.click(`#${picker}`)
  await page.keyboard.type(typed)
  await page.keyboard.press('Enter')
}

const zoneShown = (page: Page, picker: string) =>
  page.locator(`.timezone-picker-wrapper:has(#${picker}) .rs__single-value`).innerText()
const dateInput = (page: Page, field: string) =>
  page.locator(`#field-${field} .react-datepicker__input-container input`)

suite('dates and time zones in the event form', () => {
  let session: Session
  let page: Page
  beforeAll(async () => {
    session = await openBrowser()
    const editor = await account('editor')
    page = await session.context.newPage()
    await signIn(page, editor.email, editor.password)
  })
  afterAll(() => closeBrowser(session))

  test('European style, the site’s zone preselected, one zone for start and end', async () => {
    await page.goto(`${BASE_URL}/admin/collections/events/create`)
    await page.click('text=When and where')
    expect(await zoneShown(page, 'startDate-timezone-picker')).toContain('Europe/Brussels')
    // The end's zone is not asked for until the event ends in another zone.
    expect(await page.locator('#endDate-timezone-picker').isVisible()).toBe(false)
    await dateInput(page, 'startDate').click()
    const calendar = page.locator('.react-datepicker')
    await calendar.waitFor()
    expect((await calendar.locator('.react-datepicker__day-name').first().innerText()).trim()).toMatch(/^Mo/)
    expect(await calendar.locator('.react-datepicker__time-list-item').nth(52).innerText()).toBe('13:00')
    await page.keyboard.press('Escape')
  })

  test('typed 19:00, then a new zone: still 19:00, in the new zone, for start and end', async () => {
    await page.goto(`${BASE_URL}/admin/collections/events/create`)
    await page.click('text=When and where')
    const start = dateInput(page, 'startDate')
    const end = dateInput(page, 'endDate')
    await start.fill('29 November 2026, 19:00')
    await end.fill('29 November 2026, 21:00')
    await page.click('h1, .doc-header__title', { force: true }).catch(() => undefined)
    await page.keyboard.press('Escape')
    await pickZone(page, 'startDate-timezone-picker', 'Tbilisi')
    expect(await zoneShown(page, 'startDate-timezone-picker')).toContain('Asia/Tbilisi')
    expect(await start.inputValue()).toBe('29 November 2026, 19:00')
    expect(await end.inputValue()).toBe('29 November 2026, 21:00')
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-event-dates.png` })

    // Drafts save themselves (autosave): the stored draft says the same.
    await page.waitForURL(/\/admin\/collections\/events\/\d+/, { timeout: 15_000 })
    const id = new URL(page.url()).pathname.split('/').pop()
    const { token } = await account('editor')
    const stored = async () => {
      const saved = await (
        await fetch(`${BASE_URL}/api/events/${id}?draft=true&depth=0`, { headers: { authorization: `JWT ${token}` } })
      ).json()
      return [saved.startDate, saved.startDate_tz, saved.endDate, saved.endDate_tz]
    }
    let last: unknown[] = []
    for (let i = 0; i < 40 && last[1] !== 'Asia/Tbilisi'; i += 1) {
      await page.waitForTimeout(500)
      last = await stored()
    }
    // 19:00 in Tbilisi (UTC+4) is 15:00 UTC; the end follows the start's zone.
    expect(last).toEqual(['2026-11-29T15:00:00.000Z', 'Asia/Tbilisi', '2026-11-29T17:00:00.000Z', 'Asia/Tbilisi'])
  })

  test('zones are found by city and country under their current names', async () => {
    await page.goto(`${BASE_URL}/admin/collections/events/create`)
    await page.click('text=When and where')
    await pickZone(page, 'startDate-timezone-picker', 'Kyiv')
    expect(await zoneShown(page, 'startDate-timezone-picker')).toContain('Kyiv, Ukraine — Europe/Kyiv')
    await pickZone(page, 'startDate-timezone-picker', 'Kazakhstan')
    expect(await zoneShown(page, 'startDate-timezone-picker')).toContain('Kazakhstan')
  })
})
