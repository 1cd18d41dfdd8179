#!/usr/bin/env node
// Writes a migration for each SQL adapter after a change to the collections:
//   npm run migrate:create -- <name>
// SQLite uses a throw-away file; PostgreSQL a throw-away database on TEST_POSTGRES_URI
// (default postgres://postgres@127.0.0.1:5432/test). Commit both new files and both index.ts files.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { NODE_OPTIONS } from './node-options.mjs'

const name = process.argv[2]
if (!name || !/^[a-z0-9_-]+$/i.test(name)) {
  console.error('Usage: npm run migrate:create -- <name>   (letters, digits, - and _ only)')
  process.exit(2)
}

// tsx, not --use-swc: swc's loader cannot resolve Next's extensionless subpaths ("next/cache").
const run = (env) =>
  execFileSync('npx', ['payload', 'migrate:create', name], {
    stdio: 'inherit',
    env: { ...process.env, ...env, NODE_ENV: 'development', NODE_OPTIONS: `${NODE_OPTIONS} --import=tsx` },
  })

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eunic-migrate-'))
try {
  console.log('· SQLite')
  run({ DATABASE_URI: `file:${path.join(dir, 'migrate.db')}` })
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
}

const base = process.env.TEST_POSTGRES_URI ?? 'postgres://postgres@127.0.0.1:5432/test'
const database = `eunic_migrate_${process.pid}`
const admin = new pg.Client({ connectionString: base })
await admin.connect()
await admin.query(`CREATE DATABASE ${database}`)
try {
  console.log('· PostgreSQL')
  const url = new URL(base)
  url.pathname = `/${database}`
  run({ DATABASE_URI: url.toString() })
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  await admin.end()
}
