/**
 * Every public URL of the site is built here and only here: pages, links, hooks, sitemap, feeds, SEO.
 * English lives at the root, the other languages under /fr/… and /de/…; proxy.ts maps the root onto the
 * internal /en/… routes.
 */
import type { PageCollection } from './site'
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from './i18n/locales'
import type { SitePageName } from './site-pages'

const segment = (slug: string) => encodeURIComponent(slug)

export type EventFilters = {
  when?: 'upcoming' | 'past'
  tag?: string
  cluster?: string
  country?: string
  year?: number
  page?: number
}

/** The query string of an events list; defaults are left out so every list has one canonical URL. */
export function eventsQuery(filters: EventFilters = {}): string {
  const params = new URLSearchParams()
  if (filters.when === 'past') params.set('when', 'past')
  if (filters.tag) params.set('tag', filters.tag)
  if (filters.cluster) params.set('cluster', filters.cluster)
  if (filters.country) params.set('country', filters.country)
  if (filters.year) params.set('year', String(filters.year))
  if (filters.page && filters.page > 1) params.set('page', String(filters.page))
  const query = params.toString()
  return query ? `?${query}` : ''
}

/** The addresses of the site's own pages (the same in every language, after the language prefix). */
const SITE_PAGE_PATHS: Record<SitePageName, string> = {
  legalNotice: '/legal-notice',
  privacy: '/privacy',
  contact: '/contact',
  accessibility: '/accessibility',
}

/** An archive's later pages are addresses of their own (/tags/x/page/2), which the caches keep. */
const withPage = (path: string, page = 1) => (page > 1 ? `${path}/page/${page}` : path)
const LATER_PAGE = /\/page\/\d+$/

/** The public paths of the site in one language. */
export function routes(locale: Locale = DEFAULT_LOCALE) {
  const prefix = locale === DEFAULT_LOCALE ? '' : `/${locale}`
  const p = (path: string) => `${prefix}${path}` || '/'
  const paths = {
    home: () => p(''),
    events: (filters?: EventFilters) => `${p('/events')}${eventsQuery(filters)}`,
    event: (slug: string) => p(`/events/${segment(slug)}`),
    eventIcs: (slug: string) => p(`/events/${segment(slug)}/event.ics`),
    eventsIcs: (filters?: Omit<EventFilters, 'page' | 'when'>) => `${p('/events.ics')}${eventsQuery(filters)}`,
    tags: () => p('/tags'),
    tag: (slug: string, page = 1) => withPage(p(`/tags/${segment(slug)}`), page),
    tagFeed: (slug: string) => p(`/tags/${segment(slug)}/feed.xml`),
    clusters: () => p('/clusters'),
    cluster: (slug: string) => p(`/clusters/${segment(slug)}`),
    institutes: () => p('/institutes'),
    institute: (slug: string) => p(`/institutes/${segment(slug)}`),
    partners: () => p('/partners'),
    partner: (slug: string) => p(`/partners/${segment(slug)}`),
    search: (q?: string) => (q ? `${p('/search')}?q=${encodeURIComponent(q)}` : p('/search')),
    rss: () => p('/feed.xml'),
    atom: () => p('/atom.xml'),
    jsonFeed: () => p('/feed.json'),
    sitePage: (name: SitePageName) => p(SITE_PAGE_PATHS[name]),
  }
  const byCollection: Record<PageCollection, (slug: string) => string> = {
    events: paths.event,
    tags: (slug) => paths.tag(slug),
    clusters: paths.cluster,
    institutes: paths.institute,
    partners: paths.partner,
  }
  /** A document's own page, given its collection. */
  return { ...paths, page: (collection: PageCollection, slug: string) => byCollection[collection](slug) }
}

export const adminPath = () => '/admin'
/** The API's own addresses that pages and documents link to. */
export const graphqlPath = () => '/api/graphql'
export const openapiPath = () => '/api/openapi.json'
export const apiDocsPath = () => '/api/docs'
/** The admin's edit screen of one document, and a collection's list with a query. */
export const adminDocPath = (collection: string, id: number | string) =>
  `${adminPath()}/collections/${collection}/${encodeURIComponent(String(id))}`
