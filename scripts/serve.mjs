#!/usr/bin/env node
// The production server: Next's request handler behind Node's HTTP server, which does what Next does not.
//   1. Its responses are SiteResponse (scripts/site-response.mjs): an anonymous page that Next keeps gets the
//      shared-cache policy proxy.ts chose, and a page rendered for one request that runs no script is sent
//      without one (pages Next keeps are made so when kept: cache-handler.mjs).
//   2. X-Forwarded-For holds only what the trusted proxies in front wrote (TRUSTED_PROXIES), and the peer.
//   3. An anonymous reader's page that Next answered from its page cache is sent again from here while nothing
//      changes, on the terms the cache in front keeps it (scripts/page-memo.mjs).
//   4. Answers are compressed here (next.config.ts turns Next's own compression off), by the `compression`
//      package; a page SiteResponse holds it compresses itself, once its scripts are out, and kept gzip (a
//      sitemap file) it sends as it is.
// Run by scripts/start.mjs, the e2e tests and the Docker image, on PORT (default 3000).
import http from 'node:http'

import nextEnv from '@next/env'
import compression from 'compression'
import next from 'next'

import { sendKeptGzip } from '../src/cache/server-links.mjs'
import { config } from '../src/config/index.js'
import { PageMemo } from './page-memo.mjs'
import { SiteResponse } from './site-response.mjs'

// .env first, as Next would load it, so that this server and the app read the same settings (src/config).
nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production', undefined, true)
let settings
try {
  settings = config()
} catch (error) {
  console.error(`The server cannot start: ${error.message}`)
  process.exit(1)
}

/** How long requests in flight may take to finish once the server is told to stop. */
const SHUTDOWN_GRACE_MS = 10_000

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
const compress = compression({
  // Every response is a SiteResponse (below); what it holds (a page, kept gzip), it compresses itself.
  filter: (req, res) => !res.holdsAnswer() && compression.filter(req, res),
})

// Routes hand kept gzip over as it is (src/cache/compressed.ts): this server sends it so.
sendKeptGzip()
await app.prepare()
const handle = app.getRequestHandler()
// Anonymous readers' kept pages, sent again without Next while nothing changes (production only: Next keeps none in
// development).
const memo = new PageMemo({ seconds: dev ? 0 : settings.pageMemoSeconds })
const server = http.createServer({ ServerResponse: SiteResponse }, (req, res) => {
  if (memo.answer(req, res)) return
  res.offerTo(memo)
  believableForwardedFor(req)
  compress(req, res, () => {
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
