// The part of `npm run bench` that measures fairness rather than throughput: how long a plain API read takes
// while eight callers keep the costliest GraphQL query they are allowed in flight. Each caller is a different
// address, which the site believes only behind a proxy: start it with TRUSTED_PROXIES=1 for this part.
// The plain reads ask for a new filter each time, so the app's response cache never answers them.

/** The costliest query an anonymous caller may send (src/api/graphql-budget.ts: 300 documents), whole documents. */
export const COSTLIEST_ACCEPTED = `{ ${[1, 2, 3]
  .map((page) => `p${page}: Events(limit: 100, page: ${page}) { docs { title summary body startDate venue { city } } }`)
  .join(' ')} }`

const CALLERS = 8
const median = (sorted) => sorted[Math.floor(sorted.length / 2)]
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]

async function plainReads(base, ms) {
  const times = []
  const end = Date.now() + ms
  while (Date.now() < end) {
    const started = performance.now()
    const miss = Math.random().toString(36).slice(2, 10)
    const res = await fetch(`${base}/api/events?limit=5&depth=1&where[slug][not_equals]=${miss}`, {
      headers: { 'x-forwarded-for': '198.18.0.1' },
    })
    await res.arrayBuffer()
    if (!res.ok) throw new Error(`the plain read answered ${res.status}`)
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)
}

/** One round: a plain read alone, then beside CALLERS heavy GraphQL callers. */
async function round(base, seconds) {
  const alone = await plainReads(base, seconds * 1000)
  let stop = false
  const answers = {}
  const caller = async (i) => {
    while (!stop) {
      const res = await fetch(`${base}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.18.1.${i}` },
        body: JSON.stringify({ query: COSTLIEST_ACCEPTED }),
      })
      await res.arrayBuffer()
      answers[res.status] = (answers[res.status] ?? 0) + 1
      if (res.status !== 200) await new Promise((r) => setTimeout(r, 250))
    }
  }
  const callers = Array.from({ length: CALLERS }, (_, i) => caller(i + 1))
  await new Promise((r) => setTimeout(r, 500))
  const loaded = await plainReads(base, seconds * 1000)
  stop = true
  await Promise.all(callers)
  return { alone, loaded, answers }
}

/** ROUNDS rounds; a Markdown table with each round's median and p90, and the target. */
export async function graphqlStall(base, seconds, rounds = 3) {
  const total = (await (await fetch(`${base}/api/events?limit=1&depth=0`)).json()).totalDocs
  const runs = []
  for (let i = 0; i < rounds; i += 1) runs.push(await round(base, seconds))
  const ms = (value) => `${Math.round(value)}`
  const list = (pick) => runs.map((r) => ms(pick(r))).join(' / ')
  const medians = runs.map((r) => median(r.loaded))
  const met = Math.max(...medians) < 200
  const answered = {}
  for (const r of runs)
    for (const [status, n] of Object.entries(r.answers)) answered[status] = (answered[status] ?? 0) + n
  return [
    `${rounds} rounds against a site with ${total} published events. In each, a plain REST read (a new filter each`,
    `time: never a cache hit) is sent one at a time for ${seconds} s alone, then ${seconds} s while ${CALLERS} callers`,
    `(different addresses) each keep the costliest GraphQL query they may send in flight (three pages of 100 whole`,
    `events, 300 documents). The heavy queries were answered ${Object.entries(answered)
      .map(([status, n]) => `${n} × ${status}`)
      .join(', ')}. Figures are each round's, in ms.`,
    '',
    '| plain read | median of each round (target) | p90 of each round |',
    '| --- | --- | --- |',
    `| alone | ${list((r) => median(r.alone))} | ${list((r) => quantile(r.alone, 0.9))} |`,
    `| with ${CALLERS} heavy GraphQL callers | ${list((r) => median(r.loaded))} (< 200${met ? '' : ' — not met'}) | ${list((r) => quantile(r.loaded, 0.9))} |`,
  ].join('\n')
}
