import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync, gzipSync } from 'node:zlib'

import { keptResponse } from '@/cache/compressed'
import { KEPT_GZIP_HEADER } from '@/cache/page-headers.mjs'
import { sendKeptGzip } from '@/cache/server-links.mjs'

import { SiteResponse } from '../../scripts/site-response.mjs'

const XML = '<urlset>every page</urlset>'
const kept = (state: 'HIT' | 'MISS' = 'HIT') => keptResponse({ gzip: gzipSync(XML), state }, { 'Content-Type': 'application/xml; charset=utf-8' })

/** Where no server sends kept gzip as it is (next dev, tests), the answer is the text itself. */
test('without the site server, the answer is the text, says what it is and whether it was kept already', async () => {
  const res = kept()
  expect(await res.text()).toBe(XML)
  expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8')
  expect(res.headers.get('content-encoding')).toBeNull()
  expect(res.headers.get(KEPT_GZIP_HEADER)).toBeNull()
  expect(res.headers.get('x-api-cache')).toBe('HIT')
})

describe('the site server sends kept gzip as it is kept', () => {
  let server: http.Server<typeof http.IncomingMessage, typeof SiteResponse>
  let base: string
  beforeAll(async () => {
    sendKeptGzip()
    server = http.createServer({ ServerResponse: SiteResponse }, async (_req, res) => {
      const answer = kept('MISS')
      res.statusCode = answer.status
      answer.headers.forEach((value, name) => res.setHeader(name, value))
      res.setHeader('etag', '"of-the-gzip"')
      const bytes = Buffer.from(await answer.arrayBuffer())
      // In two writes, as a stream would hand them over.
      res.write(bytes.subarray(0, 5))
      res.end(bytes.subarray(5))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  const ask = (headers: Record<string, string>, method = 'GET') =>
    new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .request(base, { method, headers }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
        })
        .on('error', reject)
        .end()
    })

  test('to a client that takes gzip, even one that prefers Brotli: the kept bytes, their length, no marker', async () => {
    const res = await ask({ 'accept-encoding': 'br;q=1, gzip;q=0.8' })
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(res.body).toString()).toBe(XML)
    expect(Number(res.headers['content-length'])).toBe(res.body.length)
    expect(res.headers.vary).toMatch(/accept-encoding/i)
    expect(res.headers[KEPT_GZIP_HEADER]).toBeUndefined()
    expect(res.headers['x-api-cache']).toBe('MISS')
  })

  test('to a client that takes no gzip: the text, and no validator of other bytes', async () => {
    const accepts: Record<string, string>[] = [{}, { 'accept-encoding': 'br' }, { 'accept-encoding': 'gzip;q=0' }]
    for (const accept of accepts) {
      const res = await ask(accept)
      expect(res.headers['content-encoding']).toBeUndefined()
      expect(res.body.toString()).toBe(XML)
      expect(Number(res.headers['content-length'])).toBe(XML.length)
      expect(res.headers.etag).toBeUndefined()
    }
  })

  test('a HEAD says how the answer would come, without a body', async () => {
    const res = await ask({ 'accept-encoding': 'gzip' }, 'HEAD')
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(res.body.length).toBe(0)
  })
})
