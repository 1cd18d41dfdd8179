#!/usr/bin/env node
// npm start: everything a fresh clone needs to serve the site in production mode.
//   1. writes .env with a random PAYLOAD_SECRET if there is none;
//   2. builds (next build) when there is no build or the sources changed since;
//   3. loads the demo content when the database has no events (migrations run on first connect);
//   4. empties the page cache of an earlier run and starts the server (scripts/serve.mjs) on PORT (default 3000).
import { spawnSync } from 'node:child_process'

import { buildNeeded } from './build-state.mjs'
import { ensureEnvFile } from './env-file.mjs'
import { clearRuntimeCache } from './runtime-cache.mjs'
import { runSeed } from './seed.mjs'
import { spawnServer } from './server-process.mjs'

process.env.NODE_ENV = 'production'
process.env.NEXT_TELEMETRY_DISABLED = '1'
ensureEnvFile()

const reason = buildNeeded()
if (reason) {
  console.log(`Building the site (${reason})…`)
  const build = spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit', env: process.env })
  if (build.status !== 0) {
    console.error('The build failed; see above.')
    process.exit(build.status ?? 1)
  }
}

try {
  runSeed({ SEED_IF_EMPTY: 'true' })
} catch (error) {
  console.error(error.message)
  process.exit(1)
}

clearRuntimeCache()
const port = process.env.PORT || '3000'
const server = spawnServer({ ...process.env, PORT: port }, { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
