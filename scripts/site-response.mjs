// The server's response (scripts/serve.mjs hands it to Node as http.createServer's ServerResponse class): what it
// does besides what Node's does, in one place.
//   1. An anonymous page that Next keeps gets the shared-cache policy proxy.ts chose (src/cache/page-headers.mjs).
//   2. A site page that runs no script (its policy says `script-src 'none'`) and that Next rendered for this
//      request alone (the search) is held until it is complete and sent without scripts, compressed here
//      (src/cache/script-free.mjs). Pages Next keeps were made script-free when they were kept, and pass.
import http from 'node:http'
import zlib from 'node:zlib'

import Negotiator from 'negotiator'

import { sharedCacheHeaders } from '../src/cache/page-headers.mjs'
import { withoutScripts } from '../src/cache/script-free.mjs'

const NO_SCRIPT = /(?:^|;)\s*script-src\s+'none'\s*(?:;|$)/
/** What the `compression` package offers too (scripts/serve.mjs), in the same order of preference. */
const ENCODINGS = ['br', 'gzip', 'identity']
const PREFERRED = ['br', 'gzip']
const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }

const chunk = (data, encoding) =>
  Buffer.isBuffer(data) ? data : Buffer.from(data, typeof encoding === 'string' ? encoding : 'utf8')

/** A page this response must make script-free itself: rendered now, not taken from Next's page cache. */
function madeForThisRequest(res) {
  return (
    String(res.getHeader('content-type') ?? '').startsWith('text/html') &&
    NO_SCRIPT.test(String(res.getHeader('content-security-policy') ?? '')) &&
    !res.hasHeader('x-nextjs-cache') &&
    res.statusCode !== 304
  )
}

export class SiteResponse extends http.ServerResponse {
  #decided = false
  /** The page's chunks while it is held; undefined when passing through. */
  #held
  /** writeHead's arguments after the status while the page is held. */
  #head

  /**
   * Whether this response holds its page (decided once, when its headers are final: at the first writeHead,
   * flushHeaders, write or end, or when the compression layer asks).
   */
  holdsPage() {
    if (!this.#decided) {
      this.#decided = true
      sharedCacheHeaders(this)
      if (madeForThisRequest(this)) this.#held = []
    }
    return Boolean(this.#held)
  }

  writeHead(...args) {
    if (!this.holdsPage()) return super.writeHead(...args)
    // The status goes out with the page, as it stands then: Next may set it once the page has been rendered
    // further (a 404 thrown inside a Suspense boundary, src/components/NotFoundPage.tsx).
    const [status, ...rest] = args
    this.statusCode = status
    this.#head = rest
    return this
  }

  flushHeaders() {
    if (!this.holdsPage()) super.flushHeaders()
  }

  write(data, encoding, callback) {
    if (!this.holdsPage()) return super.write(data, encoding, callback)
    if (data != null && data.length) this.#held.push(chunk(data, encoding))
    const done = typeof encoding === 'function' ? encoding : callback
    if (done) process.nextTick(done)
    return true
  }

  end(data, encoding, callback) {
    if (!this.holdsPage()) return super.end(data, encoding, callback)
    if (typeof data === 'function') [data, callback] = [undefined, data]
    if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding]
    if (data != null && data.length) this.#held.push(chunk(data, encoding))
    const page = Buffer.from(withoutScripts(Buffer.concat(this.#held).toString('utf8')), 'utf8')
    this.#held = undefined
    const body = this.#compressed(page)
    // Next's validator (if any) named the page as it was rendered, scripts and all.
    this.removeHeader('etag')
    this.setHeader('content-length', body.length)
    super.writeHead(this.statusCode, ...(this.#head ?? []))
    return super.end(this.req.method === 'HEAD' ? undefined : body, callback)
  }

  #compressed(page) {
    if (!/\baccept-encoding\b/i.test(String(this.getHeader('vary') ?? ''))) this.appendHeader('vary', 'Accept-Encoding')
    const method = new Negotiator(this.req).encoding(ENCODINGS, PREFERRED)
    if (method === 'br') {
      this.setHeader('content-encoding', 'br')
      return zlib.brotliCompressSync(page, BROTLI)
    }
    if (method === 'gzip') {
      this.setHeader('content-encoding', 'gzip')
      return zlib.gzipSync(page)
    }
    return page
  }
}
