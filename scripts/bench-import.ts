// npm run bench:import — how long a WordPress export takes to import, and how much memory it holds, on a fresh
// database of its own (the demo content loaded, the committed migrations applied): a 500-post export made into
// drafts, three times (median and range), and a ~100 MB export read as a stream without saving (what keeps a
// 200 MB export out of memory). SQLite in a temporary file; BENCH_DATABASE_URI=postgres://…/<empty database> for
// PostgreSQL. Writes its section of docs/benchmarks.md. Not a test: a slow machine is slower.
import { randomBytes } from 'node:crypto'
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-import-'))
Object.assign(process.env, {
  NODE_ENV: 'production',
  DATABASE_URI: process.env.BENCH_DATABASE_URI || `file:${path.join(dir, 'bench.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  IMPORTS_DIR: path.join(dir, 'imports'),
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  JOBS_INTERVAL_SECONDS: '0',
})

const CITIES = [
  ['Lisbon', 'Portugal'],
  ['Warsaw', 'Poland'],
  ['Almaty', 'Kazakhstan'],
  ['Tbilisi', 'Georgia'],
  ['Nairobi', 'Kenya'],
]
const MONTHS = ['January', 'March', 'May', 'June', 'September', 'October', 'November']

function post(n: number, run: string) {
  const [city, country] = CITIES[n % CITIES.length]
  const day = (n % 27) + 1
  const month = MONTHS[n % MONTHS.length]
  const year = 2019 + (n % 8)
  const paragraphs = Array.from(
    { length: 6 },
    (_, i) =>
      `<!-- wp:paragraph --><p>Paragraph ${i + 1} of post ${n}: the members of the cluster worked with local partners on readings, concerts and workshops, and the audience stayed long after the end to talk with the artists about their work and their plans.</p><!-- /wp:paragraph -->`,
  ).join('\n')
  return `<item><title><![CDATA[Cultural evening ${n}]]></title><link>https://old-site.example/?p=${n}</link>
<guid isPermaLink="false">https://old-site.example/?p=${run}-${n}</guid>
<content:encoded><![CDATA[<p>On ${day} ${month} ${year} the cluster met in ${city}, ${country}, for an evening of culture from across Europe, hosted by Goethe-Institut Kasachstan.</p>
${paragraphs}]]></content:encoded>
<wp:post_id>${n}</wp:post_id><wp:post_date><![CDATA[${year}-01-01 10:00:00]]></wp:post_date><wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type>
<category domain="post_tag" nicename="climate"><![CDATA[Climate]]></category></item>\n`
}

async function writeExport(file: string, posts: number, run: string) {
  const out = createWriteStream(file)
  const write = (text: string) =>
    new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once('drain', resolve)))
  await write(
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Old site</title><language>en-GB</language><wp:wxr_version>1.2</wp:wxr_version>\n`,
  )
  for (let n = 1; n <= posts; n++) await write(post(n, run))
  await write('</channel></rss>\n')
  await new Promise<void>((resolve) => out.end(resolve))
}

/** Samples the process's resident memory while `work` runs; answers its time and the highest sample. */
async function measured<T>(work: () => Promise<T>) {
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
  const started = performance.now()
  const result = await work()
  const seconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  return { result, seconds, peakMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 1024 / 1024) }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const range = (values: number[], digits = 1) =>
  `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`

// The stream first, before Payload is loaded, so its memory is the reader's alone.
const { eachItem } = await import('../src/import/read/wxr')
const before = Math.round(process.memoryUsage().rss / 1024 / 1024)
const big = path.join(dir, 'big.xml')
await writeExport(big, 50_000, 'big')
const bigMb = Math.round(statSync(big).size / 1024 / 1024)
let items = 0
const stream = await measured(() => eachItem(big, () => void items++))
console.error(
  `stream: ${bigMb} MB, ${items} items read in ${stream.seconds.toFixed(1)} s, peak RSS ${stream.peakMb} MB`,
)

const { getPayload } = await import('payload')
const config = (await import('@payload-config')).default
const { seed } = await import('../src/seed')
const { runImport } = await import('../src/import/run')
const { writeSection, machine } = await import('./bench-report.mjs')

const payload = await getPayload({ config })
await seed(payload, () => undefined)
const baseline = Math.round(process.memoryUsage().rss / 1024 / 1024)

const POSTS = 500
const runs: Array<{ seconds: number; peakMb: number; afterMb: number; created: number }> = []
for (let run = 1; run <= 3; run++) {
  const file = path.join(dir, `export-${run}.xml`)
  await writeExport(file, POSTS, `run${run}`)
  const record = await payload.create({
    collection: 'imports',
    data: { label: `bench ${run}`, status: 'queued', inputs: [{ kind: 'wxr', name: 'export.xml', file }] },
    overrideAccess: true,
  })
  const { result, seconds, peakMb } = await measured(() => runImport(payload, record.id))
  const created = ((result.items ?? []) as Array<{ outcome: string }>).filter((i) => i.outcome === 'created').length
  const afterMb = Math.round(process.memoryUsage().rss / 1024 / 1024)
  runs.push({ seconds, peakMb, afterMb, created })
  console.error(
    `run ${run}: ${POSTS} posts, ${created} drafts in ${seconds.toFixed(1)} s, peak RSS ${peakMb} MB, after ${afterMb} MB`,
  )
}

const table = [
  '| what | time | memory (RSS) of the process |',
  '| --- | --- | --- |',
  `| ${POSTS}-post export imported as drafts (no image files), 3 runs one after the other | median ${median(runs.map((r) => r.seconds)).toFixed(1)} s (${range(runs.map((r) => r.seconds))} s); ${runs.map((r) => r.created).join(', ')} drafts | ${baseline} MB with Payload loaded and seeded; after each run ${runs.map((r) => r.afterMb).join(' / ')} MB (peaks ${runs.map((r) => r.peakMb).join(' / ')} MB) |`,
  `| ${bigMb} MB export (${items.toLocaleString('en')} posts) read as a stream, nothing saved, before Payload is loaded | ${stream.seconds.toFixed(1)} s | ${before} MB before, peak ${stream.peakMb} MB |`,
].join('\n')
const database = process.env.DATABASE_URI!.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'
writeSection(
  `Importing a WordPress export (${database})`,
  `Written by \`npm run bench:import\` (scripts/bench-import.ts) on ${machine()}, ${new Date().toISOString().slice(0, 10)}: a fresh ${database} database with the demo content, the import run in this process as the jobs round runs it (each post parsed, matched against the network, converted to Lexical and saved as a draft in its own transaction). Target: 500 posts within 60 s, memory bounded (the export is read as a stream, never whole).\n\n${table}`,
)
console.log(table)
await payload.destroy()
rmSync(dir, { recursive: true, force: true })
process.exit(0)
