import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

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

/**
 * SQLite lets one connection write at a time, and the embedded driver waits for a lock synchronously, which
 * would stall the whole server. So transactions here take turns in the process: a write waits (asynchronously)
 * for the one before it to commit or roll back, and gives up with a 503 after WAIT_FOR_WRITE_MS.
 */
export function serialTransactions(obj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...obj,
    init: (args) => {
      const adapter = obj.init(args) as BaseDatabaseAdapter
      const begin = adapter.beginTransaction.bind(adapter)
      const commit = adapter.commitTransaction.bind(adapter)
      const rollback = adapter.rollbackTransaction.bind(adapter)
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
          adapter.payload?.logger.error(
            `A database write held the lock for ${LONGEST_WRITE_MS / 1000} s; releasing it.`,
          )
          release()
        }, LONGEST_WRITE_MS).unref(),
      })
      const acquire = () =>
        new Promise<void>((resolve, reject) => {
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
      const finish = (end: (id: Id | Promise<Id>) => Promise<void>) => async (incoming: Id | Promise<Id>) => {
        const id = await incoming
        try {
          await end(id)
        } finally {
          if (held && held.id === id) release()
        }
      }

      adapter.beginTransaction = async (options) => {
        await acquire()
        try {
          const id = await begin(options)
          if (held) held.id = id ?? undefined
          if (id === null) release()
          return id
        } catch (error) {
          release()
          throw error
        }
      }
      adapter.commitTransaction = finish(commit)
      adapter.rollbackTransaction = finish(rollback)
      return adapter
    },
  }
}
