import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib'

import { sayChanged, sayPagesKeptHere } from '@/cache/server-links.mjs'

import { PageMemo } from '../../scripts/page-memo.mjs'
import { SiteResponse } from '../../scripts/site-response.mjs'

/** A server wired as scripts/serve.mjs wires it, whose "Next" answers by address and counts what it is asked. */
let server: http.Server<typeof http.IncomingMessage, typeof SiteResponse>
let base: string
let clock = 1_000_000
let asked = 0
const memo = new PageMemo({ seconds: 10, now: () => clock })

const KEPT = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=30',
  'x-nextjs-cache': 'HIT',
  vary: 'rsc, next-router-state-tree, Accept-Encoding',
  'content-security-policy': "default-src 'self'; script-src 'none'",
  xkey: 'event:1 list:events',
}
/** What each address answers besides a kept page's headers. */
const ANSWERS: Record<string, { status?: number; headers?: Record<string, string>; during?: () => void }> = {
  '/events/kept': {},
  '/events/other': {},
  '/events/brief': { headers: { 'cache-control': 'public, max-age=0, s-maxage=2' } },
  '/events/private': { headers: { 'cache-control': 'private, no-store' } },
  '/events/rendered': { headers: { 'x-nextjs-cache': 'MISS' } },
  '/events/per-request': { headers: { 'x-nextjs-cache': '' } },
  '/events/cookie': { headers: { 'set-cookie': 'session=1' } },
  '/events/missing': { status: 404 },
  '/events/anything': { headers: { vary: '*' } },
  '/events/changing': { during: sayChanged },
}

beforeAll(async () => {
  sayPagesKeptHere(true)
  server = http.createServer({ ServerResponse: SiteResponse }, (req, res) => {
    if (memo.answer(req, res)) return
    ;(res as unknown as { offerTo: (m: PageMemo) => void }).offerTo(memo)
    asked += 1
    const path = (req.url ?? '').split('?')[0]
    const answer = ANSWERS[path] ?? (path.startsWith('/events/big/') ? {} : { status: 404 })
    const headers = { ...KEPT, ...answer.headers }
    for (const [name, value] of Object.entries(headers)) if (value) res.setHeader(name, value)
    res.statusCode = answer.status ?? 200
    answer.during?.()
    const text = `${req.url} answer ${asked}${path.startsWith('/events/big') ? 'x'.repeat(900_000) : ''}`
    // As the compression layer would: Brotli to a client that takes it.
    if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.setHeader('content-encoding', 'br')
      res.end(brotliCompressSync(text))
    } else {
      res.write(text.slice(0, 3))
      res.end(text.slice(3))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; fromNext: boolean }
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  const before = asked
  return new Promise((resolve, reject) => {
    http
      .request(`${base}${path}`, { method, headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
            fromNext: asked > before,
          }),
        )
      })
      .on('error', reject)
      .end()
  })
}

test('an anonymous reader is sent the kept page again as it went out, without asking Next, with its age', async () => {
  const first = await get('/events/kept')
  expect(first.fromNext).toBe(true)
  clock += 3_000
  const again = await get('/events/kept')
  expect(again.fromNext).toBe(false)
  expect(again.body.equals(first.body)).toBe(true)
  expect(again.status).toBe(200)
  expect(again.headers.age).toBe('3')
  for (const name of ['cache-control', 'content-type', 'content-security-policy', 'xkey', 'vary', 'x-nextjs-cache'])
    expect(again.headers[name]).toBe(first.headers[name])
  expect(Number(again.headers['content-length'])).toBe(again.body.length)
  // Another address is another page.
  expect((await get('/events/other')).fromNext).toBe(true)
})

