import fs from 'node:fs'
import path from 'node:path'

/**
 * Pages and data cached by a running server may live on disk beside the build (an older run, or Next's default).
 * They belong to the database the server was reading, so a fresh start (which may follow a seed, a restore or
 * another DATABASE_URI) begins with an empty cache; the first requests fill it again.
 */
export function clearRuntimeCache(root = process.cwd()) {
  for (const dir of ['.next/server/route-cache', '.next/cache/fetch-cache']) {
    fs.rmSync(path.join(root, dir), { recursive: true, force: true })
  }
}
