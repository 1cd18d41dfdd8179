import { listTag, PAGE_COLLECTIONS, SETTINGS_TAG } from '@/lib/cache-tags'
import { routes } from '@/lib/routes'
import { SITE_PAGES } from '@/lib/site-pages'
import { keepGood } from '@/lib/skipped'

import { cachedRead } from './cache'
import { findPublic } from './find'

export type SitemapPage = { path: string; lastModified?: string }

/** Every public page in the default language (the sitemap adds the other languages as alternates). */
async function readSitemapPages(): Promise<SitemapPage[]> {
  const r = routes()
  const common = { depth: 0, limit: 0, pagination: false, overrideAccess: false } as const
  const select = { slug: true, updatedAt: true } as const
  const [events, tags, clusters, institutes, partners] = await Promise.all([
    findPublic({ ...common, collection: 'events', select }),
    findPublic({ ...common, collection: 'tags', select }),
    findPublic({ ...common, collection: 'clusters', select }),
    findPublic({ ...common, collection: 'institutes', select }),
    findPublic({ ...common, collection: 'partners', select }),
  ])
  const latest = events.docs
    .map((d) => d.updatedAt)
    .sort()
    .at(-1)
  const page = (path: string, doc?: { updatedAt?: string }) => ({ path, lastModified: doc?.updatedAt })
  // A document without a slug has no address: it is reported and left out.
  const withSlug = <D extends { id: number | string; slug?: string | null }>(collection: string, docs: D[]) =>
    keepGood(
      docs,
      (d) => {
        if (!d.slug) throw new Error('it has no slug')
        return d as D & { slug: string }
      },
      (d) => `${collection} ${d.id}`,
      'the sitemap',
    )
  return [
    { path: r.home(), lastModified: latest },
    { path: r.events(), lastModified: latest },
    { path: r.tags() },
    { path: r.clusters() },
    ...SITE_PAGES.map((name) => ({ path: r.sitePage(name) })),
    ...withSlug('events', events.docs).map((d) => page(r.event(d.slug), d)),
    ...withSlug('tags', tags.docs).map((d) => page(r.tag(d.slug), d)),
    ...withSlug('clusters', clusters.docs).map((d) => page(r.cluster(d.slug), d)),
    ...withSlug('institutes', institutes.docs).map((d) => page(r.institute(d.slug), d)),
    ...withSlug('partners', partners.docs).map((d) => page(r.partner(d.slug), d)),
  ]
}

export const sitemapPages = cachedRead('sitemap', readSitemapPages, () => [
  ...PAGE_COLLECTIONS.map(listTag),
  SETTINGS_TAG,
])
