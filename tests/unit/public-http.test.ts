import { jobsKey, JOBS_KEY_HEADER } from '@/jobs/key'
import { readConfig } from '@/config'

const corsOrigins = (value: string) => readConfig({ CORS_ORIGINS: value }).corsOrigins

process.env.CORS_ORIGINS = 'https://partner.example'
process.env.RATE_LIMIT_PER_MINUTE = '3'
delete process.env.REDIS_URL

const { publicHttp } = await import('@/api/public-http')
const { PUBLIC_CACHE_CONTROL } = await import('@/cache/keys')

let body = JSON.stringify({ docs: [{ title: 'Focus meeting' }] })
const handler = publicHttp(async () => new Response(body, { headers: { 'Content-Type': 'application/json' } }))
let address = 0
/** Each test its own address, so the rate limit of one does not spill into the next. */
const from = () => `203.0.113.${(address += 1)}`
const get = (ip: string, headers: Record<string, string> = {}) =>
  handler(new Request('http://localhost/api/events', { headers: { 'x-forwarded-for': ip, ...headers } }), {})

describe('answers to other sites', () => {
  test('an anonymous read carries a strong ETag; the same ETag back gives 304 without a body', async () => {
    const ip = from()
    const first = await get(ip)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]{32}"$/)
    expect(first.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL)
    const again = await get(ip, { 'If-None-Match': etag! })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    body = JSON.stringify({ docs: [{ title: 'Focus meeting (changed)' }] })
    const changed = await get(ip, { 'If-None-Match': etag! })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
  })

  test('a signed-in read is private and never stored by a shared cache', async () => {
    const res = await get(from(), { Authorization: 'users API-Key abc' })
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(res.headers.get('etag')).toBeNull()
    expect(res.headers.get('surrogate-key')).toBeNull()
  })

  test('an anonymous read says which keys a cache in front files it under, for the purge on change', async () => {
    const res = await get(from())
    expect(res.headers.get('surrogate-key')).toBe(res.headers.get('xkey'))
    expect(res.headers.get('surrogate-key')!.split(' ')).toEqual(
      expect.arrayContaining(['list:events', 'list:tags', 'list:photos', 'settings']),
    )
  })

  test('CORS: the listed origin may read, with no credentials; another origin gets no CORS headers', async () => {
    const ip = from()
    const allowed = await get(ip, { Origin: 'https://partner.example' })
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example')
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull()
    expect(allowed.headers.get('access-control-expose-headers')).toContain('ETag')
    expect(allowed.headers.get('vary')).toContain('Origin')
    const other = await get(ip, { Origin: 'https://elsewhere.example' })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  })

  test('CORS preflight: answered for the listed origin, refused with a reason for another', async () => {
    const preflight = (origin: string) =>
      handler(
        new Request('http://localhost/api/events', {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'x-forwarded-for': from() },
        }),
        {},
      )
    const ok = await preflight('https://partner.example')
    expect(ok.status).toBe(204)
    expect(ok.headers.get('access-control-allow-methods')).toContain('GET')
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull()
    const refused = await preflight('https://elsewhere.example')
    expect(refused.status).toBe(403)
    expect((await refused.json()).errors[0].message).toContain('https://elsewhere.example may not call this API')
  })

  test('past the rate limit: 429 with Retry-After and RateLimit headers; a credential that signs nobody in gets no more', async () => {
    const ip = from()
    const answers = [await get(ip), await get(ip), await get(ip), await get(ip)]
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429])
    expect(answers[0].headers.get('ratelimit-limit')).toBe('3')
    expect(answers[0].headers.get('ratelimit-remaining')).toBe('2')
    const refused = answers[3]
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await refused.json()).errors[0].message).toMatch(/Too many requests from .*: 3 a minute are allowed/)
    // Only an account Payload signs in gets the wider budget (tests/e2e/credentials.test.ts).
    const junks: Array<Record<string, string>> = [
      { Authorization: 'JWT x' },
      { Authorization: 'users API-Key x' },
      { Cookie: 'payload-token=x' },
    ]
    for (const junk of junks) expect((await get(ip, junk)).status).toBe(429)
    // The app's own job runner is never counted under a public limit.
    const own = { [JOBS_KEY_HEADER]: jobsKey(readConfig(process.env).payloadSecret) }
    for (let i = 0; i < 5; i += 1) expect((await get(ip, own)).status).toBe(200)
    expect((await get(ip, { [JOBS_KEY_HEADER]: 'made-up' })).status).toBe(429)
    // Photo files are not counted (the image optimizer fetches them from inside the server).
    const file = () =>
      handler(new Request('http://localhost/api/photos/file/a.jpg', { headers: { 'x-forwarded-for': ip } }), {})
    for (let i = 0; i < 5; i += 1) expect((await file()).status).toBe(200)
  })
})

describe('what Payload answers oddly', () => {
  const seen: string[] = []
  const payloadLike = publicHttp(async (request: Request) => {
    seen.push(request.method)
    if (request.method !== 'GET') return new Response('{"message":"Cannot HEAD /api/events"}', { status: 501 })
    const url = new URL(request.url)
    if (url.pathname === '/api/nothing') return Response.json({ message: 'Cannot GET /api/nothing' }, { status: 501 })
    return Response.json({ docs: [] })
  })

  test('HEAD is answered as GET, without a body', async () => {
    const res = await payloadLike(
      new Request('http://localhost/api/events', { method: 'HEAD', headers: { 'x-forwarded-for': from() } }),
      {},
    )
    expect(res.status).toBe(200)
    expect(seen.at(-1)).toBe('GET')
    expect(await res.text()).toBe('')
    expect(res.headers.get('etag')).toMatch(/^"/)
  })

  test('an address Payload has no route for is a 404 that says so, not a 501', async () => {
    const res = await payloadLike(
      new Request('http://localhost/api/nothing', { headers: { 'x-forwarded-for': from() } }),
      {},
    )
    expect(res.status).toBe(404)
    expect((await res.json()).errors[0].message).toMatch(/nothing to GET at \/api\/nothing/)
  })

  test('a JSON body nested deeper than any document is refused before anything reads it', async () => {
    const deep = `{"title":${'['.repeat(5000)}${']'.repeat(5000)}}`
    const res = await payloadLike(
      new Request('http://localhost/api/events', {
        method: 'POST',
        body: deep,
        headers: { 'content-type': 'application/json', 'x-forwarded-for': from() },
      }),
      {},
    )
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].message).toMatch(/nests 5001 levels deep; 200 are allowed/)
  })
})

test('CORS_ORIGINS: exact origins, anything else refused by name', () => {
  expect(corsOrigins(' https://a.example, http://b.example:8080 ')).toEqual([
    'https://a.example',
    'http://b.example:8080',
  ])
  expect(corsOrigins('')).toEqual([])
  expect(() => corsOrigins('https://a.example/path')).toThrow('"https://a.example/path", which is not an origin')
  expect(() => corsOrigins('*')).toThrow('"*", which is not an origin')
})