export const adminListPath = (collection: string, query = '') =>
  `${adminPath()}/collections/${collection}${query ? `?${query}` : ''}`
/** Turns draft preview on for a signed-in editor and opens `path` (a page of the site). */
export const previewPath = (path: string) => `/preview?path=${encodeURIComponent(path)}`
export const exitPreviewPath = (path: string) => `/preview/exit?path=${encodeURIComponent(path)}`
export const adminLoginPath = (redirect: string) => `/admin/login?redirect=${encodeURIComponent(redirect)}`
/** The signed-in person's own account (where they turn notices off). */
export const adminAccountPath = () => `${adminPath()}/account`
/** Payload's page that sets a new password from a reset mail's one-time token. */
export const adminResetPath = (token: string) => `${adminPath()}/reset/${encodeURIComponent(token)}`
/** The page where an invited person sets up their account from the invitation's one-time token. */
export const invitationPath = (token: string) => `${adminPath()}/invitation/${encodeURIComponent(token)}`
/** Where the invited person's form sends their name and password, and where an invitation is sent again or withdrawn. */
export const invitationAcceptPath = () => '/api/invitations/accept'
export const invitationActionPath = (id: number | string, action: 'resend' | 'withdraw') =>
  `/api/invitations/${encodeURIComponent(String(id))}/${action}`
/** Where an identity provider sends a person back (register it with the provider), and where a refusal is told. */
export const signInProvidersPath = () => '/api/sign-in-providers'
export const signInCallbackPath = () => `${signInProvidersPath()}/callback`
export const signInStartPath = (provider: number | string) =>
  `${signInProvidersPath()}/${encodeURIComponent(String(provider))}/start`
/** The admin's page that starts an import, and where files, an address or text are sent to be imported. */
export const adminImportPath = () => `${adminPath()}/import`
export const importsApiPath = () => '/api/imports'
/** Where a name an import suggests becomes a record (a tag, a cluster, an institute, a partner) linked in its draft. */
export const importSuggestionsPath = (importId: number | string) =>
  `${importsApiPath()}/${encodeURIComponent(String(importId))}/suggestions`
export const signInProblemPath = (reason: string) =>
  `${adminPath()}/sign-in-problem?reason=${encodeURIComponent(reason)}`

/**
 * A redirect to a path of this site, at the address the browser asked at (a relative Location): the preview's
 * draft cookie lives at that address, and the configured public address (or localhost) may be another one.
 */
export const redirectHere = (path: string, status: 307 | 308 = 307) =>
  new Response(null, { status, headers: { Location: path } })

/** A path of this site that a redirect may go to: one leading slash, no scheme, host or backslash. */
export function isSitePath(value: string | null | undefined): value is string {
  return (
    typeof value === 'string' &&
    /^\/(?![/\\])[^\s]*$/.test(value) &&
    !value.startsWith('/api') &&
    !value.startsWith('/admin')
  )
}
/** The site's icon (app/(site)/icon.svg), also the admin's and the answer to /favicon.ico. */
export const iconPath = () => '/icon.svg'

export const sitemapPath = () => '/sitemap.xml'
/** One file of the sitemap index: part 0 holds the site's own and taxonomy pages, the others events. */
export const sitemapPartPath = (part: number) => `/sitemaps/${part}.xml`

/** What an embedded list shows: a cluster's or a tag's upcoming events (or all), in one language and theme. */
export type EmbedOptions = { cluster?: string; tag?: string; limit?: number; locale?: Locale; theme?: 'light' | 'dark' }

const embedQuery = (o: EmbedOptions) => {
  const params = new URLSearchParams()
  if (o.cluster) params.set('cluster', o.cluster)
  if (o.tag) params.set('tag', o.tag)
  if (o.limit) params.set('limit', String(o.limit))
  if (o.locale && o.locale !== DEFAULT_LOCALE) params.set('locale', o.locale)
  if (o.theme && o.theme !== 'light') params.set('theme', o.theme)
  const query = params.toString()
  return query ? `?${query}` : ''
}

