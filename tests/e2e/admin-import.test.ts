import fs from 'node:fs'

import { account, signIn } from './accounts'
import { closeBrowser, openBrowser, SCREENSHOT_DIR, type Session, SKIP_REASON, BASE_URL } from './browser'

const suite = SKIP_REASON ? describe.skip : describe

/** The seed page as a browser copies it; its import meets the demo network the e2e server was seeded with. */
const SEED_TEXT = fs.readFileSync('tests/fixtures/import/seed-page.txt', 'utf8')

suite('an editor imports a page in the admin', () => {
  let session: Session
  beforeAll(async () => {
    session = await openBrowser({ width: 1280, height: 1000 })
  })
  afterAll(() => closeBrowser(session))

  test('Import in the navigation → pasted text → the report with warnings and suggestions → the draft, its unsure fields marked', async () => {
    const editor = await account('editor')
    const page = await session.context.newPage()
    await signIn(page, editor.email, editor.password)
    await page.goto(`${BASE_URL}/admin`)
    // "Import" is in the navigation (a drawer, closed at this width).
    expect(await page.locator('a.import-nav-link').getAttribute('href')).toBe('/admin/import')
    await page.goto(`${BASE_URL}/admin/import`)
    await page.waitForSelector('form.import-form')
    // Without its dates, so the draft has a field to mark.
    const text = SEED_TEXT.replace('Focus meeting for clusters', 'Imported focus meeting for clusters').replaceAll(
      '25 & 26 June 2024',
      'last summer',
    )
    await page.fill('#import-text', text)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-import-page.png`, fullPage: true })
    await page.click('form.import-form button[type=submit]')

    // The report opens at once and fills in as the jobs round runs the import.
    await page.waitForURL(/\/admin\/collections\/imports\/\d+/)
    await page.waitForSelector('.import-item--created', { timeout: 60_000 })
    const report = await page.locator('.import-report').textContent()
    expect(report).toContain('Draft made')
    expect(report).toContain('Photo 1 not imported')
    expect(report).toContain('EUNIC Mongolia')
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-import-report.png`, fullPage: true })

    // One click creates a suggested cluster and links it in the draft.
    await page.click('.import-item__suggestions li:has-text("EUNIC Mongolia") button')
    await page.waitForSelector('text=was created as a cluster and linked in the draft')

    await page.click('.import-item h3 a')
    await page.waitForSelector('.imported-facts')
    const facts = await page.locator('.imported-facts').textContent()
    expect(facts).toContain('Dates: not found')
    // The dates the import could not find are outlined in the form, the title it found is not.
    const outline = (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).outlineStyle)
    expect(await outline('#field-title')).toBe('none')
    await page.click('.tabs-field__tab-button:has-text("When and where")')
    expect(await outline('#field-startDate')).toBe('dashed')
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-import-draft.png`, fullPage: true })
    await page.close()
  })
})
