import { listTag, PAGE_COLLECTIONS } from '@/lib/cache-tags'
import { routes } from '@/lib/routes'

import { cachedRead } from './cache'
import { payloadClient } from './client'

export type SitemapPage = { path: string; lastModified?: string }

/** Every public page in the default language (the sitemap adds the other languages as alternates). */
async function readSitemapPages(): Promise<SitemapPage[]> {
  const payload = await payloadClient()
  const r = routes()
  const common = { depth: 0, limit: 0, pagination: false, overrideAccess: false } as const
  const select = { slug: true, updatedAt: true } as const
  const [events, tags, clusters, institutes, partners] = await Promise.all([
    payload.find({ ...common, collection: 'events', select }),
    payload.find({ ...common, collection: 'tags', select }),
    payload.find({ ...common, collection: 'clusters', select }),
    payload.find({ ...common, collection: 'institutes', select }),
    payload.find({ ...common, collection: 'partners', select }),
  ])
  const latest = events.docs
    .map((d) => d.updatedAt)
    .sort()
    .at(-1)
  const page = (path: string, doc?: { updatedAt?: string }) => ({ path, lastModified: doc?.updatedAt })
  return [
    { path: r.home(), lastModified: latest },
    { path: r.events(), lastModified: latest },
    { path: r.tags() },
    { path: r.clusters() },
    ...events.docs.map((d) => page(r.event(d.slug ?? ''), d)),
    ...tags.docs.map((d) => page(r.tag(d.slug ?? ''), d)),
    ...clusters.docs.map((d) => page(r.cluster(d.slug ?? ''), d)),
    ...institutes.docs.map((d) => page(r.institute(d.slug ?? ''), d)),
    ...partners.docs.map((d) => page(r.partner(d.slug ?? ''), d)),
  ]
}

export const sitemapPages = cachedRead('sitemap', readSitemapPages, () => PAGE_COLLECTIONS.map(listTag))
