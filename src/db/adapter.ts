import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from '../../migrations/postgres'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'
import { countedOnce } from './counts'
import { postgresSchemaHooks, sqliteSchemaHooks } from './indexes'
import { withTransactionHooks } from './transactions'

/** How long a write waits for another to finish before it gives up (SQLite has one writer at a time). */
const SQLITE_BUSY_TIMEOUT_MS = 10_000

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export const MIGRATION_DIRS = {
  sqlite: path.resolve(process.cwd(), 'migrations/sqlite'),
  postgres: path.resolve(process.cwd(), 'migrations/postgres'),
} as const

/** Which adapter a DATABASE_URI asks for. Unset means the embedded SQLite file. */
export function databaseKind(uri: string | undefined): DatabaseKind {
  if (!uri) return 'sqlite'
  if (uri.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  throw new Error(
    `DATABASE_URI must start with postgres://, mongodb:// or file: (or be unset for SQLite); got "${uri.split(':')[0]}:…".`,
  )
}

/**
 * The SQLite file when DATABASE_URI is unset. Development and production never share a file: the dev server
 * pushes its schema straight to the database, production applies the committed migrations.
 */
export function defaultSqliteUrl(production: boolean): string {
  return `file:${path.resolve(process.cwd(), 'data', production ? 'payload.db' : 'payload-dev.db')}`
}

type Options = {
  uri: string | undefined
  production: boolean
  /** Tests build the schema from the committed migrations, exactly as production does. */
  push?: boolean
}

export function databaseAdapter({ uri, production, push }: Options): DatabaseAdapterObj {
  switch (databaseKind(uri)) {
    case 'postgres':
      return withTransactionHooks(
        survivePoolErrors(
          countedOnce(
            postgresAdapter({
              pool: { connectionString: uri },
              afterSchemaInit: postgresSchemaHooks,
              // Trigram indexes for the site's search (src/db/indexes.ts); a trusted extension, no superuser needed.
              extensions: ['pg_trgm'],
              migrationDir: MIGRATION_DIRS.postgres,
              prodMigrations: postgresMigrations,
              push,
            }),
          ),
        ),
        { serial: false },
      )
    case 'mongodb':
      return withTransactionHooks(mongooseAdapter({ url: uri as string }), { serial: false })
    case 'sqlite': {
      const url = uri ?? defaultSqliteUrl(production)
      ensureFolder(url)
      return withTransactionHooks(
        countedOnce(
          sqliteAdapter({
            client: { url },
            afterSchemaInit: sqliteSchemaHooks,
            // A write and everything it touches (versions, relations) commit together or not at all.
            transactionOptions: { behavior: 'immediate' },
            busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
            wal: true,
            migrationDir: MIGRATION_DIRS.sqlite,
            prodMigrations: sqliteMigrations,
            push,
          }),
        ),
        { serial: true },
      )
    }
  }
}

/**
 * When PostgreSQL restarts, the pool's idle connections report an error; unheard, it would end the server
 * process. It is logged instead, and the pool opens new connections as requests need them.
 */
function survivePoolErrors(obj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...obj,
    init: (args) => {
      type Emitter = { on(event: string, fn: (arg: never) => void): void }
      const adapter = obj.init(args) as ReturnType<DatabaseAdapterObj['init']> & { pool?: Emitter }
      const connect = adapter.connect?.bind(adapter)
      const lost = (error: Error) =>
        adapter.payload?.logger.warn(`A database connection was lost (${error.message}); reconnecting on demand.`)
      adapter.connect = async (options) => {
        await connect?.(options)
        adapter.pool?.on('error', lost)
        // A connection checked out by a transaction reports on itself, not on the pool: each gets a listener when
        // it is made or, if it was made during connect (extensions, migrations), when it is first checked out.
        const guarded = new WeakSet<Emitter>()
        const guard = (client: Emitter) => {
          if (guarded.has(client)) return
          guarded.add(client)
          client.on('error', lost)
        }
        adapter.pool?.on('connect', guard)
        adapter.pool?.on('acquire', guard)
      }
      return adapter
    },
  }
}

/** The path of the file a `file:` URL names ("file:///x" and "file:/x" alike). */
export const sqliteFilePath = (fileUrl: string): string => fileUrl.replace(/^file:/, '').replace(/^\/\/(?=\/)/, '')

function ensureFolder(fileUrl: string): void {
  const file = sqliteFilePath(fileUrl)
  if (file && file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}
