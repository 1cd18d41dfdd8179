#!/usr/bin/env node
// The scale part of the benchmark, as readers meet the site: the content grown to 1k, 10k and 100k events
// (scripts/bench-grow.mjs), the server started afresh at each size and left to settle (its first jobs round and
// statistics refresh done) before anything is timed. Each request of the table is timed as a miss (an address
// nobody asked before: another event, tag, filter or page) and as a hit (the same address again), SAMPLES times
// each, one at a time by one client: p50 and p95. At the largest size the server then takes BENCH_LOAD_SECONDS
// (default 600) of mixed load at 32 connections, the misses are timed again, and its memory is read.
//   npm run bench:scale                     SQLite, in a file of its own (data/bench/)
//   BENCH_POSTGRES_URI=postgres://…/bench   PostgreSQL too, in a database it empties first
//   BENCH_SIZES=1000,10000                  other sizes (default 1000,10000,100000)
// Needs the production build (npm start makes it). Figures are never asserted by tests.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'
import pg from 'pg'

import { grow } from './bench-grow.mjs'
import { machine, writeSection } from './bench-report.mjs'
import { buildNeeded } from './build-state.mjs'
import { runSeed } from './seed.mjs'
import { freePort } from './free-port.mjs'
import { spawnServer } from './server-process.mjs'

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number)
const SAMPLES = 15
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 600)
const LOAD_CONNECTIONS = 32
/** The jobs round runs this long after the server starts (JOBS_INTERVAL_SECONDS), and refreshes the statistics. */
const JOBS_INTERVAL_SECONDS = 20
const DIR = path.resolve('data/bench')
const ADMIN = { email: 'bench@example.org', password: 'bench-admin-password-long', name: 'Bench' }
/** Targets: at the largest size each miss's p50 within this factor of the smallest size's; memory. */
const GROWTH = 1.5
const RSS_MB = 500
const WORDS = ['meeting', 'culture', 'almaty', 'film', 'music', 'tbilisi', 'dialogue', 'climate', 'youth', 'dance']
const COUNTRIES = ['KZ', 'GE', 'AM', 'AZ', 'UZ', 'KG', 'TJ', 'FR', 'DE', 'BE']

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const quantile = (values, q) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]

async function timed(base, request) {
  const { path: address, ...init } = typeof request === 'string' ? { path: request } : request
  const started = performance.now()
  const res = await fetch(`${base}${address}`, { ...init, signal: AbortSignal.timeout(600_000) })
  await res.arrayBuffer()
  if (!res.ok) throw new Error(`${address} answered ${res.status}`)
  return performance.now() - started
}

