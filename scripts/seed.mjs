#!/usr/bin/env node
// npm run seed                         loads the demo content into the database `npm start` serves
// NODE_ENV=development npm run seed    … into the dev server's database instead
// SEED_IF_EMPTY=true npm run seed      only when there are no events yet (npm start does this)
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import nextEnv from '@next/env'

import { ensureEnvFile } from './env-file.mjs'
import { NODE_OPTIONS } from './node-options.mjs'

export function runSeed(extraEnv = {}) {
  ensureEnvFile()
  const nodeEnv = extraEnv.NODE_ENV || process.env.NODE_ENV || 'production'
  // Loads .env into process.env; what the caller passes in wins over it.
  nextEnv.loadEnvConfig(process.cwd(), nodeEnv !== 'production', undefined, true)
  const result = spawnSync('node_modules/.bin/tsx', ['src/seed/cli.ts'], {
    env: { ...process.env, NODE_ENV: nodeEnv, ...extraEnv, NODE_OPTIONS },
    stdio: 'inherit',
  })
  if (result.status !== 0) throw new Error(`The seed failed (exit code ${result.status ?? result.signal}).`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    runSeed()
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
