// The server's response (scripts/serve.mjs hands it to Node as http.createServer's ServerResponse class): what it
// does besides what Node's does, in one place.
//   1. An anonymous page that Next keeps gets the shared-cache policy proxy.ts chose (src/cache/page-headers.mjs).
//   2. A site page that runs no script (its policy says `script-src 'none'`) and that Next rendered for this
//      request alone (the search) is held until it is complete and sent without scripts, compressed here
//      (src/cache/script-free.mjs). Pages Next keeps were made script-free when they were kept, and pass.
//   3. An answer a route keeps gzip-compressed (KEPT_GZIP_HEADER: a sitemap file) is sent as it is kept to a client
//      that takes gzip, decompressed to one that does not; never decompressed and compressed again.
//   4. A kept page on its way out is copied to the server's memo (scripts/page-memo.mjs) where it allows, and a
//      memo's answer is sent as it was kept (sendKept).
import http from 'node:http'
import zlib from 'node:zlib'

import Negotiator from 'negotiator'

import { KEPT_GZIP_HEADER, sharedCacheHeaders } from '../src/cache/page-headers.mjs'
import { withoutScripts } from '../src/cache/script-free.mjs'

const NO_SCRIPT = /(?:^|;)\s*script-src\s+'none'\s*(?:;|$)/
/** What the `compression` package offers (scripts/serve.mjs), in its order of preference. */
const ENCODINGS = ['br', 'gzip', 'deflate', 'identity']
const PREFERRED = ['br', 'gzip']

/** The encoding the server compresses an answer in for this request, as the `compression` package chooses it. */
export const encodingFor = (req) => new Negotiator(req).encoding(ENCODINGS, PREFERRED) ?? 'identity'
const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }

const chunk = (data, encoding) => {
  if (Buffer.isBuffer(data)) return data
  return typeof data === 'string' ? Buffer.from(data, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(data)
}

/** A page this response must make script-free itself: rendered now, not taken from Next's page cache. */
function madeForThisRequest(res) {
  return (
    String(res.getHeader('content-type') ?? '').startsWith('text/html') &&
    NO_SCRIPT.test(String(res.getHeader('content-security-policy') ?? '')) &&
    !res.hasHeader('x-nextjs-cache') &&
    res.statusCode !== 304
  )
}

/** What a held answer becomes once complete: its body as sent, its headers set on the response. */
const FINISH = {
  page(res, bytes) {
    return res.compressed(Buffer.from(withoutScripts(bytes.toString('utf8')), 'utf8'))
  },
  keptGzip(res, gzip) {
    res.removeHeader(KEPT_GZIP_HEADER)
    res.varyOnEncoding()
    if (new Negotiator(res.req).encoding(['gzip', 'identity']) === 'gzip') {
      res.setHeader('content-encoding', 'gzip')
      return gzip
    }
    return gzip.length ? zlib.gunzipSync(gzip) : gzip
  },
}

export class SiteResponse extends http.ServerResponse {
  #decided = false
  /** How the held answer is finished (a key of FINISH); undefined when passing through. */
  #finish
  /** The answer's chunks while it is held. */
  #held
  /** writeHead's arguments after the status while the answer is held. */
  #head
  /** The memo the answer is offered to, and the copy of what was sent while it may be kept. */
  #memo
  #copy

  /** Offers the complete answer to the memo (scripts/page-memo.mjs), which decides once the headers are final. */
  offerTo(memo) {
    this.#memo = memo
  }

  /** Sends an answer the memo kept, as it was kept. */
  sendKept(status, headers, body) {
    this.#decided = true
    super.writeHead(status, { ...headers, 'content-length': body.length })
    return super.end(body)
  }

  /**
   * Whether this response holds its answer until complete: a page to make script-free, or kept gzip. Decided once,
   * when its headers are final: at the first writeHead, flushHeaders, write or end, or when compression asks.
   */
  holdsAnswer() {
    if (!this.#decided) {
      this.#decided = true
      sharedCacheHeaders(this)
      if (madeForThisRequest(this)) this.#finish = 'page'
      else if (this.hasHeader(KEPT_GZIP_HEADER)) this.#finish = 'keptGzip'
      if (this.#finish) this.#held = []
    }
    return Boolean(this.#finish)
  }

  writeHead(...args) {
    if (!this.holdsAnswer()) {
      const response = super.writeHead(...args)
      if (this.#memo?.keeps(this.req, this)) this.#copy = []
      return response
    }
    // The status goes out with the page, as it stands then: Next may set it once the page has been rendered
    // further (a 404 thrown inside a Suspense boundary, src/components/NotFoundPage.tsx).
    const [status, ...rest] = args
    this.statusCode = status
    this.#head = rest
    return this
  }

  flushHeaders() {
    if (!this.holdsAnswer()) super.flushHeaders()
  }

  write(data, encoding, callback) {
    if (!this.holdsAnswer()) {
      const written = super.write(data, encoding, callback)
      if (this.#copy && data != null && data.length) this.#copy.push(chunk(data, encoding))
      return written
    }
    if (data != null && data.length) this.#held.push(chunk(data, encoding))
    const done = typeof encoding === 'function' ? encoding : callback
    if (done) process.nextTick(done)
    return true
  }

  end(data, encoding, callback) {
    if (!this.holdsAnswer()) {
      const last = data != null && typeof data !== 'function' && data.length ? chunk(data, encoding) : undefined
      // Headers may go out only now, inside end (nothing written before): the copy starts there.
      const ended = super.end(data, encoding, callback)
      if (this.#copy) {
        if (last) this.#copy.push(last)
        this.#memo.keep(this.req, this, Buffer.concat(this.#copy))
        this.#copy = undefined
      }
      return ended
    }
    if (typeof data === 'function') [data, callback] = [undefined, data]
    if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding]
    if (data != null && data.length) this.#held.push(chunk(data, encoding))
    const body = FINISH[this.#finish](this, Buffer.concat(this.#held))
    this.#held = undefined
    // Next's validator (if any) named the answer as it was handed over (a page with its scripts, kept bytes).
    this.removeHeader('etag')
    // A HEAD's held answer is empty: its length is unknown here.
    if (body.length || this.req.method !== 'HEAD') this.setHeader('content-length', body.length)
    super.writeHead(this.statusCode, ...(this.#head ?? []))
    return super.end(this.req.method === 'HEAD' ? undefined : body, callback)
  }

  varyOnEncoding() {
    if (!/\baccept-encoding\b/i.test(String(this.getHeader('vary') ?? ''))) this.appendHeader('vary', 'Accept-Encoding')
  }

  /** A held page compressed as the client prefers. */
  compressed(page) {
    this.varyOnEncoding()
    const method = encodingFor(this.req)
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
