import { type CachedCollection, listTag, PAGE_COLLECTIONS, SETTINGS_TAG } from '@/lib/cache-tags'

/** Every list key and the settings: what an answer may show when it can reach any collection. */
const ALL_KEYS = [...PAGE_COLLECTIONS.map(listTag), listTag('photos'), SETTINGS_TAG]
const LISTED = new Set<string>([...PAGE_COLLECTIONS, 'photos'])
const REST = /^\/api\/([^/]+)/

/**
 * The cache keys of an anonymous answer, sent as `Surrogate-Key` and `xkey` so the HTTP cache in front can
 * forget it when the revalidation factory expires the same tags (every change expires its collection's list
 * key). A REST read of one collection without relations (depth=0) depends on that collection only; anything
 * else (relations populated, GraphQL, feeds, calendars, the sitemap) may show any of them.
 */
export function cacheKeys(url: URL): string[] {
  const collection = REST.exec(url.pathname)?.[1]
  if (collection && LISTED.has(collection) && url.searchParams.get('depth') === '0')
    return [listTag(collection as CachedCollection)]
  if (url.pathname === '/api/globals/settings' && url.searchParams.get('depth') === '0') return [SETTINGS_TAG]
  return ALL_KEYS
}
