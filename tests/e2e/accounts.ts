import type { Page } from 'playwright-core'

import { BASE_URL } from './browser'

type Role = 'admin' | 'editor' | 'contributor'
export type Account = { email: string; password: string; token: string; id: number }

const ADMIN = { email: 'e2e-admin@example.org', password: 'e2e-admin-password-long' }

async function login(email: string, password: string): Promise<Account> {
  const res = await fetch(`${BASE_URL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = await res.json()
  if (!res.ok) throw new Error(`Sign-in of ${email} failed: ${res.status} ${JSON.stringify(body)}`)
  return { email, password, token: body.token, id: body.user.id }
}

let admin: Promise<Account> | undefined

/** The run's admin: the first account of the e2e database, registered once. */
export function adminAccount(): Promise<Account> {
  admin ??= (async () => {
    const res = await fetch(`${BASE_URL}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...ADMIN, name: 'E2E admin' }),
    })
    // Test files run side by side: whichever registers first makes the account, the others sign in to it.
    const registered = res.ok ? undefined : `${res.status} ${await res.text()}`
    return login(ADMIN.email, ADMIN.password).catch((error: Error) => {
      throw new Error(`${error.message} (first-register answered ${registered ?? 'ok'})`)
    })
  })()
  return admin
}

/** A new account with a role (and, for a contributor, its clusters), made by the admin over REST. */
export async function account(role: Role, clusters: Array<number | string> = []): Promise<Account> {
  const { token } = await adminAccount()
  const email = `e2e-${role}-${Math.random().toString(36).slice(2)}@example.org`
  const password = `password-of-${role}-long`
  const res = await fetch(`${BASE_URL}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ email, password, name: `E2E ${role}`, role, clusters }),
  })
  if (!res.ok) throw new Error(`Creating a ${role} failed: ${res.status} ${await res.text()}`)
  return login(email, password)
}

/** Signs in through the admin's own form, as a person would. */
export async function signIn(page: Page, email: string, password: string, base = BASE_URL) {
  await page.goto(`${base}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/login')), page.click('button[type=submit]')])
}
