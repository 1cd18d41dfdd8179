import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { EVENT_RELATIONS, type EventRelation } from '@/lib/relations'

/** A statement built with drizzle's `sql`, which writes the same parameterised SQL for SQLite and PostgreSQL. */
export type Statement = ReturnType<typeof sql>
type SqlAdapter = {
  drizzle: unknown
  execute(args: { drizzle: unknown; sql: Statement }): Promise<{ rows: Array<Record<string, unknown>> }>
}

/**
 * The rows of a read the app asks of SQLite or PostgreSQL itself, where Payload's own query would cost
 * far more (src/data/events-sql.ts, src/data/search-text.ts, collections/events/hooks/relationIds.ts); undefined on MongoDB, where the caller asks Payload.
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

/** The column of the events' relations table (`events_rels`) that holds one relation: Payload names it after the collection. */
export const relationColumn = (relation: EventRelation) => sql.identifier(`${EVENT_RELATIONS[relation]}_id`)

/** A list of values as parameters, for `IN (…)`. */
export const sqlList = (values: Array<number | string>) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )
