import { SHARED_CACHE_CONTROL_HEADER } from './page-headers.mjs'
import { type CachedCollection, LIST_MAX_AGE_SECONDS, listTag, SETTINGS_TAG } from '@/cache/tags'
import { PAGE_COLLECTIONS } from '@/lib/site'

/**
 * How a shared cache in front may keep an anonymous answer or page: it revalidates with the ETag (a 304 costs no
 * body) and serves a stale copy for a short while when the app is slow. Browsers always revalidate.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=30'
/**
 * With a cache in front that each change purges by key (CACHE_PURGE_URL), it may keep an answer as long as
 * lists stay true without a change (upcoming events move with the clock).
 */
export const PURGED_CACHE_CONTROL = `public, max-age=0, s-maxage=${LIST_MAX_AGE_SECONDS}, stale-while-revalidate=30`
export { SHARED_CACHE_CONTROL_HEADER }
export const sharedCacheControl = (purged: boolean) => (purged ? PURGED_CACHE_CONTROL : PUBLIC_CACHE_CONTROL)

/** Every list key and the settings: what an answer may show when it can reach any collection. */
const ALL_KEYS = [...PAGE_COLLECTIONS.map(listTag), listTag('photos'), SETTINGS_TAG]
const LISTED = new Set<string>([...PAGE_COLLECTIONS, 'photos'])
const REST = /^\/api\/([^/]+)/

/**
 * The cache keys of an anonymous answer, sent as `Surrogate-Key` and `xkey` so the HTTP cache in front can
 * forget it when the revalidation factory expires the same tags (every change expires its collection's list
 * key). A REST read of one collection without relations (depth=0) depends on that collection only; anything
 * else (relations populated, GraphQL, feeds, calendars, the sitemap, every page) may show any of them.
 */
export function cacheKeys(url: URL): string[] {
  const collection = REST.exec(url.pathname)?.[1]
  if (collection && LISTED.has(collection) && url.searchParams.get('depth') === '0')
    return [listTag(collection as CachedCollection)]
  if (url.pathname === '/api/globals/settings' && url.searchParams.get('depth') === '0') return [SETTINGS_TAG]
  return ALL_KEYS
}
