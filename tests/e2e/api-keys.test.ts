import { randomUUID } from 'node:crypto'

import { adminAccount } from './accounts'
import { BASE_URL, SKIP_REASON } from './browser'
import { jwt, rest } from './rest'

// Needs the built app only (no browser), but runs with the browser tests that start it.
const suite = SKIP_REASON ? describe.skip : describe

const event = (clusters: Array<number | string>, status: 'draft' | 'published' = 'draft') => ({
  _status: status,
  title: `Sent by a partner site ${randomUUID().slice(0, 8)}`,
  startDate: '2031-06-01T08:00:00.000Z',
  startDate_tz: 'Asia/Almaty',
  endDate: '2031-06-01T16:00:00.000Z',
  endDate_tz: 'Asia/Almaty',
  clusters,
})

/** A partner's site writing events with its key, over HTTP against the running app, as it would from outside. */
suite('an integration writing with an API key', () => {
  const key = randomUUID()
  let admin: { token: string }
  let account: number
  let ours: number
  let theirs: number

  const send = (method: string, path: string, json?: unknown, authorization = `users API-Key ${key}`) =>
    rest(`${BASE_URL}${path}`, method, { json, authorization })

  beforeAll(async () => {
    admin = await adminAccount()
    const clusters = await (await fetch(`${BASE_URL}/api/clusters?limit=2&sort=name&depth=0`)).json()
    ;[ours, theirs] = clusters.docs.map((c: { id: number }) => c.id)
    const made = await send(
      'POST',
      '/api/users',
      {
        name: 'Cluster website',
        email: `site-${randomUUID().slice(0, 8)}@example.org`,
        password: 'an-unused-long-password',
        role: 'contributor',
        clusters: [ours],
        enableAPIKey: true,
        apiKey: key,
      },
      jwt(admin.token),
    )
    expect(made.status).toBe(201)
    expect(made.text).not.toContain(key)
    account = JSON.parse(made.text).doc.id
  })

  test('a contributor’s key creates a draft in its cluster, and nothing else', async () => {
    const created = await send('POST', '/api/events', event([ours]))
    expect(created.status).toBe(201)
    expect(created.text).not.toContain(key)
    expect(JSON.parse(created.text).doc.createdBy.id).toBe(account)

    expect((await send('POST', '/api/events', event([theirs]))).status).toBe(403)
    expect((await send('POST', '/api/events', event([ours], 'published'))).status).toBe(403)
    expect((await send('POST', '/api/tags', { name: `From outside ${randomUUID()}` })).status).toBe(403)
    const other = await send('PATCH', `/api/clusters/${theirs}`, { name: 'Taken over' })
    expect(other.status).toBe(403)
  })

  test('a revoked key fails at once', async () => {
    const revoked = await send('PATCH', `/api/users/${account}`, { enableAPIKey: false }, jwt(admin.token))
    expect(revoked.status).toBe(200)
    const me = await send('GET', '/api/users/me')
    expect(JSON.parse(me.text).user).toBeNull()
    expect((await send('POST', '/api/events', event([ours]))).status).toBe(403)
  })
})
