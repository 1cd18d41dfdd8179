import { account, signIn } from './accounts'
import { BASE_URL, closeBrowser, openBrowser, SCREENSHOT_DIR, type Session, SKIP_REASON } from './browser'

const suite = SKIP_REASON ? describe.skip : describe

const newEvent = async (token: string, title: string) => {
  const res = await fetch(`${BASE_URL}/api/events?draft=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({
      _status: 'draft',
      title,
      startDate: '2031-05-04T09:00:00.000Z',
      endDate: '2031-05-04T11:00:00.000Z',
    }),
  })
  if (res.status !== 201) throw new Error(`Creating the event failed: ${res.status} ${await res.text()}`)
  return (await res.json()).doc as { id: number }
}

suite('refused saves', () => {
  let session: Session
  beforeAll(async () => {
    session = await openBrowser()
  })
  afterAll(() => closeBrowser(session))

  test('the API names each refused field by its label, with the reason, and lists them one by one', async () => {
    const editor = await account('editor')
    const { id } = await newEvent(editor.token, `Refused over REST ${Date.now()}`)
    const res = await fetch(`${BASE_URL}/api/events/${id}?draft=true`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editor.token}` },
      body: JSON.stringify({ endDate: '2031-05-03T09:00:00.000Z', venue: { country: 'XX' } }),
    })
    expect(res.status).toBe(400)
    const [error] = (await res.json()).errors
    const fields = error.data.errors as Array<{ path: string; label: string; message: string }>
    expect(fields.map((f) => [f.path, f.label])).toEqual(
      expect.arrayContaining([
        ['endDate', 'Ends'],
        ['venue.country', 'Venue > Country'],
      ]),
    )
    expect(fields.find((f) => f.path === 'endDate')?.message).toMatch(/The end cannot come before the start/)
    // The message names the fields as the form labels them, in the form's order; the reasons travel per field.
    expect(error.message).toBe('The following fields are invalid: Ends, Venue > Country')
  })

  test('in the admin the error shows on its field, with the reason, and its tab is marked', async () => {
    const editor = await account('editor')
    const { id } = await newEvent(editor.token, `Refused in the admin ${Date.now()}`)
    const page = await session.context.newPage()
    await signIn(page, editor.email, editor.password)
    await page.goto(`${BASE_URL}/admin/collections/events/${id}`)
    await page.locator('.tabs-field__tab-button', { hasText: 'When and where' }).click()
    const end = page.locator('#field-endDate .react-datepicker__input-container input').first()
    await end.click()
    await end.fill('3 May 2031, 10:00')
    await page.keyboard.press('Escape')
    // A second refusal whose reason holds commas and colons of its own.
    await page.fill('#field-onlineUrl', 'www.example.org, room 2')
    // The draft saves itself (autosave) and the server refuses it.
    await page.locator('.tabs-field__tab-button', { hasText: 'Content' }).click()

    const toast = page.locator('.payload-toast-container .toast-error, .payload-toast-container [data-type="error"]')
    await toast.first().waitFor({ timeout: 15_000 })
    // The toast lists the refused fields one per line, each whole; each reason is on its field.
    await toast.first().locator('li').first().waitFor({ timeout: 5_000 })
    expect(await toast.first().locator('li').allInnerTexts()).toEqual(['Ends', 'Online link'])
    expect(await toast.first().innerText()).toMatch(/^The following fields are invalid \(2\):/)
    const tab = page.locator('.tabs-field__tab-button', { hasText: 'When and where' })
    await expect_(() => tab.getAttribute('class'), /has-error/)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-error-tab.png` })

    await tab.click()
    const fieldError = page.locator('.field-type.date:has(#field-endDate) .field-error, #field-endDate .field-error')
    await fieldError.first().waitFor({ state: 'attached', timeout: 5_000 })
    await page.locator('#field-endDate').hover()
    expect(await fieldError.first().innerText()).toMatch(/The end cannot come before the start/)
    const linkError = page
      .locator('#field-onlineUrl')
      .locator('xpath=ancestor::div[contains(@class, "field-type")][1]')
      .locator('.field-error')
    await page.locator('#field-onlineUrl').hover()
    expect(await linkError.first().innerText()).toContain('is not a web address: it must start with https://')
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-error-field.png` })
    await page.close()
  })
})

/** Waits until a value read from the page matches. */
async function expect_(read: () => Promise<string | null>, pattern: RegExp, timeoutMs = 5_000) {
  const started = Date.now()
  let last: string | null = null
  while (Date.now() - started < timeoutMs) {
    last = await read()
    if (last && pattern.test(last)) return
    await new Promise((r) => setTimeout(r, 100))
  }
  expect(last).toMatch(pattern)
}
