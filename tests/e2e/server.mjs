// Starts the production build on a free port with its own SQLite file and media folder, loaded with the
// demo content. Used by the e2e global setup; the state file tells the tests and the teardown where it runs.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildNeeded } from '../../scripts/build-state.mjs'
import { freePort } from '../../scripts/free-port.mjs'
import { clearRuntimeCache } from '../../scripts/runtime-cache.mjs'
import { runSeed } from '../../scripts/seed.mjs'
import { spawnServer } from '../../scripts/server-process.mjs'

export const STATE_FILE = path.join(os.tmpdir(), `eunic-e2e-${process.pid}-state.json`)

export { freePort }

async function waitUntilUp(url, child, timeoutMs = 60_000) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`)
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`The server did not answer ${url} within ${timeoutMs / 1000} s`)
}

export async function startServer() {
  const reason = buildNeeded()
  if (reason) {
    console.log(`\n[e2e] next build (${reason})…`)
    const build = spawnSync('node_modules/.bin/next', ['build'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    })
    if (build.status !== 0) throw new Error('next build failed')
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eunic-e2e-'))
  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    // As `npm start` runs it: no configured address, so the admin works at every address of the machine.
    PORT: String(port),
    // The browser tests' identity provider runs on this machine, at an http:// address.
    SIGN_IN_ALLOW_HTTP_PROVIDERS: 'true',
  }
  delete env.NEXT_PUBLIC_SERVER_URL
  delete env.NODE_OPTIONS // jest's --experimental-vm-modules is not for the server
  runSeed(env)
  clearRuntimeCache()

  const log = fs.openSync(path.join(dir, 'server.log'), 'a')
  const child = spawnServer(env, { stdio: ['ignore', log, log], detached: true })
  await waitUntilUp(`${baseUrl}/api/events?limit=1`, child)
  const state = { baseUrl, pid: child.pid, dir, env: serverEnv(env) }
  fs.writeFileSync(STATE_FILE, JSON.stringify(state))
  child.unref()
  return state
}

/** What a second server on the same database needs from the first one's environment. */
const serverEnv = (env) => ({
  DATABASE_URI: env.DATABASE_URI,
  MEDIA_DIR: env.MEDIA_DIR,
  PAYLOAD_SECRET: env.PAYLOAD_SECRET,
})

/**
 * A second server on the run's database, started with other settings (e.g. a configured public address), for
 * the tests that need the site as a deployment would run it. Returns its address and how to stop it.
 */
export async function startSecondServer(settings) {
  const first = JSON.parse(process.env.E2E_SERVER_ENV ?? '{}')
  const port = await freePort()
  const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...first, PORT: String(port) }
  delete env.NODE_OPTIONS
  delete env.NEXT_PUBLIC_SERVER_URL
  Object.assign(env, typeof settings === 'function' ? settings(port) : settings)
  const child = spawnServer(env, { stdio: 'ignore', detached: true })
  const baseUrl = `http://localhost:${port}`
  await waitUntilUp(`${baseUrl}/api/events?limit=1`, child)
  return {
    baseUrl,
    /** Stops it and resolves once the process is gone (its port and database are free again). */
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        // Next waits for requests in flight; a stuck one would hold the test run, so it gets a few seconds.
        const kill = setTimeout(() => signal('SIGKILL'), 10_000)
        child.once('exit', () => {
          clearTimeout(kill)
          resolve()
        })
        const signal = (name) => {
          try {
            process.kill(-child.pid, name)
          } catch {
            resolve() // already gone
          }
        }
        signal('SIGTERM')
      }),
  }
}

export function stopServer() {
  if (!fs.existsSync(STATE_FILE)) return
  const { pid, dir } = JSON.parse(fs.readFileSync(STATE_FILE, 'utf8'))
  try {
    process.kill(-pid, 'SIGTERM')
  } catch {
    // already gone
  }
  fs.rmSync(dir, { recursive: true, force: true })
  fs.rmSync(STATE_FILE, { force: true })
}
