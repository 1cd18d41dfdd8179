#!/usr/bin/env node
// The production server: Next's request handler behind Node's HTTP server, which does what Next does not.
//   1. A site page's Content-Security-Policy lists the page's inline scripts by hash (src/cache/page-headers.mjs):
//      the page is held until it is complete, the hashes go into the policy, then it is sent.
//   2. An anonymous page that Next keeps gets the shared-cache policy proxy.ts chose (src/cache/page-headers.mjs).
//   3. X-Forwarded-For holds only what the trusted proxies in front wrote (TRUSTED_PROXIES), and the peer.
//   4. Answers are compressed here (next.config.ts turns Next's own compression off), after the hashes are made.
// Run by scripts/start.mjs, the e2e tests and the Docker image, on PORT (default 3000).
import http from 'node:http'

import nextEnv from '@next/env'
import next from 'next'
import compression from 'next/dist/compiled/compression/index.js'

import { config } from '../src/config/index.js'
import { fillInlineHashes, sharedCacheHeaders, waitsForHashes } from '../src/cache/page-headers.mjs'

// .env first, as Next would load it, so that this server and the app read the same settings (src/config).
nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production', undefined, true)
let settings
try {
  settings = config()
} catch (error) {
  console.error(`The server cannot start: ${error.message}`)
  process.exit(1)
}

const CSP = 'content-security-policy'
/** How long requests in flight may take to finish once the server is told to stop. */
const SHUTDOWN_GRACE_MS = 10_000
const NOT_MODIFIED = 304

/**
 * Holds back a page whose policy waits for its hashes, and sends it whole with the hashes in. Anything else is
 * passed on as Next writes it. A 304 sends no page, so no policy either: the browser keeps the one it has.
 */
function fillHashesWhenComplete(res) {
  const { write, end, flushHeaders } = res
  let held // the page's chunks while it is held; undefined when passing through
  let decided = false
  const decide = () => {
    if (decided) return
    decided = true
    sharedCacheHeaders(res)
    if (!waitsForHashes(res.getHeader(CSP))) return
    if (res.statusCode === NOT_MODIFIED) res.removeHeader(CSP)
    else held = []
  }
  const chunk = (data, encoding) =>
    Buffer.isBuffer(data) ? data : Buffer.from(data, typeof encoding === 'string' ? encoding : 'utf8')

  res.flushHeaders = function () {
    decide()
    if (!held) flushHeaders.call(res)
  }
  res.write = function (data, encoding, callback) {
    decide()
    if (!held) return write.apply(res, arguments)
    if (data != null && data.length) held.push(chunk(data, encoding))
    const done = typeof encoding === 'function' ? encoding : callback
    if (done) process.nextTick(done)
    return true
  }
  res.end = function (data, encoding, callback) {
    decide()
    if (!held) return end.apply(res, arguments)
    if (typeof data === 'function') [data, callback] = [undefined, data]
    if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding]
    if (data != null && data.length) held.push(chunk(data, encoding))
    const page = Buffer.concat(held)
    held = undefined
    res.setHeader(CSP, fillInlineHashes(String(res.getHeader(CSP)), page.toString('utf8')))
    if (res.hasHeader('content-length')) res.setHeader('content-length', page.length)
    return end.call(res, page, callback)
  }
}

/**
 * X-Forwarded-For as far as it can be believed: the entries the TRUSTED_PROXIES proxies in front appended, then
 * the address this connection came from. Anything a client wrote there itself is dropped (Next passes on the
 * header it is given), so no one chooses the address the sign-in and rate limits count them under.
 */
const trustedHops = settings.trustedProxies
function believableForwardedFor(req) {
  const sent = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const appended = trustedHops ? sent.slice(-trustedHops) : []
  req.headers['x-forwarded-for'] = [...appended, req.socket.remoteAddress ?? 'unknown'].join(', ')
  delete req.headers['x-real-ip']
}

const dev = !settings.production
const port = settings.port
const app = next({ dev, port, hostname: 'localhost' })
const compress = compression()

await app.prepare()
const handle = app.getRequestHandler()
const server = http.createServer((req, res) => {
  believableForwardedFor(req)
  compress(req, res, () => {
    fillHashesWhenComplete(res)
    handle(req, res).catch((error) => {
      console.error(error)
      if (!res.headersSent) res.statusCode = 500
      res.end()
    })
  })
})
// Every address of the machine, IPv4 and IPv6, as `next start` listens.
server.listen(port, () => console.log(`Ready on http://localhost:${port}`))

// Requests in flight may finish; new ones are refused.
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.close(() => process.exit(0))
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref()
    server.closeIdleConnections?.()
  })
