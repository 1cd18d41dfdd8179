// Next's data and page cache in Redis, shared by every replica (loaded by next.config.ts when REDIS_URL is set):
// a change expires its cache tags once, for all replicas. Plain JavaScript: Next loads it as it is, at start.
import fs from 'node:fs'
import path from 'node:path'

import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from 'redis'

import { config } from './src/config/index.js'

/** How long one cache read or write may wait for Redis before the page is rendered without it. */
const TIMEOUT_MS = 1000
/** How long a replica waits for Redis at start before it caches in its own memory instead. */
const CONNECT_TIMEOUT_MS = 2000

CacheHandler.onCreation(async () => {
  // Entries of another build never mix with this one's (a deploy starts from an empty cache).
  const build = fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim()
  const { cacheKeyPrefix, redisUrl } = config()
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
    return { handlers: [createLruHandler()] }
  }
  return { handlers: [createRedisHandler({ client, keyPrefix, timeoutMs: TIMEOUT_MS })] }
})

export default CacheHandler
