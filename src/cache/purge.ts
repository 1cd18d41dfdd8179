import { config } from '@/config'

/** How long a change waits for the cache in front to confirm a purge. */
const PURGE_TIMEOUT_MS = 2000

/**
 * Tells the HTTP cache in front (CACHE_PURGE_URL) to forget every answer carrying one of `keys`: a PURGE with
 * the keys in `xkey-purge`, as deploy/varnish/default.vcl expects. Without CACHE_PURGE_URL it does nothing.
 * Throws when the cache does not confirm, so the caller can log it; the answers then age out (s-maxage).
 */
export async function purgeCacheKeys(keys: string[], url = config().cachePurgeUrl): Promise<void> {
  if (!url || keys.length === 0) return
  const res = await fetch(url, {
    method: 'PURGE',
    headers: { 'xkey-purge': [...new Set(keys)].join(' ') },
    signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
  })
  if (!res.ok) throw new Error(`the cache at ${url} answered the purge with ${res.status}`)
}
