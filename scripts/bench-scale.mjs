#!/usr/bin/env node
// The scale part of the benchmark: the content grown to 1k, 10k and 100k events (scripts/bench-grow.mjs), the
// server started afresh (empty caches) at each size, and the requests of the scale table timed one at a time by
// one client (p50 of several, each a cache miss where the site caches). Writes the table to docs/benchmarks.md.
//   npm run bench:scale                     SQLite, in a file of its own (data/bench/)
//   BENCH_POSTGRES_URI=postgres://…/bench   PostgreSQL too, in a database it empties first
//   BENCH_SIZES=1000,10000                  other sizes (default 1000,10000,100000)
// Needs the production build (npm start makes it). Figures are never asserted by tests.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { grow } from './bench-grow.mjs'
import { machine, writeSection } from './bench-report.mjs'
import { buildNeeded } from './build-state.mjs'
import { runSeed } from './seed.mjs'
import { freePort } from './free-port.mjs'

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number)
const SAMPLES = 7
const DIR = path.resolve('data/bench')
const ADMIN = { email: 'bench@example.org', password: 'bench-admin-password-long', name: 'Bench' }
/** Targets: at the largest size each request's p50 within this factor of the smallest's; a page miss and memory. */
const GROWTH = 1.5
const EVENT_MISS_MS = 40
const RSS_MB = 500

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function timed(url, init) {
  const started = performance.now()
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(600_000) })
  await res.arrayBuffer()
  if (!res.ok) throw new Error(`${url} answered ${res.status}`)
  return performance.now() - started
}

/** The server as `npm start` runs it, on the bench database, with empty caches. */
async function startServer(env) {
  const port = await freePort()
  const child = spawn('node', ['scripts/serve.mjs'], {
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: 'production', RATE_LIMIT_PER_MINUTE: '100000000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const base = `http://127.0.0.1:${port}`
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}`)
    const up = await fetch(`${base}/api/tags?limit=1&depth=0`).catch(() => undefined)
    if (up?.ok) return { base, child }
    await new Promise((r) => setTimeout(r, 500))
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

const json = async (url) => (await fetch(url)).json()

/** The requests of the scale table, each timed SAMPLES times (or once where only the first one counts). */
async function measure(base) {
  const tags = []
  for (let page = 1; page <= 3; page++)
    tags.push(...(await json(`${base}/api/tags?limit=100&page=${page}&depth=0&sort=slug`)).docs)
  // The median tag by use: the one in the middle of the counts.
  const counted = []
  for (const tag of tags.filter((_, i) => i % 20 === 0))
    counted.push([tag, (await json(`${base}/api/events?limit=0&where[tags][in]=${tag.id}`)).totalDocs])
  const medianTag = counted.sort((a, b) => a[1] - b[1])[Math.floor(counted.length / 2)][0]
  const events = (await json(`${base}/api/events?limit=${SAMPLES}&depth=0&sort=-startDate`)).docs
  const token = await adminToken(base)
  const gql = (id) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ Events(limit: 20, where: { tags: { in: [${id}] } }) { docs { title tags { name } heroPhoto { url } } } }`,
    }),
  })
  const each = async (make) => {
    const times = []
    for (let i = 0; i < SAMPLES; i++) times.push(await make(i))
    return median(times)
  }
  const first = {
    events: await timed(`${base}/events`),
    calendar: await timed(`${base}/events.ics`),
    sitemap: (await timed(`${base}/sitemap.xml`)) + (await timed(`${base}/sitemaps/1.xml`)),
  }
  return {
    'REST events filtered by a median tag, `limit=20&depth=1`': await each(() =>
      timed(`${base}/api/events?limit=20&depth=1&where[tags.slug][equals]=${medianTag.slug}`),
    ),
    'REST `limit=20&depth=1`': await each(() => timed(`${base}/api/events?limit=20&depth=1`)),
    'GraphQL events of a tag with tags and hero photo': await each((i) =>
      timed(`${base}/api/graphql`, gql(tags[(i * 37) % tags.length].id)),
    ),
    'event page, cache miss': await each((i) => timed(`${base}/events/${events[i].slug}`)),
    '`/tags/<slug>`, miss': await each((i) => timed(`${base}/tags/${tags[(i * 41) % tags.length].slug}`)),
    'first `/events` (its year and country filters)': first.events,
    '`/search?q=`, a new word each': await each((i) =>
      timed(`${base}/search?q=${['meeting', 'culture', 'almaty', 'film', 'music', 'tbilisi', 'dialogue'][i % 7]}`),
    ),
    'first `/events.ics`': first.calendar,
    'first `/sitemap.xml` and one file of events': first.sitemap,
    'admin list `page=50&sort=-updatedAt&draft=true`': await each(() =>
      timed(`${base}/api/events?page=50&limit=10&sort=-updatedAt&draft=true&depth=0`, {
        headers: { authorization: `JWT ${token}` },
      }),
    ),
  }
}

async function emptyPostgres(uri) {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public')
  await client.end()
}

async function runDatabase(label, uri) {
  const env = {
    DATABASE_URI: uri,
    MEDIA_DIR: path.join(DIR, 'media'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  }
  console.error(`\n${label}: loading the demo content…`)
  runSeed(env)
  const results = []
  for (const size of SIZES) {
    const took = await grow(uri, size)
    console.error(`${label}: ${size.toLocaleString('en')} events ready in ${(took / 1000).toFixed(1)} s; measuring…`)
    const server = await startServer(env)
    try {
      const times = await measure(server.base)
      results.push({ size, times, memory: memory(server.child.pid) })
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
const runs = [['SQLite', await runDatabase('SQLite', `file:${path.join(DIR, 'bench.db')}`)]]
if (process.env.BENCH_POSTGRES_URI) {
  await emptyPostgres(process.env.BENCH_POSTGRES_URI)
  runs.unshift(['PostgreSQL', await runDatabase('PostgreSQL', process.env.BENCH_POSTGRES_URI)])
}

const columns = runs.flatMap(([db, results]) => results.map((r) => ({ db, ...r })))
const names = Object.keys(columns[0].times)
const ms = (value) => `${Math.round(value).toLocaleString('en')}`
const verdict = (db, name, value) => {
  const smallest = columns.find((c) => c.db === db)
  const largest = columns.filter((c) => c.db === db).at(-1)
  if (value !== largest.times[name] || smallest === largest) return ''
  const ok = value <= GROWTH * smallest.times[name] && (!name.startsWith('event page') || value <= EVENT_MISS_MS)
  return ok ? '' : ' ✗'
}
const header = `| request | ${columns.map((c) => `${c.db} ${c.size >= 1000 ? `${c.size / 1000}k` : c.size}`).join(' | ')} |`
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; one client, p50 of ${SAMPLES} requests in ms (one for the "first" rows), the server restarted with empty caches at each size. ✗: a target not met at the largest size (p50 ≤ ${GROWTH} × the smallest size's, a cache-miss event page ≤ ${EVENT_MISS_MS} ms, RSS ≤ ${RSS_MB} MB).`,
  '',
  header,
  `| --- | ${columns.map(() => '---').join(' | ')} |`,
  ...names.map(
    (name) =>
      `| ${name} | ${columns.map((c) => `${ms(c.times[name])}${verdict(c.db, name, c.times[name])}`).join(' | ')} |`,
  ),
  `| server memory after the run (peak), MB | ${columns.map((c) => `${c.memory.rss} (${c.memory.peak})${c.memory.rss > RSS_MB ? ' ✗' : ''}`).join(' | ')} |`,
].join('\n')
console.log(`\n${table}`)
writeSection('At scale', table)
