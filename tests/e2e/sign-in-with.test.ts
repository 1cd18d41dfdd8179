import type { Server } from 'node:http'

import Provider from 'oidc-provider'
import type { Page } from 'playwright-core'

import { adminAccount } from './accounts'
import { BASE_URL, closeBrowser, openBrowser, SCREENSHOT_DIR, type Session, SKIP_REASON } from './browser'
import { freePort } from './server.mjs'

const suite = SKIP_REASON ? describe.skip : describe

const CLIENT = { id: 'events-cms-e2e', secret: 'the-secret-the-provider-gave-the-cms' }

/**
 * A real OpenID provider (oidc-provider, its own sign-in and consent pages), started here: whatever a person types
 * as their login is their address, verified.
 */
async function startProvider() {
  const port = await freePort()
  const issuer = `http://127.0.0.1:${port}`
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [`${BASE_URL}/api/sign-in-providers/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, email: id, email_verified: true, name: `Staff ${id.split('@')[0]}` }),
    }),
    cookies: { keys: ['a-cookie-key-for-the-test-provider'] },
  })
  const server: Server = await new Promise((resolve) => {
    const s = provider.listen(port, () => resolve(s))
  })
  return { issuer, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** Through the provider's own pages: its sign-in form (any login is the address), then its consent. */
async function signInAtProvider(page: Page, email: string) {
  await page.waitForSelector('input[name=login]')
  await page.fill('input[name=login]', email)
  await page.fill('input[name=password]', 'anything')
  await page.click('button[type=submit]')
  await page.waitForSelector('button[type=submit]')
  if (await page.locator('input[name=prompt][value=consent]').count()) await page.click('button[type=submit]')
}

suite('sign-in with an institution’s account, through a real OpenID provider', () => {
  let session: Session
  let provider: Awaited<ReturnType<typeof startProvider>>
  let providerName: string
  beforeAll(async () => {
    provider = await startProvider()
    session = await openBrowser({ width: 1000, height: 900 })
    const admin = await adminAccount()
    const clusters = (await (await fetch(`${BASE_URL}/api/clusters?limit=1&depth=0&sort=name`)).json()).docs
    providerName = `Goethe-Institut ${Date.now()}`
    const made = await fetch(`${BASE_URL}/api/sign-in-providers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${admin.token}` },
      body: JSON.stringify({
        name: providerName,
        issuer: provider.issuer,
        clientId: CLIENT.id,
        clientSecret: CLIENT.secret,
        domains: ['goethe.example'],
        newAccounts: 'contributor',
        clusters: [clusters[0].id],
      }),
    })
    expect(made.status).toBe(201)
  })
  afterAll(async () => {
    await closeBrowser(session)
    await provider?.close()
  })

  async function signInWith(email: string, shot?: string) {
    const context = await session.browser.newContext({ viewport: { width: 1000, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${BASE_URL}/admin/login`)
    const button = page.getByRole('link', { name: `Sign in with ${providerName}` })
    await button.waitFor()
    if (shot) await page.screenshot({ path: `${SCREENSHOT_DIR}/${shot}.png` })
    await button.click()
    await signInAtProvider(page, email)
    await page.waitForURL((url) => url.origin === new URL(BASE_URL).origin && url.pathname.startsWith('/admin'))
    return { context, page }
  }

  test('a new person from the institution gets a contributor’s account; an existing account is linked', async () => {
    const email = `greta-${Date.now()}@goethe.example`
    const first = await signInWith(email, 'sign-in-with')
    await first.page.waitForSelector('.dashboard')
    await first.page.screenshot({ path: `${SCREENSHOT_DIR}/sign-in-with-dashboard.png` })
    const me = await first.page.evaluate(
      async () => (await (await fetch('/api/users/me')).json()) as { user: { email: string; role: string } },
    )
    expect(me.user).toMatchObject({ email, role: 'contributor' })
    await first.context.close()

    // An editor who had an account (with a password) signs in through the provider: the same account.
    const admin = await adminAccount()
    const editorEmail = `editor-${Date.now()}@goethe.example`
    const made = await fetch(`${BASE_URL}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${admin.token}` },
      body: JSON.stringify({
        email: editorEmail,
        password: 'an editor’s own password',
        name: 'Ed Editor',
        role: 'editor',
      }),
    })
    expect(made.status).toBe(201)
    const second = await signInWith(editorEmail)
    await second.page.waitForSelector('.dashboard')
    const editor = await second.page.evaluate(
      async () => (await (await fetch('/api/users/me')).json()) as { user: { id: number; role: string } },
    )
    expect(editor.user).toMatchObject({ role: 'editor', id: (await made.json()).doc.id })
    await second.context.close()
    const accounts = await fetch(`${BASE_URL}/api/users?where[email][equals]=${encodeURIComponent(editorEmail)}`, {
      headers: { authorization: `JWT ${admin.token}` },
    })
    expect((await accounts.json()).totalDocs).toBe(1)
  })

  test('an address at a domain the provider does not vouch for ends on the problem page, with no account', async () => {
    const email = `someone-${Date.now()}@elsewhere.example`
    const { context, page } = await signInWith(email)
    await page.waitForSelector('.sign-in-problem')
    expect(page.url()).toContain('/admin/sign-in-problem?reason=domain')
    expect(await page.locator('.sign-in-problem [role=alert]').first().textContent()).toMatch(
      /does not vouch for addresses at your e-mail domain/,
    )
    await page.screenshot({ path: `${SCREENSHOT_DIR}/sign-in-problem.png` })
    await context.close()
    const admin = await adminAccount()
    const accounts = await fetch(`${BASE_URL}/api/users?where[email][equals]=${encodeURIComponent(email)}`, {
      headers: { authorization: `JWT ${admin.token}` },
    })
    expect((await accounts.json()).totalDocs).toBe(0)
  })
})