/** The server as `npm start` runs it, on the bench database, with empty caches; answers when it is up. */
async function startServer(env) {
  const port = await freePort()
  const child = spawnServer(
    {
      ...process.env,
      ...env,
      PORT: String(port),
      NODE_ENV: 'production',
      RATE_LIMIT_PER_MINUTE: '100000000',
      JOBS_INTERVAL_SECONDS: String(JOBS_INTERVAL_SECONDS),
    },
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const base = `http://127.0.0.1:${port}`
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}`)
    const up = await fetch(`${base}/api/tags?limit=1&depth=0`).catch(() => undefined)
    if (up?.ok) return { base, child, up: Date.now() }
    await sleep(500)
  }
  throw new Error('The server did not start within 2 minutes')
}

/** Resident and peak memory of a process, in MB (Linux). */
function memory(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0)
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) }
}

async function adminToken(base) {
  const json = { 'content-type': 'application/json' }
  await fetch(`${base}/api/users/first-register`, { method: 'POST', headers: json, body: JSON.stringify(ADMIN) })
  const res = await fetch(`${base}/api/users/login`, { method: 'POST', headers: json, body: JSON.stringify(ADMIN) })
  if (!res.ok) throw new Error(`Signing in to the bench site failed: ${res.status}`)
  return (await res.json()).token
}

/**
 * Waits until the server has settled: its own first jobs round (which refreshes the statistics) has run, then one
 * more round asked for by hand and answered, so none runs while requests are timed.
 */
async function settle(server, token) {
  const firstRound = server.up + (JOBS_INTERVAL_SECONDS + 5) * 1000
  await sleep(Math.max(0, firstRound - Date.now()))
  const res = await fetch(`${server.base}/api/jobs/due`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: '{}',
  })
  if (!res.ok) throw new Error(`The jobs round answered ${res.status}`)
}

const json = async (base, address) => (await fetch(`${base}${address}`)).json()

/**
 * What the rows ask for (the tags by use, events, an admin's token), and what the mixed load asks for: other
 * events and tags, so that the misses timed after the load are still misses.
 */
async function subjects(base, token) {
  const tags = []
  for (let page = 1; page <= 2; page++)
    tags.push(...(await json(base, `/api/tags?limit=100&page=${page}&depth=0&sort=slug`)).docs)
  const counted = []
  for (const tag of tags.filter((_, i) => i % 10 === 0))
    counted.push([tag, (await json(base, `/api/events?limit=0&where[tags][in]=${tag.id}`)).totalDocs])
  const medianTag = counted.sort((a, b) => a[1] - b[1])[Math.floor(counted.length / 2)][0]
  const events = (await json(base, `/api/events?limit=${2 * SAMPLES + 1}&depth=0&sort=-startDate`)).docs
  const measured = new Set([medianTag.id, ...Array.from({ length: 2 * SAMPLES }, (_, i) => pickTag(tags, i).id)])
  const load = {
    tags: tags.filter((t) => !measured.has(t.id)),
    events: (await json(base, `/api/events?limit=100&page=2&depth=0&sort=-startDate`)).docs,
  }
  return { tags, medianTag, events, token, load }
}

/** The i-th tag a row asks for: spread over the list, each once for the first 2 × SAMPLES. */
const pickTag = (tags, i) => tags[(i * 13 + 7) % tags.length]

const gql = (id) =>
  `{ Events(limit: 20, where: { tags: { in: [${id}] } }) { docs { title tags { name } heroPhoto { url } } } }`

/**
 * The rows: for each, the i-th miss (an address not asked before) and the hit (one address, asked again). A row
 * with `once` is a single address whose first answer is the only miss there is (timed once per server).
 */
function rows({ tags, medianTag, events, token }) {
  const tag = (i) => pickTag(tags, i)
  const post = (query) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })
  return [
    {
      name: 'REST `limit=20&depth=1`',
      miss: (i) => `/api/events?limit=20&depth=1&where[id][not_equals]=${900_000_000 + i}`,
      hit: '/api/events?limit=20&depth=1',
    },
    {
      name: 'REST events of a median tag, `where[tags.slug][equals]`',
      miss: (i) =>
        `/api/events?limit=20&depth=1&where[tags.slug][equals]=${medianTag.slug}&where[id][not_equals]=${900_000_000 + i}`,
      hit: `/api/events?limit=20&depth=1&where[tags.slug][equals]=${medianTag.slug}`,
    },
    {
      name: 'GraphQL events of a tag, with tags and hero photo',
      miss: (i) => ({ path: '/api/graphql', ...post(gql(tag(i).id)) }),
      hit: `/api/graphql?query=${encodeURIComponent(gql(medianTag.id))}`,
    },
    { name: 'event page', miss: (i) => `/events/${events[i + 1].slug}`, hit: `/events/${events[0].slug}` },
    { name: 'tag page `/tags/<slug>`', miss: (i) => `/tags/${tag(i).slug}`, hit: `/tags/${medianTag.slug}` },
    {
      name: '`/events` with a year and a country',
      miss: (i) => `/events?year=${2019 + (i % 9)}&country=${COUNTRIES[(i * 3) % COUNTRIES.length]}`,
      hit: '/events?year=2024&country=KZ',
    },
    { name: '`/events` (upcoming, its filters)', once: '/events' },
    {
      name: '`/search?q=`',
      miss: (i) => `/search?q=${WORDS[i % WORDS.length]}${i >= WORDS.length ? '+x' : ''}`,
      hit: '/search?q=culture',
    },
    { name: '`/events.ics` (all upcoming, up to 500)', once: '/events.ics' },
    {
      name: '`/events.ics?tag=<slug>`',
      miss: (i) => `/events.ics?tag=${tag(i).slug}`,
      hit: `/events.ics?tag=${medianTag.slug}`,
    },
    { name: '`/sitemaps/1.xml` (5,000 events)', once: '/sitemaps/1.xml' },
    {
      name: 'admin list `sort=-updatedAt&draft=true` (never kept)',
      miss: (i) => ({
        path: `/api/events?page=${50 + i}&limit=10&sort=-updatedAt&draft=true&depth=0`,
        headers: { authorization: `JWT ${token}` },
      }),
    },
  ]
}

/** Times every row: misses and hits, p50 and p95, in ms. `offset` picks addresses not asked in an earlier pass. */
async function measure(base, list, offset = 0) {
  const results = {}
  for (const row of list) {
    const misses = []
    const hits = []
    if (row.once) {
      misses.push(await timed(base, row.once))
      for (let i = 0; i < SAMPLES; i++) hits.push(await timed(base, row.once))
    } else {
      for (let i = 0; i < SAMPLES; i++) misses.push(await timed(base, row.miss(i + offset)))
      if (row.hit) {
        await timed(base, row.hit)
        for (let i = 0; i < SAMPLES; i++) hits.push(await timed(base, row.hit))
      }
    }
    results[row.name] = {
      miss: { p50: quantile(misses, 0.5), p95: quantile(misses, 0.95), n: misses.length },
      hit: hits.length ? { p50: quantile(hits, 0.5), p95: quantile(hits, 0.95), n: hits.length } : undefined,
    }
  }
  return results
}

/** Mixed load at 32 connections: mostly what readers ask again, a fifth of it addresses not asked before. */
async function mixedLoad(base, { tags, events }) {
  let n = 0
  const next = () => {
    n += 1
    const tag = tags[n % tags.length]
    const event = events[n % events.length]
    const choices = [
      `/events/${event.slug}`,
      `/tags/${tag.slug}`,
      '/',
      '/events',
      `/api/events?limit=20&depth=1&where[tags.slug][equals]=${tag.slug}`,
      '/api/events?limit=20&depth=1',
      '/feed.xml',
      `/events.ics?tag=${tag.slug}`,
    ]
    if (n % 5 === 0)
      return `/api/events?limit=10&depth=1&page=${1 + (n % 500)}&where[id][not_equals]=${900_000_000 + n}`
    return choices[n % choices.length]
  }
  const result = await new Promise((resolve, reject) =>
    autocannon(
      {
        url: base,
        connections: LOAD_CONNECTIONS,
        duration: LOAD_SECONDS,
        requests: [{ setupRequest: (request) => ({ ...request, path: next() }) }],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    ),
  )
  return { requests: result.requests.total, non2xx: result.non2xx, errors: result.errors, p99: result.latency.p99 }
}

/** The PostgreSQL database emptied, made first where the server has none of that name (PostgreSQL's 3D000). */
async function emptyPostgres(uri) {
  const client = new pg.Client({ connectionString: uri })
  try {
    await client.connect()
  } catch (error) {
    if (error.code !== '3D000') throw new Error(`BENCH_POSTGRES_URI ${uri} cannot be reached: ${error.message}`)
    const maintenance = new URL(uri)
    const name = decodeURIComponent(maintenance.pathname.slice(1))
    maintenance.pathname = '/postgres'
    const server = new pg.Client({ connectionString: maintenance.toString() })
    await server.connect()
    await server.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`)
    await server.end()
    console.error(`PostgreSQL: made the database ${name}.`)
    return emptyPostgres(uri)
  }
  await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public')
  await client.end()
}

