#!/usr/bin/env node
// npm run backup [file] / npm run restore <file> [--force]: see src/backup/cli.ts. Reads .env like npm start.
import { spawnSync } from 'node:child_process'

import nextEnv from '@next/env'

const nodeEnv = process.env.NODE_ENV || 'production'
nextEnv.loadEnvConfig(process.cwd(), nodeEnv !== 'production', undefined, true)
const result = spawnSync('node_modules/.bin/tsx', ['src/backup/cli.ts', ...process.argv.slice(2)], {
  env: { ...process.env, NODE_ENV: nodeEnv },
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