/** The list other sites put in an <iframe>, and the same list as JSON Feed for sites that render it themselves. */
export const embedPath = (o: EmbedOptions = {}) => `/embed/events${embedQuery(o)}`
export const embedJsonPath = (o: EmbedOptions = {}) => `/embed/events.json${embedQuery(o)}`

/** Splits a public path into its language and the path inside that language. */
export function splitLocale(path: string): { locale: Locale; rest: string } {
  const [, first, ...others] = path.split('/')
  if (first && first !== DEFAULT_LOCALE && isLocale(first)) return { locale: first, rest: `/${others.join('/')}` }
  return { locale: DEFAULT_LOCALE, rest: path || '/' }
}

/** Where proxy.ts sends an events index with filters: a page per set of filters, which the caches keep. */
const FILTERED_EVENTS = 'event-list'

/**
 * The events index with filters, as the app serves it (/en/event-list/when/past/tag/x): the filters in their
 * canonical order as name/value segments. Undefined without filters: that is the plain /events page.
 */
export function filteredEventsPage(locale: Locale, filters: EventFilters): string | undefined {
  const query = eventsQuery(filters).slice(1)
  if (!query) return undefined
  const segments = [...new URLSearchParams(query)].flat().map(encodeURIComponent)
  return `/${locale}/${FILTERED_EVENTS}/${segments.join('/')}`
}

/** The query carried as name/value segments in the filtered events index's path. */
export function queryOfPairs(segments: string[]): URLSearchParams {
  const query = new URLSearchParams()
  for (let i = 0; i + 1 < segments.length; i += 2) query.append(segments[i], segments[i + 1])
  return query
}

/**
 * The slug of the tag whose archive a path within a language is ("/tags/x" → "x"), or undefined: another page,
 * or a slug that is not a valid escape.
 */
export function tagArchiveSlug(rest: string): string | undefined {
  const tags = routes(DEFAULT_LOCALE).tags()
  const [, first, slug, ...more] = rest.split('/')
  if (`/${first}` !== tags || !slug || more.length) return undefined
  try {
    return decodeURIComponent(slug)
  } catch {
    return undefined
  }
}

/** An address no page has, within a language: the site's 404 page answers it. */
export const notFoundPath = (locale: Locale) => `/${locale}/not-found`

/** Whether a path within a language is the filtered events index's own address (readers get a 404 there). */
export const isFilteredEventsPage = (rest: string) => rest.split('/')[1] === FILTERED_EVENTS

/**
 * A page's public address within its language, from the route segments below the language: "events", "x" →
 * "/events/x"; the filtered events index → "/events" and its filters. A catch-all segment comes as one value with
 * its parts joined by "/" ("event-list", "tag/climate"), as Next hands it.
 */
export function addressInLocale(segments: string[]): { path: string; query: string } {
  const parts = segments.flatMap((segment) => segment.split('/'))
  if (parts[0] === FILTERED_EVENTS)
    return { path: routes(DEFAULT_LOCALE).events(), query: queryOfPairs(parts.slice(1)).toString() }
  return { path: `/${parts.map(encodeURIComponent).join('/')}`, query: '' }
}

/** The same page in another language: "/events/x" → "/fr/events/x", "/de/tags" → "/tags" for English. */
export function switchLocale(path: string, to: Locale): string {
  const { rest } = splitLocale(path)
  return to === DEFAULT_LOCALE ? rest : rest === '/' ? `/${to}` : `/${to}${rest}`
}

/**
 * The language switcher's link: the same page in another language with the same search and filters, but not the
 * page number (in the path or the query), since the list may be shorter in the other language.
 */
export function languageLink(path: string, to: Locale, query = ''): string {
  const target = switchLocale(path.replace(LATER_PAGE, '') || '/', to)
  const kept = new URLSearchParams(query)
  kept.delete('page')
  const search = kept.toString()
  return search ? `${target}?${search}` : target
}

/** The path in every language, for hreflang alternates and the sitemap. */
export function alternates(path: string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, switchLocale(path, l)])) as Record<Locale, string>
}

/** An absolute URL on this site (serverUrl: the configured public address), for feeds, canonical links and e-mails. */
export function absoluteUrl(path: string, serverUrl: string): string {
  return new URL(path, `${serverUrl}/`).toString()
}
