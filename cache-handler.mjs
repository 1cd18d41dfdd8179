// Next's data and page cache (next.config.ts loads this file; plain JavaScript: Next loads it as it is, at start).
//   - With REDIS_URL it lives in Redis, shared by every replica: a change expires its cache tags once, for all.
//   - Without it, in this process's memory, the least recently used going first past PAGE_CACHE_BYTES (never on
//     disk, where every address anyone asks for, a 404 included, would stay without bound).
// Either way a page is kept script-free (src/cache/script-free.mjs): made so once, when it is kept. The server
// hears where pages are kept and of every change (src/cache/server-links.mjs): it sends kept pages again from its
// own memory only while they are kept here (scripts/page-memo.mjs).
import fs from 'node:fs'
import path from 'node:path'

import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from 'redis'

import { config } from './src/config/index.js'
import { keptWithoutScripts } from './src/cache/script-free.mjs'
import { sayChanged, sayPagesKeptHere } from './src/cache/server-links.mjs'

/** How long one cache read or write may wait for Redis before the page is rendered without it. */
const TIMEOUT_MS = 1000
/** How long a replica waits for Redis at start before it caches in its own memory instead. */
const CONNECT_TIMEOUT_MS = 2000
/** What one process keeps in its own memory at most, as Next's own memory cache does. */
const PAGE_CACHE_BYTES = 50 * 1024 * 1024

function inMemory() {
  sayPagesKeptHere(true)
  return { handlers: [createLruHandler({ maxItemSizeBytes: PAGE_CACHE_BYTES })] }
}

CacheHandler.onCreation(async () => {
  const { cacheKeyPrefix, redisUrl } = config()
  if (!redisUrl) return inMemory()
  sayPagesKeptHere(false)
  // Entries of another build never mix with this one's (a deploy starts from an empty cache).
  const build = fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim()
  const keyPrefix = `${cacheKeyPrefix}:${build}:`
  const client = createClient({ url: redisUrl, socket: { connectTimeout: CONNECT_TIMEOUT_MS } })
  client.on('error', (error) => console.warn(`[cache] Redis: ${error.message}`))
  try {
    await client.connect()
  } catch (error) {
    // The site stays up on this replica's own memory; what other replicas change reaches it only as entries age.
    console.error(
      `[cache] Redis at ${redisUrl} cannot be reached (${error.message}): this replica caches in memory only.`,
    )
    return inMemory()
  }
  return { handlers: [createRedisHandler({ client, keyPrefix, timeoutMs: TIMEOUT_MS })] }
})

export default class SiteCache extends CacheHandler {
  async set(key, value, context) {
    return super.set(key, keptWithoutScripts(value), context)
  }

  /** A change expires tags: said before (nothing kept from now on is older) and after (nor from in between). */
  async revalidateTag(...args) {
    sayChanged()
    try {
      return await super.revalidateTag(...args)
    } finally {
      sayChanged()
    }
  }
}
