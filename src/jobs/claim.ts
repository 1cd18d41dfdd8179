import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

type Id = number | string
type Statement = unknown
type Affected = { rowsAffected?: number; rowCount?: number | null }
type SqlSession = { db: { run?: (q: Statement) => Promise<Affected>; execute?: (q: Statement) => Promise<Affected> } }
type SqlAdapter = { sessions: Record<string, SqlSession> }
type MongoAdapter = {
  collections: Record<string, { findOneAndUpdate: (filter: object, update: object) => Promise<unknown> }>
}

/**
 * Sets a job to processing only if nobody has: one statement, so two replicas cannot both win. (drizzle's `sql`
 * builds the same parameterised statement for SQLite and PostgreSQL.)
 */
const claimStatement = (id: Id): Statement =>
  sql`UPDATE payload_jobs SET processing = true, updated_at = ${new Date().toISOString()}
    WHERE id = ${id} AND processing = false AND completed_at IS NULL`

/** Another process holds SQLite's write lock: nobody waits for it, the job is tried again next round. */
const busy = (error: unknown) => /SQLITE_BUSY|database is locked/i.test(String((error as Error)?.message ?? error))

/**
 * Takes a job for this process. Payload's own runner picks jobs with a read and then a write, so two app
 * replicas polling the same queue could both run one job (a scheduled publish done twice, a webhook sent
 * twice). This claim is a compare-and-set in the database; the caller runs the job only when it returns true.
 * On SQLite it runs in a transaction, so it takes its turn with the process's other writes.
 */
export async function claimJob(payload: Payload, id: Id): Promise<boolean> {
  if (payload.db.name === 'mongoose') {
    const model = (payload.db as unknown as MongoAdapter).collections['payload-jobs']
    const taken = await model.findOneAndUpdate({ _id: id, processing: false }, { $set: { processing: true } })
    return Boolean(taken)
  }
  const statement = claimStatement(id)
  let tx: number | string | null | undefined
  try {
    tx = await payload.db.beginTransaction()
    if (tx === null || tx === undefined) throw new Error('A job cannot be claimed without a transaction.')
    const { db } = (payload.db as unknown as SqlAdapter).sessions[String(tx)]
    const result = db.execute ? await db.execute(statement) : await db.run!(statement)
    await payload.db.commitTransaction(tx)
    return (result.rowsAffected ?? result.rowCount ?? 0) === 1
  } catch (error) {
    if (tx !== null && tx !== undefined) await payload.db.rollbackTransaction(tx).catch(() => undefined)
    if (busy(error)) return false
    throw error
  }
}
