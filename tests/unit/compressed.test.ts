import { gzipSync } from 'node:zlib'

import { keptResponse } from '@/cache/compressed'

/** A text kept compressed goes out as the text itself (the server compresses what it sends). */
test('the answer is the text, says what it is and whether it was kept already', async () => {
  const res = keptResponse(
    { gzip: gzipSync('<urlset>every page</urlset>'), state: 'HIT' },
    { 'Content-Type': 'application/xml; charset=utf-8' },
  )
  expect(await res.text()).toBe('<urlset>every page</urlset>')
  expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8')
  expect(res.headers.get('content-encoding')).toBeNull()
  expect(res.headers.get('x-api-cache')).toBe('HIT')
})
