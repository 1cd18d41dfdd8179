import { gunzipSync, gzipSync } from 'node:zlib'

import { unstable_cache } from 'next/cache'

import { config } from '@/config'

import { KEPT_GZIP_HEADER } from './page-headers.mjs'
import { keptGzipSent } from './server-links.mjs'
import { API_CACHE_HEADER } from './responses'

/** A text kept compressed, and whether this call made it (MISS) or found it kept (HIT). */
export type Kept = { gzip: Buffer; state: 'HIT' | 'MISS' }

/**
 * Like cachedRead, for a text too large for Next's data cache (it keeps at most 2 MB an entry; a sitemap file of
 * 5,000 events is about 6 MB): the text is kept gzip-compressed (about 1/20 of it) and built once per change of
 * what `tags` names. `make` answers null for "there is no such text" (kept too).
 */
export function cachedCompressed<A extends unknown[]>(
  name: string,
  make: (...args: A) => Promise<string | null>,
  tags: (...args: A) => string[],
): (...args: A) => Promise<Kept | null> {
  const pack = async (...args: A) => {
    const text = await make(...args)
    return text === null ? null : gzipSync(text).toString('base64')
  }
  return async (...args: A) => {
    if (!config().insideNextServer) {
      const packed = await pack(...args)
      return packed === null ? null : { gzip: Buffer.from(packed, 'base64'), state: 'MISS' }
    }
    let made = false
    const packed = await unstable_cache(
      async () => {
        made = true
        return pack(...args)
      },
      [name, JSON.stringify(args)],
      { tags: tags(...args), revalidate: false },
    )()
    return packed === null ? null : { gzip: Buffer.from(packed, 'base64'), state: made ? 'MISS' : 'HIT' }
  }
}

/**
 * A kept text as the answer. Next drops the Content-Encoding of a route handler's answer, so the kept bytes go to
 * the server under KEPT_GZIP_HEADER, and it sends them as they are to a client that takes gzip
 * (scripts/site-response.mjs); where no such server runs (`next dev`, tests) the text goes decompressed.
 * API_CACHE_HEADER says whether it was kept already.
 */
export function keptResponse(kept: Kept, headers: Record<string, string>): Response {
  const marked = { ...headers, [API_CACHE_HEADER]: kept.state }
  if (keptGzipSent()) return new Response(new Uint8Array(kept.gzip), { headers: { ...marked, [KEPT_GZIP_HEADER]: '1' } })
  return new Response(new Uint8Array(gunzipSync(kept.gzip)), { headers: marked })
}
