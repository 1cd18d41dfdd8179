import { gunzipSync, gzipSync } from 'node:zlib'

import { compressedResponse } from '@/cache/compressed'

/** A kept text goes out compressed to whoever takes gzip, and as text to whoever does not. */
const kept = { gzip: gzipSync('<urlset>every page</urlset>'), state: 'HIT' as const }
const answer = (acceptEncoding?: string) =>
  compressedResponse(
    new Request('http://localhost/sitemaps/1.xml', {
      headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
    }),
    kept,
    { 'Content-Type': 'application/xml; charset=utf-8' },
  )

test.each(['gzip', 'gzip, deflate, br', 'br;q=1.0, gzip;q=0.8', 'deflate, GZIP', '*'])(
  'to "%s" the compressed bytes as they were kept',
  async (header) => {
    const res = answer(header)
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe('<urlset>every page</urlset>')
  },
)

test.each([undefined, '', 'identity', 'br', 'gzip;q=0', 'gzip; q=0.0'])('to %p the text itself', async (header) => {
  const res = answer(header)
  expect(res.headers.get('content-encoding')).toBeNull()
  expect(await res.text()).toBe('<urlset>every page</urlset>')
})

test('says what it is, that it depends on the encoding asked for, and whether it was kept already', () => {
  const res = answer('gzip')
  expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8')
  expect(res.headers.get('vary')).toBe('Accept-Encoding')
  expect(res.headers.get('x-api-cache')).toBe('HIT')
})
