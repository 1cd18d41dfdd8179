// Grows a seeded database to a realistic size for the scale benchmark (scripts/bench-scale.mjs), quickly: the
// demo content is the template and SQL multiplies it, one statement per table, in one transaction. The same SQL
// runs on SQLite and PostgreSQL. What comes out: 200 tags, 130 clusters, 400 institutes, 300 partners, and the
// events asked for, each with 2–5 tags, 1–2 clusters, a host institute, 0–2 partners, the demo event's photos,
// its translations (English, French, German) and a version; 1 event in 20 is a draft; dates spread over 2019–2027.
import { createClient } from '@libsql/client'
import pg from 'pg'

export const TAXONOMY = { tags: 200, clusters: 130, institutes: 400, partners: 300 }
/**
 * How many different start dates the events spread over (about three a day). A prime, so that an event's date
 * (its number modulo DATES) says nothing about its tags or clusters (picked modulo 200, 130, …): with 1,000
 * dates each date held the same few tags, and a tag's events bunched on a few dates, as real ones do not.
 */
const DATES = 9973
/**
 * Event n gets date number (n × STRIDE) mod DATES: consecutive events land years apart, so that the first
 * thousand events spread over 2019–2027 as the hundred thousandth do (with n mod DATES, 1,000 events all fell
 * in 2019 and none was upcoming). Prime like DATES, so every date is used once before any is used again.
 */
const DATES_STRIDE = 3989
const COUNTRIES = ['KZ', 'GE', 'AM', 'AZ', 'UZ', 'KG', 'TJ', 'FR', 'DE', 'BE']

const quote = (name) => `"${name}"`

/**
 * The database behind DATABASE_URI, with one way to run SQL on either kind (placeholders are `?`) and each
 * table's columns with their types (PostgreSQL needs a value's type spelled out for enum columns).
 */
export async function openDatabase(uri) {
  if (uri.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: uri })
    await client.connect()
    return {
      kind: 'postgres',
      run: async (text, args = []) => {
        let i = 0
        return (
          await client.query(
            text.replace(/\?/g, () => `$${++i}`),
            args,
          )
        ).rows
      },
      columns: async (table) =>
        (
          await client.query(
            'SELECT column_name AS name, udt_name AS type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position',
            [table],
          )
        ).rows,
      close: () => client.end(),
    }
  }
  const client = createClient({ url: uri })
  return {
    kind: 'sqlite',
    run: async (text, args = []) => (await client.execute({ sql: text, args })).rows,
    columns: async (table) =>
      (await client.execute(`PRAGMA table_info(${quote(table)})`)).rows.map((r) => ({ name: r.name, type: null })),
    close: () => client.close(),
  }
}

const sql = (db, text, args) => db.run(text, args)

const count = async (db, table) => Number((await sql(db, `SELECT count(*) AS n FROM ${quote(table)}`))[0].n)
const maxId = async (db, table) => Number((await sql(db, `SELECT max(id) AS m FROM ${quote(table)}`))[0].m ?? 0)

/**
 * Copies rows of `table` chosen by `where` once per number 1…n in bench_n, each column as it is unless
 * `overrides` gives an SQL expression for it (t is the copied row, n.i the number).
 */
async function copyRows(db, table, where, n, overrides, joins = '') {
  const columns = (await db.columns(table)).filter((c) => c.name !== 'id' || overrides.id)
  const value = ({ name, type }) =>
    overrides[name] === undefined
      ? `t.${quote(name)}`
      : type
        ? `CAST((${overrides[name]}) AS ${quote(type)})`
        : overrides[name]
  await sql(
    db,
    `INSERT INTO ${quote(table)} (${columns.map((c) => quote(c.name)).join(', ')}) SELECT ${columns.map(value).join(', ')} FROM ${quote(table)} t CROSS JOIN bench_n n ${joins} WHERE ${where} AND n.i <= ${n}`,
  )
}

const exists = async (db, table) => (await db.columns(table)).length > 0