async function runDatabase(label, uri) {
  const env = { DATABASE_URI: uri, MEDIA_DIR: path.join(DIR, 'media'), PAYLOAD_SECRET: randomBytes(32).toString('hex') }
  console.error(`\n${label}: loading the demo content…`)
  runSeed(env)
  const results = []
  for (const size of SIZES) {
    // SQLite's statistics are left to the server's own refresh; PostgreSQL's to ANALYZE, as autovacuum runs it.
    const took = await grow(uri, size, { analyze: label === 'PostgreSQL' })
    console.error(`${label}: ${size.toLocaleString('en')} events ready in ${(took / 1000).toFixed(1)} s; settling…`)
    const server = await startServer(env)
    try {
      const token = await adminToken(server.base)
      await settle(server, token)
      const found = await subjects(server.base, token)
      const list = rows(found)
      console.error(`${label} ${size.toLocaleString('en')}: measuring…`)
      const entry = { size, settled: await measure(server.base, list), memory: memory(server.child.pid) }
      if (size === SIZES.at(-1) && LOAD_SECONDS > 0) {
        console.error(`${label} ${size.toLocaleString('en')}: ${LOAD_SECONDS} s of mixed load…`)
        entry.load = await mixedLoad(server.base, found.load)
        entry.loaded = await measure(server.base, list, SAMPLES)
        entry.loadedMemory = memory(server.child.pid)
      }
      results.push(entry)
    } finally {
      server.child.kill('SIGTERM')
      await new Promise((r) => server.child.once('exit', r))
    }
  }
  return results
}

