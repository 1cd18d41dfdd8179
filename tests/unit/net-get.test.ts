import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { get, GetError, type GetRules } from '@/net/get'

/** What the importer fetches from the web: within a size and a time, redirects followed and checked again. */
let server: http.Server
let base: string
beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? '/'
    if (url === '/page') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>hello</p>')
    if (url === '/big') return void res.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000))
    if (url === '/big-unannounced') {
      res.writeHead(200)
      for (let i = 0; i < 10; i++) res.write('x'.repeat(1000))
      return void res.end()
    }
    if (url === '/slow') return void setTimeout(() => res.writeHead(200).end('late'), 2000).unref()
    if (url === '/moved') return void res.writeHead(301, { location: '/page' }).end()
    if (url === '/to-file') return void res.writeHead(302, { location: 'file:///etc/passwd' }).end()
    if (url === '/loop') return void res.writeHead(302, { location: '/loop' }).end()
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  server.closeAllConnections()
  return new Promise<void>((resolve) => server.close(() => resolve()))
})

const rules = (more: Partial<GetRules> = {}): GetRules => ({
  maxBytes: 2000,
  timeoutMs: 500,
  allowPrivate: true,
  hint: 'set X=true',
  userAgent: 'test',
  ...more,
})

test('a page, and a page after a redirect', async () => {
  expect((await get(`${base}/page`, rules())).body.toString()).toBe('<p>hello</p>')
  const moved = await get(`${base}/moved`, rules())
  expect(moved.url).toBe(`${base}/page`)
})

test.each([
  ['declared larger than allowed', '/big', /more than/],
  ['larger than allowed as it comes', '/big-unannounced', /more than/],
  ['slower than allowed', '/slow', /did not answer within 0.5 s/],
  ['not there', '/nothing', /answered 404/],
  ['redirecting in circles', '/loop', /redirects more than 5 times/],
])('refused when %s', async (_, path, reason) => {
  await expect(get(`${base}${path}`, rules())).rejects.toThrow(reason)
})

test('a private address is refused when not allowed, as typed and by name', async () => {
  await expect(get(`${base}/page`, rules({ allowPrivate: false }))).rejects.toThrow(/private network \(set X=true\)/)
  await expect(get('http://localhost/page', rules({ allowPrivate: false }))).rejects.toThrow(/this machine/)
})

test('each redirect’s address is checked as the first one was', async () => {
  const redirected = get(`${base}/to-file`, rules())
  await expect(redirected).rejects.toBeInstanceOf(GetError)
  await expect(get(`${base}/to-file`, rules())).rejects.toThrow(/file:\/\/\/etc\/passwd cannot be fetched/)
})

test('addresses that are not http(s) or carry credentials are refused', async () => {
  await expect(get('file:///etc/passwd', rules())).rejects.toThrow(/https:\/\/ or http:\/\//)
  await expect(get('http://user:secret@example.org/', rules())).rejects.toThrow(/user name or password/)
})
