import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

/** A statement built with drizzle's `sql`, which writes the same parameterised SQL for SQLite and PostgreSQL. */
export type Statement = ReturnType<typeof sql>
type SqlAdapter = {
  drizzle: unknown
  execute(args: { drizzle: unknown; sql: Statement }): Promise<{ rows: Array<Record<string, unknown>> }>
}

/**
 * The rows of a read the data layer asks of SQLite or PostgreSQL itself, where Payload's own query would cost
 * far more (src/data/events-sql.ts, src/data/search-text.ts); undefined on MongoDB, where the caller asks Payload.
 */
export async function sqlRows(
  payload: Payload,
  statement: Statement,
): Promise<Array<Record<string, unknown>> | undefined> {
  if (payload.db.name !== 'sqlite' && payload.db.name !== 'postgres') return undefined
  const db = payload.db as unknown as SqlAdapter
  return (await db.execute({ drizzle: db.drizzle, sql: statement })).rows
}

export { sql }
