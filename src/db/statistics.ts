import type { Payload } from 'payload'

/** How often a process looks whether SQLite's statistics still describe the tables. */
const EVERY_MS = 60 * 60_000
/** A table is analyzed again once its row count has moved this share away from the count its statistics hold. */
const DRIFT = 0.01
/** The pause between two steps of a refresh, in which the requests that waited are answered. */
const STEP_PAUSE_MS = 20
let last = 0

type Row = Record<string, unknown>
type Runner = {
  drizzle: { all: (statement: unknown) => Promise<Row[]>; run: (statement: unknown) => Promise<unknown> }
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`
const pause = () => new Promise((resolve) => setTimeout(resolve, STEP_PAUSE_MS))

/** The number of rows each table's statistics were written for: the first figure of its stat rows. */
function analyzedCounts(rows: Row[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const row of rows) {
    const table = String(row.tbl)
    counts.set(table, Math.max(Number(String(row.stat).split(' ')[0]), counts.get(table) ?? 0))
  }
  return counts
}

const drifted = (now: number, then: number | undefined) =>
  now > 0 && (then === undefined || Math.abs(now - then) > DRIFT * Math.max(now, then))

/**
 * The tables whose statistics the planner uses, each with its indexes. Left out: SQLite's own tables and the
 * tables behind a full-text index (`events_search_text_data`…), which SQLite reads by key, never by a plan.
 */
async function plannedTables(db: Runner['drizzle'], sql: (text: string) => unknown) {
  const schema = await db.all(sql(`SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'`))
  const virtual = schema.filter((r) => r.type === 'table' && /^\s*CREATE\s+VIRTUAL/i.test(String(r.sql)))
  const behindVirtual = (name: string) => virtual.some((v) => name.startsWith(`${String(v.name)}_`))
  const tables = new Map<string, string[]>()
  for (const r of schema)
    if (r.type === 'table' && !virtual.includes(r) && !behindVirtual(String(r.name))) tables.set(String(r.name), [])
  for (const r of schema) if (r.type === 'index') tables.get(String(r.tbl_name))?.push(String(r.name))
  return tables
}

/**
 * SQLite plans queries from the statistics ANALYZE writes, and nobody runs it: as the content grows the planner
 * keeps guessing as if tables were empty. The jobs round calls this; about once an hour each process compares
 * every table's row count with the count its statistics were written for and analyzes, in full, the tables that
 * have moved by more than 1 %. In full: statistics sampled from a thousand rows per index (`analysis_limit`)
 * misjudge how selective an index is (the status index read as a thousand rows per value, not half the table),
 * and SQLite then sorts whole tables to take a page. A full pass reads every index once, so it goes one index at
 * a time with a pause between: at 100k events no step holds the process for more than about 150 ms. PostgreSQL's
 * autovacuum does the same on its own; MongoDB has no such statistics. Returns the tables it analyzed, or null
 * when it did not look.
 */
export async function keepStatisticsCurrent(payload: Payload, now = Date.now()): Promise<string[] | null> {
  if (payload.db.name !== 'sqlite' || now - last < EVERY_MS) return null
  last = now
  const { sql } = await import('@payloadcms/db-sqlite')
  const db = (payload.db as unknown as Runner).drizzle
  const tables = await plannedTables(db, sql.raw)
  const hasStatistics = (await db.all(sql.raw(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'`))).length > 0
  const analyzed = analyzedCounts(hasStatistics ? await db.all(sql.raw('SELECT tbl, stat FROM sqlite_stat1')) : [])
  const stale: string[] = []
  for (const table of tables.keys()) {
    await pause()
    const [{ n }] = await db.all(sql.raw(`SELECT count(*) AS n FROM ${quoted(table)}`))
    if (drifted(Number(n), analyzed.get(table))) stale.push(table)
  }
  // A setting of the connection: an earlier sampled pass, or anyone else's, must not carry over.
  if (stale.length) await db.run(sql.raw('PRAGMA analysis_limit=0'))
  for (const table of stale) {
    const indexes = tables.get(table) ?? []
    // A table without an index has one figure, its row count; otherwise each index is one step.
    for (const name of indexes.length ? indexes : [table]) {
      await pause()
      await db.run(sql.raw(`ANALYZE ${quoted(name)}`))
    }
  }
  return stale
}
