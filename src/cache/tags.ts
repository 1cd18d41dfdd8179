import type { PageCollection } from '@/lib/site'

/**
 * The names the data cache is tagged with. A page's reads carry these tags; the revalidation hooks expire
 * exactly the tags a change touches (see src/cache/revalidate.ts).
 */
export type CachedCollection = PageCollection | 'photos'

/** Every list of a collection's documents: indexes, archives, filters, feeds, sitemap, search. */
export const listTag = (collection: CachedCollection) => `list:${collection}`

/** One document's page, found by its slug. */
export const docTag = (collection: PageCollection, slug: string) => `${collection}:${slug}`

/**
 * Every page of a collection's documents at once: what a change expires when it touches too many pages to name
 * them one by one (a tag on 20,000 events). Each page read carries it beside its own tag.
 */
export const allPagesTag = (collection: PageCollection) => `pages:${collection}`

/** The tags a document page's read carries. */
export const pageTags = (collection: PageCollection, slug: string) => [
  docTag(collection, slug),
  allPagesTag(collection),
]

/** Lists age out after this many seconds even without a change, since "upcoming" moves with the clock. */
export const LIST_MAX_AGE_SECONDS = 300

/** The site settings: name, logo, colour, footer and the site's own pages, shown on every page. */
export const SETTINGS_TAG = 'settings'
