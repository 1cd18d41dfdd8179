import { spawn } from 'node:child_process'

import nextEnv from '@next/env'

import { readConfig } from '../src/config/index.js'

/**
 * Starts the production server (scripts/serve.mjs) the way npm start, the browser tests and the benchmarks all
 * run it: with the JavaScript heap SERVER_HEAP_MB allows (default 384 MB). Left to itself, Node lets the heap of
 * a server on a large machine grow by hundreds of MB of garbage before it collects (a server answering one
 * kept page at 32 connections went from 330 to 550 MB in 30 s; with a limit the heap is collected before it reaches it).
 * glibc's allocator gets two arenas (MALLOC_ARENA_MAX, unless set): with one per thread that allocates (libuv's
 * pool compressing answers, SQLite) it kept ≈ 20 MB more of freed memory at 100k events under load
 * (docs/benchmarks.md).
 * The settings come from `env` over .env, as the server reads them.
 */
export function spawnServer(env, options = {}) {
  const { combinedEnv } = nextEnv.loadEnvConfig(process.cwd(), env.NODE_ENV !== 'production', undefined, true)
  const { serverHeapMb } = readConfig({ ...combinedEnv, ...env })
  return spawn('node', [`--max-old-space-size=${serverHeapMb}`, 'scripts/serve.mjs'], {
    ...options,
    env: { MALLOC_ARENA_MAX: '2', ...env },
  })
}
