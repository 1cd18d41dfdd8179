#!/usr/bin/env node
// Throughput of a started site, each path side by side with "the ceiling": a bare node:http server on this
// machine handing out the very same bytes from memory, measured in the same run (autocannon, 32 connections).
// Prints a Markdown table with the targets beside the figures and writes it to docs/benchmarks.md.
//   RATE_LIMIT_PER_MINUTE=100000000 TRUSTED_PROXIES=1 npm start   (in another terminal: the anonymous rate limit
//   would answer 429; the GraphQL part sends from eight addresses, believed only behind a proxy)
//   npm run bench [-- http://localhost:3000]
// BENCH_SECONDS (default 10) is each measurement's length; BENCH_CONNECTIONS (default 32) its connections.
// BENCH_FRONT=1 measures through the cache in front (give its address): the target is then 80 % for every path,
// and the table replaces that section of docs/benchmarks.md rather than the one of the app alone.
// Figures are never asserted by tests: a slow or busy machine gives lower ones, which is why the ceiling is
// measured with them.
import http from 'node:http'

import autocannon from 'autocannon'

import { machine, writeSection } from './bench-report.mjs'
import { graphqlStall } from './bench-graphql.mjs'
import { DEMO_EVENT, siteBase } from './site-pages.mjs'

const base = siteBase()
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const FRONT = process.env.BENCH_FRONT === '1'
const SECTION = FRONT ? 'Through the cache in front (Varnish, deploy/varnish/default.vcl)' : 'Through `npm start` alone'
/** Through the cache in front every path aims at 80 % of the ceiling. */
const FRONT_SHARE = 80

/** The paths of the issue's table; pages aim at 15 % of the ceiling and p99 ≤ 50 ms, the API at 10 %. */
const PATHS = [
  { name: 'event page', path: `/events/${DEMO_EVENT}`, share: 15, p99: 50 },
  { name: 'home page', path: '/', share: 15, p99: 50 },
  { name: 'tag archive', path: '/tags/climate', share: 15, p99: 50 },
  { name: 'REST events, limit=5&depth=1', path: '/api/events?limit=5&depth=1', share: 10 },
  {
    name: 'REST events filtered by tag',
    path: '/api/events?limit=5&depth=1&where[tags.slug][equals]=climate',
    share: 10,
  },
  { name: '/feed.xml', path: '/feed.xml', share: 10 },
]

/** A server that answers every request with these bytes and headers: as fast as Node serves anything here. */
function ceiling(body, contentType) {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': body.length })
    res.end(body)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

const run = (url) =>
  new Promise((resolve, reject) =>
    autocannon({ url, connections: CONNECTIONS, duration: SECONDS }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  )

const rows = []
let unmet = 0
for (const { name, path, share: appShare, p99 } of PATHS) {
  const share = FRONT ? FRONT_SHARE : appShare
  const url = `${base}${path}`
  const first = await fetch(url)
  if (first.status === 429)
    throw new Error(`${url} answered 429: start the site with RATE_LIMIT_PER_MINUTE=100000000 for a benchmark.`)
  if (!first.ok) throw new Error(`${url} answered ${first.status}: start the site first (npm start).`)
  const body = Buffer.from(await first.arrayBuffer())
  const server = await ceiling(body, first.headers.get('content-type') ?? 'text/plain')
  const { port } = server.address()
  const bare = await run(`http://127.0.0.1:${port}${path}`)
  server.close()
  const app = await run(url)
  const ratio = (100 * app.requests.average) / bare.requests.average
  const errors = app.errors + app.timeouts + (app.non2xx ?? 0)
  const shareMet = ratio >= share
  const p99Met = p99 === undefined || app.latency.p99 <= p99
  if (!shareMet || !p99Met) unmet += 1
  rows.push(
    `| ${name} | ${Math.round(app.requests.average)} | ${Math.round(bare.requests.average)} | ${ratio.toFixed(1)} % (≥ ${share} %${shareMet ? '' : ' — not met'}) | ${app.latency.p99} ms${p99 === undefined ? '' : ` (≤ ${p99}${p99Met ? '' : ' — not met'})`} | ${errors} |`,
  )
  console.error(`  ${name}: ${Math.round(app.requests.average)} req/s, ${ratio.toFixed(1)} % of the ceiling`)
}

const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, ${CONNECTIONS} connections, ${SECONDS} s each, against ${base}.`,
  '',
  '| path | req/s | ceiling req/s | share of the ceiling (target) | p99 (target) | errors |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows,
].join('\n')
console.log(table)
console.log(`\n${unmet ? `${unmet} target(s) not met` : 'every target met'}`)
writeSection(SECTION, table)

if (!FRONT) {
  console.error('  GraphQL: a plain read while heavy queries run…')
  const stall = await graphqlStall(base, SECONDS)
  console.log(`\n${stall}`)
  writeSection(
    'A plain read while heavy GraphQL queries run',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, against ${base} (started with TRUSTED_PROXIES=1).\n\n${stall}`,
  )
}
