import { adminAccount } from './accounts'
import { BASE_URL, closeBrowser, openBrowser, SCREENSHOT_DIR, type Session, SKIP_REASON } from './browser'
import { eventually } from './eventually'

const suite = SKIP_REASON ? describe.skip : describe

type Mail = { id: number; to: string; status: string; text: string; html: string; subject: string }

/** The server of the browser tests has no mail server: its mails are kept in the outbox, links and all. */
async function mailTo(email: string, token: string): Promise<Mail> {
  let found: Mail | undefined
  await eventually(async () => {
    const res = await fetch(`${BASE_URL}/api/outbox?where[to][equals]=${encodeURIComponent(email)}&depth=0`, {
      headers: { authorization: `JWT ${token}` },
    })
    found = ((await res.json()) as { docs: Mail[] }).docs.find((m) => m.status === 'kept')
    expect(found).toBeDefined()
  }, 30_000)
  return found!
}

suite('an invited person sets up their account in the browser', () => {
  let session: Session
  beforeAll(async () => {
    session = await openBrowser({ width: 1000, height: 900 })
  })
  afterAll(() => closeBrowser(session))

  test('the mail as it reads → the set-up page → signed in to the admin; the link then says it was used', async () => {
    const admin = await adminAccount()
    const clusters = (await (await fetch(`${BASE_URL}/api/clusters?limit=1&depth=0&sort=name`)).json()).docs
    const email = `e2e-invited-${Date.now()}@example.org`
    const invited = await fetch(`${BASE_URL}/api/invitations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${admin.token}` },
      body: JSON.stringify({ email, name: 'Nino', role: 'contributor', clusters: [clusters[0].id], language: 'fr' }),
    })
    expect(invited.status).toBe(201)

    const mail = await mailTo(email, admin.token)
    expect(mail.subject).toMatch(/vous invite sur/)
    const link = /https?:\/\/\S+\/admin\/invitation\/\S+/.exec(mail.text)![0]

    const page = await session.context.newPage()
    await page.setContent(mail.html)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/mail-invitation.png`, fullPage: true })
    expect(await page.locator('img, script').count()).toBe(0)

    // The link as the mail gives it, but at this test server's address.
    await page.goto(`${BASE_URL}${new URL(link).pathname}`)
    await page.waitForSelector('form.invitation-form')
    expect(await page.locator('h1').textContent()).toBe('Créer votre compte')
    expect(await page.locator('#invitation-name').inputValue()).toBe('Nino')
    await page.screenshot({ path: `${SCREENSHOT_DIR}/invitation-page.png`, fullPage: true })

    await page.fill('#invitation-name', 'Nino Beridze')
    await page.fill('#invitation-password', 'nino’s own long password')
    await page.fill('#invitation-again', 'not the same password')
    await page.click('form.invitation-form button[type=submit]')
    await page.waitForSelector('.invitation-form__error')
    expect(await page.locator('.invitation-form__error').textContent()).toBe('Les deux mots de passe diffèrent.')

    await page.fill('#invitation-again', 'nino’s own long password')
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/admin'),
      page.click('form.invitation-form button[type=submit]'),
    ])
    await page.waitForSelector('.dashboard')
    await page.screenshot({ path: `${SCREENSHOT_DIR}/invitation-signed-in.png` })
    const me = await page.evaluate(
      async () => (await (await fetch('/api/users/me')).json()) as { user: { email: string; role: string } },
    )
    expect(me.user).toMatchObject({ email, role: 'contributor' })

    const stranger = await session.browser.newContext({ viewport: { width: 1000, height: 700 } })
    const again = await stranger.newPage()
    await again.goto(`${BASE_URL}${new URL(link).pathname}`)
    await again.waitForSelector('.invitation-view__problem')
    expect(await again.locator('.invitation-view__problem').textContent()).toMatch(
      /^Cette invitation a servi le .* UTC : connectez-vous/,
    )
    await again.screenshot({ path: `${SCREENSHOT_DIR}/invitation-used.png`, fullPage: true })
    await stranger.close()
  })

  test('an invitation waiting in the admin: send it again or withdraw it; each person’s mails in their account', async () => {
    const admin = await adminAccount()
    const clusters = (await (await fetch(`${BASE_URL}/api/clusters?limit=1&depth=0&sort=name`)).json()).docs
    const email = `e2e-waiting-${Date.now()}@example.org`
    const invited = await fetch(`${BASE_URL}/api/invitations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${admin.token}` },
      body: JSON.stringify({ email, role: 'contributor', clusters: [clusters[0].id] }),
    })
    const { doc } = (await invited.json()) as { doc: { id: number } }
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } })
    await context.addCookies([{ name: 'payload-token', value: admin.token, url: BASE_URL }])
    const page = await context.newPage()
    await page.goto(`${BASE_URL}/admin/collections/invitations/${doc.id}`)
    await page.waitForSelector('.invitation-actions')
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-invitation.png` })
    await page.getByRole('button', { name: 'Withdraw' }).click()
    await page.waitForSelector('.invitation-actions__said')
    expect(await page.locator('.invitation-actions__said').textContent()).toMatch(/withdrawn; its link no longer works/)
    await eventually(async () => {
      const stored = await fetch(`${BASE_URL}/api/invitations/${doc.id}`, {
        headers: { authorization: `JWT ${admin.token}` },
      })
      expect(((await stored.json()) as { status: string }).status).toBe('withdrawn')
    })
    await page.goto(`${BASE_URL}/admin/account`)
    await page.waitForSelector('#field-notices__reviewReady')
    await page.locator('#field-notices__reviewReady').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-account-notices.png` })
    await context.close()
  })

  test('admins read the outbox in the admin', async () => {
    const admin = await adminAccount()
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } })
    await context.addCookies([{ name: 'payload-token', value: admin.token, url: BASE_URL }])
    const page = await context.newPage()
    await page.goto(`${BASE_URL}/admin/collections/outbox`)
    await page.waitForSelector('.table')
    expect(await page.locator('.table').textContent()).toContain('Kept here (no mail server)')
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-outbox.png` })
    await context.close()
  })
})
