import { photoVersion } from '@/lib/photos/photos'

import { createUser, jpeg } from '../helpers/fixtures'
import { apiClient } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/** Photo files are cached for good at their versioned address and revalidated cheaply anywhere else. */
let ctx: TestContext
let api: ReturnType<typeof apiClient>
let token: string
let photo: { id: number; updatedAt: string; sizes: Record<string, { url: string }> }

beforeAll(async () => {
  ctx = await startPayload()
  api = apiClient(ctx.config)
  token = (await createUser(ctx.payload, 'editor')).token
  const form = new FormData()
  form.append('_payload', JSON.stringify({ alt: 'Cached', credit: 'Somebody' }))
  form.append('file', new Blob([new Uint8Array(await jpeg(900, 600))], { type: 'image/jpeg' }), 'cached.jpg')
  const res = await api.rest('POST', '/api/photos', { form, token })
  expect(res.status).toBe(201)
  photo = res.body.doc
})
afterAll(() => stopPayload(ctx))

const get = (url: string, headers: Record<string, string> = {}) => api.rest('GET', url, { headers, binary: true })

test('at the address with its current version: a year, immutable, with a strong ETag', async () => {
  const res = await get(`${photo.sizes.card.url}?v=${photoVersion(photo)}`)
  expect(res.status).toBe(200)
  expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  expect(res.headers.get('etag')).toMatch(/^"[0-9a-z]+-[0-9a-z]+"$/)
  expect(res.headers.get('content-type')).toBe('image/jpeg')
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  expect((res.body as Buffer).length).toBe(Number(res.headers.get('content-length')))
})

test('without a version, or an old one: revalidated every time, a 304 when unchanged', async () => {
  for (const url of [photo.sizes.card.url, `${photo.sizes.card.url}?v=old`]) {
    const res = await get(url)
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    const again = await get(url, { 'If-None-Match': res.headers.get('etag')! })
    expect(again.status).toBe(304)
    expect((again.body as Buffer).length).toBe(0)
  }
})

test('a new credit rewrites the files: the version and the ETag change', async () => {
  const before = await get(photo.sizes.card.url)
  const res = await api.rest('PATCH', `/api/photos/${photo.id}`, { token, json: { credit: 'Somebody else' } })
  expect(res.status).toBe(200)
  expect(photoVersion(res.body.doc)).not.toBe(photoVersion(photo))
  const after = await get(photo.sizes.card.url, { 'If-None-Match': before.headers.get('etag')! })
  expect(after.status).toBe(200)
  expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
})

test('byte ranges and missing files', async () => {
  const part = await get(photo.sizes.card.url, { Range: 'bytes=0-9' })
  expect(part.status).toBe(206)
  expect((part.body as Buffer).length).toBe(10)
  expect((await get('/api/photos/file/not-there.jpg')).status).toBe(404)
})
