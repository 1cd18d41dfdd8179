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

/** Median and p90 of a plain read alone, then with CALLERS heavy GraphQL callers; a Markdown table. */
export async function graphqlStall(base, seconds) {
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
  const ms = (value) => `${Math.round(value)} ms`
  const met = median(loaded) < 200
  const answered = Object.entries(answers)
    .map(([status, n]) => `${n} × ${status}`)
    .join(', ')
  return [
    `A plain REST read (a new filter each time: never a cache hit), one at a time for ${seconds} s, alone and while`,
    `${CALLERS} callers (different addresses) each keep the costliest GraphQL query they may send in flight`,
    `(${COSTLIEST_ACCEPTED.length} characters: three pages of 100 whole events). The heavy queries were answered ${answered}.`,
    '',
    '| plain read | n | median (target) | p90 |',
    '| --- | --- | --- | --- |',
    `| alone | ${alone.length} | ${ms(median(alone))} | ${ms(quantile(alone, 0.9))} |`,
    `| with ${CALLERS} heavy GraphQL callers | ${loaded.length} | ${ms(median(loaded))} (< 200 ms${met ? '' : ' — not met'}) | ${ms(quantile(loaded, 0.9))} |`,
  ].join('\n')
}