const reason = buildNeeded()
if (reason) throw new Error(`There is no current production build (${reason}): run npm start (or next build) first.`)
fs.rmSync(DIR, { recursive: true, force: true })
fs.mkdirSync(DIR, { recursive: true })
// PostgreSQL's database is made ready first: a wrong address fails now, not after SQLite's half hour.
if (process.env.BENCH_POSTGRES_URI) await emptyPostgres(process.env.BENCH_POSTGRES_URI)
const runs = [['SQLite', await runDatabase('SQLite', `file:${path.join(DIR, 'bench.db')}`)]]
if (process.env.BENCH_POSTGRES_URI)
  runs.unshift(['PostgreSQL', await runDatabase('PostgreSQL', process.env.BENCH_POSTGRES_URI)])

const columns = runs.flatMap(([db, results]) => results.map((r) => ({ db, ...r })))
const names = Object.keys(columns[0].settled)
const ms = (value) => Math.round(value).toLocaleString('en')
const short = (size) => (size >= 1000 ? `${size / 1000}k` : String(size))
const pair = (figures) => (figures ? `${ms(figures.p50)} / ${ms(figures.p95)}` : '–')
/** A miss at the largest size whose p50 is more than GROWTH × the smallest size's. */
const grew = (column, name, figures) => {
  const smallest = columns.find((c) => c.db === column.db)
  const largest = columns.filter((c) => c.db === column.db).at(-1)
  return column === largest && smallest !== largest && figures.p50 > GROWTH * smallest.settled[name].miss.p50
}
const header = (extra = []) => [
  `| request | ${[...columns.map((c) => `${c.db} ${short(c.size)}`), ...extra].join(' | ')} |`,
  `| --- | ${[...columns, ...extra].map(() => '---').join(' | ')} |`,
]
const largest = columns.filter((c) => c.loaded)
const afterLoad = largest.map((c) => `${c.db} ${short(c.size)} after load`)
const missTable = [
  ...header(afterLoad),
  ...names.map((name) => {
    const cells = columns.map((c) => `${pair(c.settled[name].miss)}${grew(c, name, c.settled[name].miss) ? ' ✗' : ''}`)
    // A single address was asked during the load: after it, its first answer is no miss.
    const once = columns[0].settled[name].miss.n === 1
    const loaded = largest.map((c) =>
      once ? '–' : `${pair(c.loaded[name].miss)}${grew(c, name, c.loaded[name].miss) ? ' ✗' : ''}`,
    )
    return `| ${name}${columns[0].settled[name].miss.n === 1 ? ' (first, n = 1)' : ''} | ${[...cells, ...loaded].join(' | ')} |`
  }),
  `| server memory after the misses (peak), MB | ${[
    ...columns.map((c) => `${c.memory.rss} (${c.memory.peak})${c.memory.rss > RSS_MB ? ' ✗' : ''}`),
    ...largest.map((c) => `${c.loadedMemory.rss} (${c.loadedMemory.peak})${c.loadedMemory.rss > RSS_MB ? ' ✗' : ''}`),
  ].join(' | ')} |`,
]
const hitTable = [
  ...header(),
  ...names
    .filter((name) => columns[0].settled[name].hit)
    .map((name) => `| ${name} | ${columns.map((c) => pair(c.settled[name].hit)).join(' | ')} |`),
]
const loads = largest.map(
  (c) =>
    `${c.db} ${short(c.size)}: ${c.load.requests.toLocaleString('en')} requests in ${LOAD_SECONDS} s at ${LOAD_CONNECTIONS} connections (p99 ${c.load.p99} ms, ${c.load.non2xx} not 2xx, ${c.load.errors} errors)`,
)
const text = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; one client, one request at a time, p50 / p95 of ${SAMPLES} requests in ms. At each size the server was started afresh and left to settle (its first jobs round and statistics refresh, then one more round) before anything was timed. A miss asks an address nobody asked before (another event, tag, filter, page or word; \`where[id][not_equals]=<an id no event has>\` makes a new REST query); a hit asks one address again. ✗: a miss at the largest size whose p50 is over ${GROWTH} × the smallest size's, or RSS over ${RSS_MB} MB. The last column${largest.length > 1 ? 's' : ''}: the same misses (new addresses) after ${Math.round(LOAD_SECONDS / 6) / 10} minutes of mixed load (${loads.join('; ')}), and the server's memory then.`,
  '',
  '### Misses',
  '',
  ...missTable,
  '',
  '### Hits',
  '',
  ...hitTable,
].join('\n')
console.log(`\n${text}`)
writeSection('At scale', text)