test('a signed-in, previewing, conditional or non-GET request always goes to Next', async () => {
  await get('/events/kept')
  const requests: Record<string, string>[] = [
    { cookie: 'payload-token=abc' },
    { cookie: '__prerender_bypass=1' },
    { authorization: 'users API-Key abc' },
    { 'if-none-match': '"x"' },
    { 'if-modified-since': new Date().toUTCString() },
  ]
  for (const headers of requests)
    expect((await get('/events/kept', headers)).fromNext).toBe(true)
  expect((await get('/events/kept', {}, 'HEAD')).fromNext).toBe(true)
  expect((await get('/events/kept', {}, 'POST')).fromNext).toBe(true)
  // Nor is what they were sent kept for anyone else.
  expect((await get('/events/kept')).fromNext).toBe(false)
})

test.each([
  ['a private answer', '/events/private'],
  ['a page Next rendered for this request', '/events/rendered'],
  ['a page Next does not keep', '/events/per-request'],
  ['an answer that sets a cookie', '/events/cookie'],
  ['a 404', '/events/missing'],
  ['an answer that varies on everything', '/events/anything'],
  ['an answer whose request began before a change', '/events/changing'],
])('%s is not kept', async (_what, path) => {
  await get(path)
  expect((await get(path)).fromNext).toBe(true)
})

test('a change forgets every kept page', async () => {
  await get('/events/kept')
  await get('/events/other')
  expect((await get('/events/kept')).fromNext).toBe(false)
  sayChanged()
  expect((await get('/events/kept')).fromNext).toBe(true)
  expect((await get('/events/other')).fromNext).toBe(true)
  expect((await get('/events/kept')).fromNext).toBe(false)
})

test('a page is kept at most PAGE_MEMO_SECONDS, and no longer than its s-maxage', async () => {
  sayChanged()
  await get('/events/kept')
  await get('/events/brief')
  clock += 2_000
  expect((await get('/events/brief')).fromNext).toBe(true)
  expect((await get('/events/kept')).fromNext).toBe(false)
  clock += 8_000
  expect((await get('/events/kept')).fromNext).toBe(true)
})

test('each encoding and each value of a header the page varies on is a copy of its own', async () => {
  sayChanged()
  const plain = await get('/events/kept')
  const br = await get('/events/kept', { 'accept-encoding': 'br' })
  expect(br.fromNext).toBe(true)
  const brAgain = await get('/events/kept', { 'accept-encoding': 'gzip, deflate, br' })
  expect(brAgain.fromNext).toBe(false)
  expect(brAgain.headers['content-encoding']).toBe('br')
  expect(brAgain.body.equals(br.body)).toBe(true)
  expect(brotliDecompressSync(brAgain.body).toString()).toMatch(/^\/events\/kept answer \d+$/)
  expect((await get('/events/kept', { 'accept-encoding': 'identity' })).body.equals(plain.body)).toBe(true)
  // Next's router asks the same address for other bytes.
  expect((await get('/events/kept', { rsc: '1' })).fromNext).toBe(true)
  expect((await get('/events/kept', { rsc: '1' })).fromNext).toBe(false)
  expect((await get('/events/kept')).body.equals(plain.body)).toBe(true)
})

test('nothing is kept while pages are kept in Redis, where other replicas’ changes do not pass through here', async () => {
  sayChanged()
  sayPagesKeptHere(false)
  try {
    await get('/events/kept')
    expect((await get('/events/kept')).fromNext).toBe(true)
  } finally {
    sayPagesKeptHere(true)
  }
})

test('what is kept stays within its bound, the least recently sent going first', async () => {
  sayChanged()
  for (let i = 1; i <= 10; i++) await get(`/events/big/${i}`)
  expect(memo.size.bytes).toBeLessThanOrEqual(8 * 1024 * 1024)
  expect((await get('/events/big/10')).fromNext).toBe(false)
  expect((await get('/events/big/1')).fromNext).toBe(true)
})

test('a memo of 0 seconds keeps nothing', async () => {
  const off = new PageMemo({ seconds: 0 })
  const req = { method: 'GET', headers: {}, url: '/events/kept' } as unknown as http.IncomingMessage
  expect(off.answer(req, {} as http.ServerResponse)).toBe(false)
  expect(off.keeps(req, {} as http.ServerResponse)).toBe(false)
})
