import { listTag, SETTINGS_TAG } from '@/cache/tags'
import { PAGE_COLLECTIONS } from '@/lib/site'
import { routes } from '@/lib/routes'
import { SITE_PAGES } from '@/lib/site-pages'
import { keepGood } from '@/lib/skipped'

import { cachedRead } from '../cache/reads'
import { payloadClient } from './client'
import { slugsInOrderMade } from './events-sql'
import { findPublic } from './find'

export type SitemapPage = { path: string; lastModified?: string }

/**
 * Events per sitemap file. Each is listed in every language with its alternates, so a file holds three times as
 * many addresses (15,000) in about 10 MB: under the limits of 50,000 addresses and 50 MB a file.
 */
export const EVENTS_PER_SITEMAP = 5000

const common = { depth: 0, pagination: false, overrideAccess: false } as const
const select = { slug: true, updatedAt: true } as const

/** A document without a slug has no address: it is reported and left out. */
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

const page = (path: string, doc?: { updatedAt?: string }) => ({ path, lastModified: doc?.updatedAt })

/** How many files the sitemap has: the site's own pages, then the events in files of EVENTS_PER_SITEMAP. */
async function readPartCount(): Promise<number> {
  const payload = await payloadClient()
  const { totalDocs } = await payload.count({ collection: 'events', overrideAccess: false })
  return 1 + Math.ceil(totalDocs / EVENTS_PER_SITEMAP)
}

/** The collections besides events whose documents have pages: hundreds, not thousands. */
const TAXONOMY = ['tags', 'clusters', 'institutes', 'partners'] as const

/** The site's own pages, the lists and every tag, cluster, institute and partner. */
async function readSitePages(): Promise<SitemapPage[]> {
  const r = routes()
  const [latest, ...taxonomy] = await Promise.all([
    findPublic({ ...common, collection: 'events', select: { updatedAt: true }, sort: '-updatedAt', limit: 1 }),
    ...TAXONOMY.map((collection) => findPublic({ ...common, collection, select, limit: 0 })),
  ])
  const newest = latest.docs[0]?.updatedAt
  return [
    { path: r.home(), lastModified: newest },
    { path: r.events(), lastModified: newest },
    { path: r.tags() },
    { path: r.clusters() },
    ...SITE_PAGES.map((name) => ({ path: r.sitePage(name) })),
    ...TAXONOMY.flatMap((collection, i) =>
      withSlug(collection, taxonomy[i].docs).map((d) => page(r.page(collection, d.slug), d)),
    ),
  ]
}

/**
 * One file's events (null past the last), in the order they were made, so a file's contents stay put as new
 * events are added.
 */
async function readEventPages(part: number): Promise<SitemapPage[] | null> {
  const r = routes()
  const payload = await payloadClient()
  const window = { limit: EVENTS_PER_SITEMAP, offset: (part - 1) * EVENTS_PER_SITEMAP }
  const docs =
    (await slugsInOrderMade(payload, window)) ??
    (
      await findPublic({
        ...common,
        collection: 'events',
        select,
        sort: 'id',
        limit: EVENTS_PER_SITEMAP,
        page: part,
        pagination: false,
      })
    ).docs
  if (docs.length === 0) return null
  return withSlug('events', docs).map((d) => page(r.page('events', d.slug), d))
}

/** The cache tags every sitemap file is kept under: a change of any page's document, or of the settings. */
export const sitemapTags = () => [...PAGE_COLLECTIONS.map(listTag), SETTINGS_TAG]

export const sitemapPartCount = cachedRead('sitemap-parts', readPartCount, sitemapTags)

/**
 * The pages of one sitemap file (0: the site's own; 1, 2…: events); null past the last file. Not kept here:
 * the file it becomes is kept whole (app/sitemaps/[part]/route.ts).
 */
export const sitemapPart = async (part: number): Promise<SitemapPage[] | null> =>
  part === 0 ? readSitePages() : readEventPages(part)
