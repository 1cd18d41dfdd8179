import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Migration, type Payload, type SanitizedConfig } from 'payload'

import { migrations as postgresMigrations } from '../../migrations/postgres'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'
import { createTestDatabase, type TestDatabase } from './database'

export type TestContext = { payload: Payload; config: SanitizedConfig; db: TestDatabase; mediaDir: string }

/**
 * Payload on a fresh database built from the committed migrations (as production builds it), with its own
 * media folder. Call once per test file, in beforeAll, and `stopPayload` in afterAll.
 */
export async function startPayload(
  options: {
    /** Stop before the migration whose name ends with this, run `between`, then apply the rest: an upgrade. */
    upgradeAt?: string
    between?: (payload: Payload, kind: TestDatabase['kind']) => Promise<void>
  } = {},
): Promise<TestContext> {
  const db = await createTestDatabase()
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eunic-media-'))
  process.env.DATABASE_URI = db.uri
  process.env.DATABASE_PUSH = 'false'
  process.env.MEDIA_DIR = mediaDir
  process.env.PAYLOAD_SECRET = 'test-secret-for-the-jest-suite-only-000000'

  const config = await (await import('@payload-config')).default
  const payload = await getPayload({ config })
  if (db.kind !== 'mongodb') {
    const migrations = (db.kind === 'sqlite' ? sqliteMigrations : postgresMigrations) as unknown as Migration[]
    const at = options.upgradeAt ? migrations.findIndex((m) => m.name.endsWith(options.upgradeAt!)) : -1
    if (options.upgradeAt && at < 0) throw new Error(`No migration is named …${options.upgradeAt}`)
    if (at >= 0) {
      await payload.db.migrate({ migrations: migrations.slice(0, at) })
      await options.between?.(payload, db.kind)
    }
    await payload.db.migrate({ migrations })
  }
  return { payload, config, db, mediaDir }
}

export async function stopPayload(ctx: TestContext | undefined): Promise<void> {
  if (!ctx) return
  // destroy() leaves the SQL connections open. The Postgres adapter keeps one client checked out for good,
  // so pool.end() would wait forever: close the idle ones, and let the forced drop end the last.
  const adapter = ctx.payload.db as unknown as { pool?: import('pg').Pool; client?: { close?(): void } }
  await ctx.payload.destroy()
  adapter.pool?.on('error', () => undefined)
  void adapter.pool?.end()
  adapter.client?.close?.()
  await ctx.db.drop()
  fs.rmSync(ctx.mediaDir, { recursive: true, force: true })
}
