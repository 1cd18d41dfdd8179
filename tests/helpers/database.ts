import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

export type TestDatabase = { uri: string; kind: 'sqlite' | 'postgres' | 'mongodb'; drop: () => Promise<void> }

const uniqueName = () => `eunic_test_${process.pid}_${randomBytes(4).toString('hex')}`

/** A fresh, empty database for one test file, of the kind its jest project asks for. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const kind = (process.env.TEST_DB_KIND ?? 'sqlite') as TestDatabase['kind']
  const name = uniqueName()

  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eunic-db-'))
    return {
      kind,
      uri: `file:${path.join(dir, `${name}.db`)}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    }
  }

  if (kind === 'postgres') {
    const base = process.env.TEST_POSTGRES_URI
    if (!base) throw new Error('TEST_POSTGRES_URI is not set')
    const admin = new pg.Client({ connectionString: base })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(base)
    url.pathname = `/${name}`
    return {
      kind,
      uri: url.toString(),
      drop: async () => {
        const client = new pg.Client({ connectionString: base })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await client.end()
      },
    }
  }

  const base = process.env.TEST_MONGODB_URI
  if (!base) throw new Error('TEST_MONGODB_URI is not set')
  const url = new URL(base)
  url.pathname = `/${name}`
  return { kind, uri: url.toString(), drop: async () => undefined }
}
