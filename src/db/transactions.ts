import type { DatabaseAdapterObj, PayloadRequest } from 'payload'

/** How long a write waits for the one before it, and how long one may hold the database. */
export const WAIT_FOR_WRITE_MS = 15_000
const LONGEST_WRITE_MS = 60_000

type Id = number | string
type Held = { id: Id | undefined; timer: NodeJS.Timeout }

export class DatabaseBusyError extends Error {
  status = 503
  isPublic = true
  constructor() {
    super('The database is busy with other changes; nothing was saved. Try again in a moment.')
    this.name = 'DatabaseBusyError'
  }
}

export class CommitFailed extends Error {
  status = 503
  isPublic = true
  constructor(cause: Error) {
    super(`The change could not be saved: the database did not confirm it (${cause.message}). Try again.`)
    this.name = 'CommitFailed'
  }
}

/** Work to undo outside the database (files written) when the transaction it belongs to rolls back. */
const undo = new Map<Id, Array<() => Promise<void>>>()

/**
 * Registers `fn` to run if the request's transaction rolls back; returns false when the request has no
 * transaction (then nothing can be undone, and the caller should not write what it cannot take back).
 */
export async function onRollback(req: PayloadRequest, fn: () => Promise<void>): Promise<boolean> {
  const id = await req.transactionID
  if (id === undefined || id === null) return false
  undo.set(id, [...(undo.get(id) ?? []), fn])
  return true
}

/** Work to do outside the database once the transaction it belongs to has committed (purge a shared cache). */
const after = new Map<Id, Array<() => Promise<void>>>()

/**
 * Runs `fn` once the request's transaction has committed, before the request answers; at once when the request
 * has no transaction. A cache told to forget a page before the commit could fetch the old page again.
 */
export async function onCommit(req: PayloadRequest, fn: () => Promise<void>): Promise<void> {
  const id = await req.transactionID
  if (id === undefined || id === null) return fn()
  after.set(id, [...(after.get(id) ?? []), fn])
}

async function runAfter(id: Id, log: (msg: string) => void) {
  const fns = after.get(id) ?? []
  after.delete(id)
  for (const fn of fns) await fn().catch((error: Error) => log(`After a commit: ${error.message}`))
}

async function runUndo(id: Id, log: (msg: string) => void) {
  const fns = undo.get(id) ?? []
  undo.delete(id)
  for (const fn of fns) await fn().catch((error: Error) => log(`Could not undo after a rollback: ${error.message}`))
}

/**
 * Wraps a database adapter's transactions: what was registered with `onRollback` runs when one rolls back,
 * and with `serial` (SQLite) transactions take turns in the process. SQLite lets one connection write at a
 * time and its embedded driver waits for the lock synchronously, which would stall the whole server; here a
 * write waits (asynchronously) for the one before it and gives up with a 503 after WAIT_FOR_WRITE_MS.
 */
export function withTransactionHooks(obj: DatabaseAdapterObj, { serial }: { serial: boolean }): DatabaseAdapterObj {
  return {
    ...obj,
    init: (args) => {
      const adapter = obj.init(args)
      const begin = adapter.beginTransaction.bind(adapter)
      const commit = adapter.commitTransaction.bind(adapter)
      const rollback = adapter.rollbackTransaction.bind(adapter)
      const log = (msg: string) => adapter.payload?.logger.error(msg)
      const queue: Array<() => void> = []
      let held: Held | undefined

      const release = () => {
        if (held) clearTimeout(held.timer)
        held = undefined
        queue.shift()?.()
      }
      const hold = (): Held => ({
        id: undefined,
        timer: setTimeout(() => {
          log(`A database write held the lock for ${LONGEST_WRITE_MS / 1000} s; releasing it.`)
          release()
        }, LONGEST_WRITE_MS).unref(),
      })
      const acquire = () =>
        new Promise<void>((resolve, reject) => {
          if (!serial) return resolve()
          if (!held) {
            held = hold()
            return resolve()
          }
          const turn = () => {
            clearTimeout(timeout)
            held = hold()
            resolve()
          }
          const timeout = setTimeout(() => {
            queue.splice(queue.indexOf(turn), 1)
            reject(new DatabaseBusyError())
          }, WAIT_FOR_WRITE_MS).unref()
          queue.push(turn)
        })
      // Payload's SQL adapters swallow an error of COMMIT itself (a connection lost at that moment), so a
      // write would be reported saved that is not: the outcome of each drizzle transaction is kept here.
      const failed = new WeakMap<object, Error>()
      const sql = adapter as unknown as {
        connect?: (options?: unknown) => Promise<void>
        drizzle?: { transaction: (fn: (tx: object) => Promise<unknown>, options?: unknown) => Promise<unknown> }
        sessions?: Record<string, { db: object }>
      }
      const watchCommits = () => {
        const drizzle = sql.drizzle
        if (!drizzle || (drizzle as { watched?: boolean }).watched) return
        const transaction = drizzle.transaction.bind(drizzle)
        drizzle.transaction = (fn, options) => {
          let tx: object | undefined
          const outcome = transaction(async (t) => {
            tx = t
            return fn(t)
          }, options)
          outcome.catch((error: Error) => tx && failed.set(tx, error))
          return outcome
        }
        ;(drizzle as { watched?: boolean }).watched = true
      }
      const connect = sql.connect?.bind(adapter)
      if (connect) {
        sql.connect = async (options) => {
          await connect(options)
          watchCommits()
        }
      }

      const finish =
        (end: (id: Id | Promise<Id>) => Promise<void>, rolledBack: boolean) => async (incoming: Id | Promise<Id>) => {
          const id = await incoming
          const tx = sql.sessions?.[String(id)]?.db
          let committed = false
          try {
            await end(id)
            const error = !rolledBack && tx ? failed.get(tx) : undefined
            if (error) throw new CommitFailed(error)
            committed = !rolledBack
          } finally {
            if (serial && held && held.id === id) release()
            if (!committed) after.delete(id)
            if (rolledBack) await runUndo(id, log)
            else undo.delete(id)
          }
          // After the lock is released: what runs here may wait on the network.
          await runAfter(id, log)
        }

      adapter.beginTransaction = async (options) => {
        await acquire()
        try {
          const id = await begin(options)
          if (serial && held) held.id = id ?? undefined
          if (serial && id === null) release()
          return id
        } catch (error) {
          if (serial) release()
          throw error
        }
      }
      adapter.commitTransaction = finish(commit, false)
      adapter.rollbackTransaction = finish(rollback, true)
      return adapter
    },
  }
}
