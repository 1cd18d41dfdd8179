import { randomUUID } from 'node:crypto'

import { createUser, eventData } from '../helpers/fixtures'
import { apiClient, fieldsIn, messagesIn } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/**
 * An integration (a partner's site writing events) signs in with an API key. The key is its account's: a
 * contributor's key writes drafts in that contributor's clusters and nothing else. Admins alone give and revoke
 * keys, and no answer ever shows one.
 */
let ctx: TestContext
let api: ReturnType<typeof apiClient>
let admin: string
let editor: { token: string; user: { id: number | string } }
let integrationId: number | string
const key = randomUUID()
let ours: number | string
let theirs: number | string

const withKey = { headers: { Authorization: `users API-Key ${key}` } }

beforeAll(async () => {
  ctx = await startPayload()
  api = apiClient(ctx.config)
  admin = (await createUser(ctx.payload, 'admin')).token
  editor = (await createUser(ctx.payload, 'editor')) as typeof editor
  const cluster = (name: string) =>
    ctx.payload.create({ collection: 'clusters', data: { name, country: 'KZ' }, overrideAccess: true })
  ours = (await cluster('EUNIC Kazakhstan')).id
  theirs = (await cluster('EUNIC Georgia')).id
  const created = await api.rest('POST', '/api/users', {
    token: admin,
    json: {
      name: 'Kazakhstan cluster website',
      email: 'site@kz.example.org',
      password: 'an-unused-long-password',
      role: 'contributor',
      clusters: [ours],
      enableAPIKey: true,
      apiKey: key,
    },
  })
  expect(created.status).toBe(201)
  integrationId = created.body.doc.id
})
afterAll(() => stopPayload(ctx))

test('no answer shows the key, not even to the admin who set it', async () => {
  const created = await api.rest('GET', `/api/users/${integrationId}`, { token: admin })
  expect(created.status).toBe(200)
  expect(JSON.stringify(created.body)).not.toContain(key)
  expect(created.body.apiKey).toBeUndefined()
  expect(created.body.enableAPIKey).toBe(true)
  const me = await api.rest('GET', '/api/users/me', withKey)
  expect(me.body.user).toMatchObject({ id: integrationId, role: 'contributor' })
  expect(JSON.stringify(me.body)).not.toContain(key)
})

test('a contributor’s key creates a draft in its cluster, and nothing else', async () => {
  const draft = await api.rest('POST', '/api/events', {
    ...withKey,
    json: eventData({ clusters: [ours], _status: 'draft' }),
  })
  expect(draft.status).toBe(201)
  expect(draft.body.doc.createdBy.id).toBe(integrationId)
  expect(JSON.stringify(draft.body)).not.toContain(key)
  const elsewhere = await api.rest('POST', '/api/events', {
    ...withKey,
    json: eventData({ clusters: [theirs], _status: 'draft' }),
  })
  expect(elsewhere.status).toBe(403)
  const published = await api.rest('POST', '/api/events', {
    ...withKey,
    json: eventData({ clusters: [ours], _status: 'published' }),
  })
  expect(published.status).toBe(403)
  const tag = await api.rest('POST', '/api/tags', { ...withKey, json: { name: 'From a partner' } })
  expect(tag.status).toBe(403)
})

test('only an admin gives a key: an editor asking for one for itself is refused, naming the field', async () => {
  const refused = await api.rest('PATCH', `/api/users/${editor.user.id}`, {
    token: editor.token,
    json: { enableAPIKey: true, apiKey: randomUUID() },
  })
  expect(refused.status).toBe(403)
  expect(fieldsIn(refused.body).sort()).toEqual(['apiKey', 'enableAPIKey'])
  expect(messagesIn(refused.body)).toContain('apiKey: may not be changed by your account')
  // The admin's form sends the key fields back unchanged with every save: that is not a change.
  const saved = await api.rest('PATCH', `/api/users/${editor.user.id}`, {
    token: editor.token,
    json: { name: 'Renamed editor', enableAPIKey: false, apiKey: null },
  })
  expect(saved.status).toBe(200)
})

test('a revoked key no longer signs in', async () => {
  const revoked = await api.rest('PATCH', `/api/users/${integrationId}`, {
    token: admin,
    json: { enableAPIKey: false, apiKey: null },
  })
  expect(revoked.status).toBe(200)
  const me = await api.rest('GET', '/api/users/me', withKey)
  expect(me.body.user).toBeNull()
  const attempt = await api.rest('POST', '/api/events', {
    ...withKey,
    json: eventData({ clusters: [ours], _status: 'draft' }),
  })
  expect(attempt.status).toBe(403)
})
