import fs from 'node:fs'
import path from 'node:path'

/** What the production build is made from; a change to any of these makes the build stale. */
const SOURCES = [
  'app',
  'collections',
  'globals',
  'src',
  'migrations',
  'payload.config.ts',
  'next.config.ts',
  'proxy.ts',
  'tsconfig.json',
  'package-lock.json',
]

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)))
  return newest
}

/** Why `next build` must run, or null when .next holds a build newer than every source. */
export function buildNeeded(root = process.cwd()) {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  if (!fs.existsSync(buildId)) return 'no production build yet'
  const builtAt = fs.statSync(buildId).mtimeMs
  const changed = SOURCES.find((entry) => newestMtime(path.join(root, entry)) > builtAt)
  return changed ? `${changed} changed since the last build` : null
}
