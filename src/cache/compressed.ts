import { gunzipSync, gzipSync } from 'node:zlib'

import { unstable_cache } from 'next/cache'

import { config } from '@/config'

import { API_CACHE_HEADER } from './responses'

/** A text kept compressed, and whether this call made it (MISS) or found it kept (HIT). */
export type Kept = { gzip: Buffer; state: 'HIT' | 'MISS' }

/**
 * Like cachedRead, for a text too large for Next's data cache (it keeps at most 2 MB an entry; a sitemap file of
 * 5,000 events is about 6 MB): the text is kept gzip-compressed (about 1/20 of it), built once per change of
 * what `tags` names, and answered compressed. `make` answers null for "there is no such text" (kept too).
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
    let made = false
    const packed = !config().insideNextServer
      ? ((made = true), await pack(...args))
      : await unstable_cache(
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

const acceptsGzip = (request: Request) =>
  (request.headers.get('accept-encoding') ?? '')
    .split(',')
    .some((part) => /^\s*(gzip|\*)\s*(;\s*q=(?!0(\.0*)?\s*$)[\d.]+)?\s*$/i.test(part))

/**
 * A kept text as the answer: its compressed bytes as they are to a client that takes gzip (every browser and
 * crawler), decompressed for one that does not. API_CACHE_HEADER says whether it was kept already.
 */
export function compressedResponse(request: Request, kept: Kept, headers: Record<string, string>): Response {
  const all = new Headers({ ...headers, Vary: 'Accept-Encoding', [API_CACHE_HEADER]: kept.state })
  if (!acceptsGzip(request)) return new Response(new Uint8Array(gunzipSync(kept.gzip)), { headers: all })
  all.set('Content-Encoding', 'gzip')
  return new Response(new Uint8Array(kept.gzip), { headers: all })
}
