import type pg from 'pg'
import type { Payload } from 'payload'

export type Statement = { sql: string; params: unknown[] }

/** The statements Payload sends while `run` runs (drizzle's query logger, on the connection reads use). */
export async function statementsOf(payload: Payload, run: () => Promise<unknown>): Promise<Statement[]> {
  const session = (payload.db as unknown as { drizzle: { session: { logger: unknown } } }).drizzle.session
  const before = session.logger
  const seen: Statement[] = []
  session.logger = { logQuery: (sql: string, params: unknown[]) => seen.push({ sql, params }) }
  try {
    await run()
  } finally {
    session.logger = before
  }
  return seen
}

/**
 * The plan of a statement with its parameters (on SQLite, a step of a subquery indented under it): on PostgreSQL through `client` (a connection of the test's own),
 * on SQLite through Payload's own connection.
 */
export async function planOf(payload: Payload, { sql, params }: Statement, client?: pg.Client): Promise<string> {
  if (client) return (await client.query(`EXPLAIN ${sql}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n')
  const libsql = (payload.db as unknown as { client: { execute(q: object): Promise<{ rows: object[] }> } }).client
  const { rows } = await libsql.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: params })
  // Each step indented under the step it belongs to (a subquery's under its query), as SQLite's shell shows it.
  const depth = new Map<number, number>([[0, -1]])
  return (rows as Array<{ id: number; parent: number; detail: unknown }>)
    .map((r) => {
      const level = (depth.get(Number(r.parent)) ?? -1) + 1
      depth.set(Number(r.id), level)
      return `${'  '.repeat(level)}${String(r.detail)}`
    })
    .join('\n')
}