/** One document made n times over: its row, its translations and its relations, with new ids and slugs. */
async function multiply(db, table, templateId, n, { slug, named, overrides = {}, joins = '' }) {
  const base = await maxId(db, table)
  await copyRows(db, table, `t.id = ${templateId}`, n, { id: `${base} + n.i`, slug, ...overrides }, joins)
  if (await exists(db, `${table}_locales`)) {
    const names = Object.fromEntries(named.map((c) => [c, `t.${quote(c)} || ' ' || n.i`]))
    await copyRows(db, `${table}_locales`, `t._parent_id = ${templateId}`, n, { _parent_id: `${base} + n.i`, ...names })
  }
  return base
}

const progressBar = (label) => {
  let last = -1
  return (done, total) => {
    const share = Math.floor((100 * done) / total)
    if (share === last) return
    last = share
    const filled = Math.round(share / 4)
    process.stdout.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(25 - filled)}] ${share} %`)
    if (done === total) process.stdout.write('\n')
  }
}

async function numbers(db, upTo) {
  await sql(db, 'DROP TABLE IF EXISTS bench_n')
  await sql(db, 'CREATE TEMP TABLE bench_n (i integer PRIMARY KEY)')
  await sql(
    db,
    `INSERT INTO bench_n (i) WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < ${upTo}) SELECT i FROM c`,
  )
}

/** Every id of a collection, numbered from 0, to pick from by arithmetic. */
async function pickable(db, table) {
  await sql(db, `DROP TABLE IF EXISTS bench_${table}`)
  await sql(db, `CREATE TEMP TABLE bench_${table} (n integer PRIMARY KEY, id integer)`)
  await sql(
    db,
    `INSERT INTO bench_${table} (n, id) SELECT row_number() OVER (ORDER BY id) - 1, id FROM ${quote(table)}`,
  )
  return count(db, `bench_${table}`)
}

async function growTaxonomy(db) {
  await numbers(db, Math.max(...Object.values(TAXONOMY)))
  const first = async (table) => Number((await sql(db, `SELECT min(id) AS id FROM ${quote(table)}`))[0].id)
  const missing = async (table) => TAXONOMY[table] - (await count(db, table))
  const stamp = Date.now().toString(36)
  const plan = [
    ['tags', { named: ['name'] }],
    ['clusters', { named: [], overrides: { name: `t.name || ' ' || n.i` } }],
    ['institutes', { named: [], overrides: { name: `t.name || ' ' || n.i` } }],
    ['partners', { named: ['name'] }],
  ]
  for (const [table, options] of plan) {
    const n = await missing(table)
    if (n <= 0) continue
    const template = await first(table)
    const base = await multiply(db, table, template, n, { slug: `'bench-${stamp}-' || n.i`, ...options })
    if (await exists(db, `${table}_rels`))
      await copyRows(db, `${table}_rels`, `t.parent_id = ${template}`, n, { parent_id: `${base} + n.i` })
  }
}

/** The relations each new event gets, picked by arithmetic from the numbered ids: path, column, how many. */
const PICKS = [
  ['tags', 'tags_id', 'tags', (k) => `(n.i % 4) + 2 > ${k}`, 5, 31],
  ['clusters', 'clusters_id', 'clusters', (k) => `(n.i % 2) + 1 > ${k}`, 2, 17],
  ['hostInstitutes', 'institutes_id', 'institutes', () => '1 = 1', 1, 13],
  ['partners', 'partners_id', 'partners', (k) => `n.i % 3 > ${k}`, 2, 11],
]

async function addEvents(db, n, onProgress) {
  const template = Number((await sql(db, `SELECT min(id) AS id FROM events WHERE slug NOT LIKE 'bench-%'`))[0].id)
  const version = Number(
    (await sql(db, `SELECT max(id) AS id FROM _events_v WHERE parent_id = ${template} AND latest = true`))[0].id,
  )
  await numbers(db, n)
  await sql(db, 'DROP TABLE IF EXISTS bench_dates')
  await sql(
    db,
    'CREATE TEMP TABLE bench_dates AS SELECT 0 AS k, start_date AS s, end_date AS e, ends_at AS x FROM events WHERE 1 = 0',
  )
  const span = Date.UTC(2027, 11, 31) - Date.UTC(2019, 0, 1)
  for (let k = 0; k < DATES; k += 100) {
    const rows = Array.from({ length: Math.min(100, DATES - k) }, (_, j) => {
      const start = new Date(Date.UTC(2019, 0, 1) + Math.floor((span * (k + j)) / DATES) + 9 * 3600_000)
      const end = new Date(start.getTime() + ((k + j) % 3) * 86_400_000 + 2 * 3600_000)
      return [k + j, start.toISOString(), end.toISOString(), end.toISOString()]
    })
    await sql(
      db,
      `INSERT INTO bench_dates (k, s, e, x) VALUES ${rows.map(() => '(?, ?, ?, ?)').join(', ')}`,
      rows.flat(),
    )
  }
  const total = await count(db, 'events')
  const label = `bench-${total}`
  const country = `CASE n.i % ${COUNTRIES.length} ${COUNTRIES.map((c, i) => `WHEN ${i} THEN '${c}'`).join(' ')} END`
  const status = `CASE WHEN n.i % 20 = 0 THEN 'draft' ELSE 'published' END`
  const dates = `JOIN bench_dates d ON d.k = (n.i * ${DATES_STRIDE}) % ${DATES}`
  const steps = 5 + PICKS.reduce((sum, p) => sum + p[4], 0)
  let done = 0
  const step = () => onProgress(++done, steps)

  const base = await multiply(db, 'events', template, n, {
    slug: `'${label}-' || n.i`,
    named: ['title'],
    overrides: { start_date: 'd.s', end_date: 'd.e', ends_at: 'd.x', venue_country: country, _status: status },
    joins: dates,
  })
  step()
  // The template's photos; the rest picked from the numbered ids.
  await copyRows(db, 'events_rels', `t.parent_id = ${template} AND t.path = 'gallery'`, n, {
    parent_id: `${base} + n.i`,
  })
  step()
  for (const [path, column, table, when, most, stride] of PICKS) {
    const size = await pickable(db, table)
    for (let k = 0; k < most; k++) {
      await sql(
        db,
        `INSERT INTO events_rels ("order", parent_id, path, ${column})
         SELECT ${k + 1}, ${base} + n.i, '${path}', p.id FROM bench_n n
         JOIN bench_${table} p ON p.n = (n.i * ${stride} + ${k * 7}) % ${size} WHERE n.i <= ${n} AND ${when(k)}`,
      )
      step()
    }
  }
  // One version per event, as Payload keeps them: its row, translations and relations.
  const versions = await maxId(db, '_events_v')
  await copyRows(
    db,
    '_events_v',
    `t.id = ${version}`,
    n,
    {
      id: `${versions} + n.i`,
      parent_id: `${base} + n.i`,
      version_slug: `'${label}-' || n.i`,
      version_start_date: 'd.s',
      version_end_date: 'd.e',
      version_ends_at: 'd.x',
      version_venue_country: country,
      version__status: status,
    },
    dates,
  )
  step()
  await copyRows(db, '_events_v_locales', `t._parent_id = ${version}`, n, {
    _parent_id: `${versions} + n.i`,
    version_title: `t.version_title || ' ' || n.i`,
  })
  step()
  await copyRows(db, '_events_v_rels', `t.parent_id = ${version}`, n, { parent_id: `${versions} + n.i` })
  step()
}

/** PostgreSQL's id sequences after rows were written with their ids. */
async function catchUpSequences(db) {
  if (db.kind !== 'postgres') return
  for (const table of ['events', '_events_v', ...Object.keys(TAXONOMY)])
    await sql(
      db,
      `SELECT setval(pg_get_serial_sequence('${quote(table)}', 'id'), (SELECT max(id) FROM ${quote(table)}))`,
    )
}

/**
 * Grows the database at `uri` (already seeded) to `events` events in all; returns how long it took. Then
 * analyzes every table in full, unless `analyze` is false (a test that refreshes the statistics its own way).
 */
export async function grow(uri, events, { analyze = true } = {}) {
  const db = await openDatabase(uri)
  const started = Date.now()
  try {
    await sql(db, 'BEGIN')
    await growTaxonomy(db)
    const missing = events - (await count(db, 'events'))
    if (missing > 0) await addEvents(db, missing, progressBar(`growing to ${events.toLocaleString('en')} events`))
    await sql(db, 'COMMIT')
    await catchUpSequences(db)
    if (analyze) await sql(db, 'ANALYZE')
  } catch (error) {
    await sql(db, 'ROLLBACK').catch(() => {})
    throw error
  } finally {
    await db.close()
  }
  return Date.now() - started
}
