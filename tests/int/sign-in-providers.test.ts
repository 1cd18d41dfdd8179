import { createUser } from '../helpers/fixtures'
import { startFakeProvider } from '../helpers/fake-oidc'
import { apiClient } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/**
 * Sign-in with an institution's account (OpenID Connect), against a provider that can be made to misbehave: a
 * verified address of a vouched-for domain signs in (a new account with the provider's role, or the existing one
 * linked); a wrong state, a replayed code, an expired or foreign-signed ID token, an unverified address and a
 * domain not vouched for are each refused with their reason, and no account is made.
 */
const CLIENT = { id: 'events-cms', secret: 'a-client-secret-from-the-provider' }

let ctx: TestContext
let api: ReturnType<typeof apiClient>
let admin: Awaited<ReturnType<typeof createUser>>
let provider: Awaited<ReturnType<typeof startFakeProvider>>
let providerId: number
let cluster: number

beforeAll(async () => {
  provider = await startFakeProvider(CLIENT.id, CLIENT.secret)
  ctx = await startPayload()
  api = apiClient(ctx.config)
  admin = await createUser(ctx.payload, 'admin')
  cluster = (
    await ctx.payload.create({
      collection: 'clusters',
      data: { name: 'EUNIC Germany', country: 'DE' },
      overrideAccess: true,
    })
  ).id
  const made = await api.rest('POST', '/api/sign-in-providers', {
    token: admin.token,
    json: {
      name: 'Goethe-Institut',
      issuer: provider.issuer,
      clientId: CLIENT.id,
      clientSecret: CLIENT.secret,
      domains: ['goethe.example'],
      newAccounts: 'contributor',
      clusters: [cluster],
    },
  })
  if (made.status !== 201) console.log(JSON.stringify(made.body))
  expect(made.status).toBe(201)
  providerId = made.body.doc.id
})
afterAll(async () => {
  await stopPayload(ctx)
  await provider.close()
})

const cookiePart = (setCookie: string | null, name: string) =>
  (setCookie ?? '')
    .split(/,(?=\s*[\w-]+=)/)
    .map((c) => c.trim().split(';')[0])
    .find((c) => c.startsWith(`${name}=`))

/** Starts a sign-in as a browser would: the app's redirect to the provider, and the flow cookie it set. */
async function start() {
  const res = await api.rest('GET', `/api/sign-in-providers/${providerId}/start`)
  expect(res.status).toBe(302)
  const location = res.headers.get('location')!
  expect(location.startsWith(`${provider.issuer}/authorize?`)).toBe(true)
  const asked = new URL(location).searchParams
  expect(asked.get('code_challenge_method')).toBe('S256')
  expect(asked.get('redirect_uri')).toBe('http://localhost:3000/api/sign-in-providers/callback')
  return { location, flow: cookiePart(res.headers.get('set-cookie'), 'sign-in-flow')! }
}

/** The way back from the provider, with the flow cookie; answers where the app sends the browser and its cookies. */
async function back(flow: string | undefined, query: Record<string, string>) {
  const res = await api.rest('GET', `/api/sign-in-providers/callback?${new URLSearchParams(query)}`, {
    headers: flow ? { Cookie: flow } : {},
  })
  expect(res.status).toBe(302)
  return {
    location: res.headers.get('location') ?? '',
    session: cookiePart(res.headers.get('set-cookie'), 'payload-token'),
  }
}

const person = (email: string, extra: Record<string, unknown> = {}) => ({
  sub: `subject-${email}`,
  email,
  email_verified: true,
  name: 'Greta Goethe',
  locale: 'de-DE',
  ...extra,
})

const accountsAt = async (email: string) =>
  (await ctx.payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })).docs

async function me(session: string | undefined) {
  const res = await api.rest('GET', '/api/users/me', {
    headers: { Cookie: session ?? '', Origin: 'http://localhost:3000' },
  })
  return res.body.user as { email: string; role: string; language: string; clusters: unknown[] } | null
}

test('a new person from a vouched-for domain gets the provider’s role and clusters and is signed in', async () => {
  const email = `greta-${Date.now()}@goethe.example`
  const { location, flow } = await start()
  const { code, state } = provider.code(location, { claims: person(email) })
  const done = await back(flow, { code, state })
  expect(done.location).toBe('/admin')
  expect(done.session).toBeDefined()
  expect(await me(done.session)).toMatchObject({ email, role: 'contributor', language: 'de' })
  const [account] = await accountsAt(email)
  expect(account.identities).toEqual([
    expect.objectContaining({ issuer: provider.issuer, subject: `subject-${email}` }),
  ])
})

test('an existing account is found by its verified address and linked, not made twice', async () => {
  const existing = await createUser(ctx.payload, 'editor', `editor-${Date.now()}@goethe.example`)
  const { location, flow } = await start()
  const { code, state } = provider.code(location, { claims: person(existing.email) })
  const done = await back(flow, { code, state })
  expect(await me(done.session)).toMatchObject({ email: existing.email, role: 'editor' })
  expect(await accountsAt(existing.email)).toHaveLength(1)
  // The password still works for the rest of the accounts, this one included.
  const signIn = await api.rest('POST', '/api/users/login', {
    json: { email: existing.email, password: existing.password },
  })
  expect(signIn.status).toBe(200)

  // Another person at the provider with the same address is not let into it.
  const second = await start()
  const other = provider.code(second.location, { claims: person(existing.email, { sub: 'someone-else' }) })
  expect((await back(second.flow, other)).location).toBe('/admin/sign-in-problem?reason=subject')
})

