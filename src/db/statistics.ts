import type { Payload } from 'payload'

/** How often a process asks SQLite to refresh the statistics its query planner chooses indexes by. */
const EVERY_MS = 60 * 60_000
let last = 0

type Runner = { drizzle: { run: (statement: unknown) => Promise<unknown> } }

/** Rows looked at per index: approximate statistics, in milliseconds even for 100k events. */
const ANALYSIS_LIMIT = 1000

/**
 * SQLite plans queries from statistics that only ANALYZE writes, and nobody runs it: as the content grows the
 * planner keeps guessing as if tables were empty. (`PRAGMA optimize` leaves alone a table that was empty when
 * last analyzed, which is every table of a new site.) The jobs round calls this, so each process analyzes about
 * once an hour, sampling a bounded number of rows per index. PostgreSQL's autovacuum does the same on its
 * own; MongoDB has no such statistics.
 */
export async function keepStatisticsCurrent(payload: Payload, now = Date.now()): Promise<boolean> {
  if (payload.db.name !== 'sqlite' || now - last < EVERY_MS) return false
  last = now
  const { sql } = await import('@payloadcms/db-sqlite')
  const db = (payload.db as unknown as Runner).drizzle
  await db.run(sql.raw(`PRAGMA analysis_limit=${ANALYSIS_LIMIT}`))
  await db.run(sql.raw('ANALYZE'))
  return true
}
