// What the server (scripts/site-response.mjs) does to a site page's headers, with what proxy.ts hands it.

/**
 * How proxy.ts hands the server an anonymous page's shared-cache policy: it replaces Next's own Cache-Control
 * where Next keeps the page (Next's says s-maxage); a page rendered per request keeps Next's, and no cache keys.
 */
export const SHARED_CACHE_CONTROL_HEADER = 'x-shared-cache-control'

/** A page's response headers as they leave, once Next has set its own. */
export function sharedCacheHeaders(res) {
  const shared = res.getHeader(SHARED_CACHE_CONTROL_HEADER)
  if (shared === undefined) return
  res.removeHeader(SHARED_CACHE_CONTROL_HEADER)
  if (/\bs-maxage=/.test(String(res.getHeader('cache-control') ?? ''))) res.setHeader('cache-control', shared)
  else for (const name of ['surrogate-key', 'xkey']) res.removeHeader(name)
}

/**
 * How a route hands the server bytes it keeps gzip-compressed (src/cache/compressed.ts): Next drops a route's own
 * Content-Encoding, so the route names the encoding in this header instead, and the server sends the bytes as they
 * are to a client that takes gzip (decompressed to one that does not), rather than decompressing and compressing
 * them again. Only where the server says it does so (src/cache/server-links.mjs); `next dev` and tests get plain bytes.
 */
export const KEPT_GZIP_HEADER = 'x-kept-gzip'
