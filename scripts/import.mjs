#!/usr/bin/env node
// npm run import -- page.html export.xml https://old-site.example/news/…   imports into the database `npm start` serves
// npm run import -- --as editor@example.org files…                         … with that account's rights (its clusters)
// NODE_ENV=development npm run import -- files…                            … into the dev server's database
import { spawnSync } from 'node:child_process'

import nextEnv from '@next/env'

import { ensureEnvFile } from './env-file.mjs'
import { NODE_OPTIONS } from './node-options.mjs'

ensureEnvFile()
const nodeEnv = process.env.NODE_ENV || 'production'
nextEnv.loadEnvConfig(process.cwd(), nodeEnv !== 'production', undefined, true)
const result = spawnSync('node_modules/.bin/tsx', ['src/import/cli.ts', ...process.argv.slice(2)], {
  env: { ...process.env, NODE_ENV: nodeEnv, NODE_OPTIONS },
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