test.each([
  ['a wrong state', 'flow', (email: string) => ({ claims: person(email) }), { state: 'not-the-state' }],
  ['an expired ID token', 'token', (email: string) => ({ claims: person(email), expired: true }), {}],
  [
    'an ID token signed with a key the provider never published',
    'token',
    (email: string) => ({ claims: person(email), foreignKey: true }),
    {},
  ],
  [
    'an address the provider has not verified',
    'unverified',
    (email: string) => ({ claims: person(email, { email_verified: false }) }),
    {},
  ],
  [
    'an address at a domain it does not vouch for',
    'domain',
    () => ({ claims: person(`x-${Date.now()}@elsewhere.example`) }),
    {},
  ],
] as const)('%s is refused, saying why, and makes no account', async (_what, reason, token, override) => {
  const email = `refused-${reason}-${Date.now()}@goethe.example`
  const { location, flow } = await start()
  const made = token(email)
  const { code, state } = provider.code(location, made)
  const done = await back(flow, { code, state, ...override })
  expect(done.location).toBe(`/admin/sign-in-problem?reason=${reason}`)
  expect(done.session).toBeUndefined()
  expect(await accountsAt(made.claims.email as string)).toHaveLength(0)
})

test('a code is exchanged once: the same answer sent again is refused', async () => {
  const email = `replay-${Date.now()}@goethe.example`
  const first = await start()
  const { code, state } = provider.code(first.location, { claims: person(email) })
  expect((await back(first.flow, { code, state })).location).toBe('/admin')
  const replay = await back(first.flow, { code, state })
  expect(replay.location).toBe('/admin/sign-in-problem?reason=token')
  expect(replay.session).toBeUndefined()
})

test('without the flow cookie of this browser, or with the provider saying no, nobody signs in', async () => {
  const { location } = await start()
  const { code, state } = provider.code(location, { claims: person(`nocookie-${Date.now()}@goethe.example`) })
  expect((await back(undefined, { code, state })).location).toBe('/admin/sign-in-problem?reason=flow')
  const again = await start()
  const state2 = new URL(again.location).searchParams.get('state')!
  expect((await back(again.flow, { error: 'access_denied', state: state2 })).location).toBe(
    '/admin/sign-in-problem?reason=denied',
  )
})

test('a provider for invited people only lets in an invitation waiting, and nobody else', async () => {
  await api.rest('PATCH', `/api/sign-in-providers/${providerId}`, {
    token: admin.token,
    json: { newAccounts: 'invited' },
  })
  try {
    const stranger = `stranger-${Date.now()}@goethe.example`
    const first = await start()
    const refused = await back(first.flow, provider.code(first.location, { claims: person(stranger) }))
    expect(refused.location).toBe('/admin/sign-in-problem?reason=invited')
    expect(await accountsAt(stranger)).toHaveLength(0)

    const invited = `invited-${Date.now()}@goethe.example`
    const invitation = await api.rest('POST', '/api/invitations', {
      token: admin.token,
      json: { email: invited, role: 'editor' },
    })
    expect(invitation.status).toBe(201)
    const second = await start()
    const done = await back(second.flow, provider.code(second.location, { claims: person(invited) }))
    expect(await me(done.session)).toMatchObject({ email: invited, role: 'editor' })
    const stored = await ctx.payload.findByID({
      collection: 'invitations',
      id: invitation.body.doc.id,
      overrideAccess: true,
    })
    expect(stored.status).toBe('accepted')
  } finally {
    await api.rest('PATCH', `/api/sign-in-providers/${providerId}`, {
      token: admin.token,
      json: { newAccounts: 'contributor' },
    })
  }
})

test('only admins configure providers, and nobody reads a client secret back', async () => {
  const editor = await createUser(ctx.payload, 'editor')
  expect((await api.rest('GET', '/api/sign-in-providers', { token: editor.token })).status).toBe(403)
  const read = await api.rest('GET', `/api/sign-in-providers/${providerId}`, { token: admin.token })
  expect(read.status).toBe(200)
  expect(read.body.clientSecret).toBeUndefined()
  // Saved without a secret (the admin's form never shows it), the stored one stays.
  expect(
    (
      await api.rest('PATCH', `/api/sign-in-providers/${providerId}`, {
        token: admin.token,
        json: { name: 'Goethe-Institut' },
      })
    ).status,
  ).toBe(200)
  const { location, flow } = await start()
  const email = `after-save-${Date.now()}@goethe.example`
  expect((await back(flow, provider.code(location, { claims: person(email) }))).location).toBe('/admin')
  const bad = await api.rest('POST', '/api/sign-in-providers', {
    token: admin.token,
    json: { name: 'x', issuer: 'ftp://x', clientId: 'x', clientSecret: 'x', domains: ['@x'] },
  })
  expect(bad.status).toBe(400)
})
