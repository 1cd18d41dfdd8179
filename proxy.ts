import { type NextRequest, NextResponse } from 'next/server'

import { cacheKeys, SHARED_CACHE_CONTROL_HEADER, sharedCacheControl } from '@/cache/keys'
import { graphqlGate } from '@/api/graphql-gate'
import { carriesCredential } from '@/api/credentials'
import { API_CSP, frameOptions, hsts, pageCsp } from '@/api/security-headers'
import { config as settings } from '@/config'
import { filtersOfQuery } from '@/lib/query/event-filters'
import {
  filteredEventsPage,
  graphqlPath,
  isFilteredEventsPage,
  notFoundPath,
  routes,
  splitLocale,
  tagArchiveSlug,
} from '@/lib/routes'
import { laterPage } from '@/lib/query/pagination'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'

const GRAPHQL_PATH = graphqlPath()
const DRAFT_MODE_COOKIE = '__prerender_bypass'

/**
 * The admin's scripts carry a nonce: Next finds it in the request's CSP header and puts it on its own scripts.
 * The site's pages in production run no script at all (`script-src 'none'`) and are sent without one
 * (src/cache/script-free.mjs): the same bytes and headers for every reader, so that caches may keep them. An
 * editor's preview and the development server keep Next's scripts, with a nonce.
 */
function withCsp(request: NextRequest, area: 'site' | 'admin', respond: (headers: Headers) => NextResponse) {
  const env = settings()
  // Next's draft-mode cookie: an editor's preview, which the admin shows in its live preview frame.
  const framedByAdmin = area === 'site' && request.cookies.has(DRAFT_MODE_COOKIE)
  // A preview is rendered for one editor and kept by no one: it refreshes as the editor saves, by Next's scripts,
  // the ones Next stamps with this response's nonce.
  const shared = area === 'site' && env.production && !framedByAdmin
  const nonce = shared ? undefined : Buffer.from(crypto.randomUUID()).toString('base64')
  const csp = pageCsp(area, nonce ? { nonce } : 'none', {
    production: env.production,
    https: env.serverUrl.startsWith('https://'),
    framedByAdmin,
  })
  const headers = new Headers(request.headers)
  if (nonce) headers.set('x-nonce', nonce)
  headers.set('Content-Security-Policy', csp)
  const response = respond(headers)
  response.headers.set('Content-Security-Policy', csp)
  response.headers.set('X-Frame-Options', frameOptions(framedByAdmin))
  if (area === 'site' && !framedByAdmin && !carriesCredential(request.headers)) shareable(request, response)
  const strict = env.production ? hsts(env.serverUrl) : undefined
  if (strict) response.headers.set('Strict-Transport-Security', strict)
  return response
}

/**
 * A page as every anonymous reader gets it: the keys the cache in front files it under (a page shows lists and
 * the settings), and how long that cache may keep it, which the server puts in place of Next's own when Next
 * keeps the page too (scripts/serve.mjs).
 */
function shareable(request: NextRequest, response: NextResponse) {
  const keys = cacheKeys(request.nextUrl).join(' ')
  response.headers.set('Surrogate-Key', keys)
  response.headers.set('xkey', keys)
  response.headers.set(SHARED_CACHE_CONTROL_HEADER, sharedCacheControl(Boolean(settings().cachePurgeUrl)))
}

/** A redirect runs nothing: it carries the strictest policy. */
function redirect(url: URL) {
  const response = NextResponse.redirect(url, 308)
  response.headers.set('Content-Security-Policy', API_CSP)
  return response
}

const EVENTS_INDEX = routes(DEFAULT_LOCALE).events()

/** A tag archive's page asked for the old way (/tags/x?page=2) now has an address of its own (/tags/x/page/2). */
function laterPageAddress(request: NextRequest): URL | undefined {
  const asked = request.nextUrl.searchParams.get('page')
  if (asked === null) return undefined
  const { locale, rest } = splitLocale(request.nextUrl.pathname)
  const slug = tagArchiveSlug(rest)
  if (slug === undefined) return undefined
  const url = request.nextUrl.clone()
  url.pathname = routes(locale).tag(slug, laterPage(asked) ?? 1)
  url.searchParams.delete('page')
  return url
}

/**
 * English is served at the root ("/events/x"), the other languages under their prefix ("/fr/events/x").
 * Internally every page lives under app/(site)/[locale]; this maps the root onto /en (appPath) and sends the
 * explicit /en/… form, and a tag archive's page asked for by query, to its canonical address.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (pathname === GRAPHQL_PATH) return (await graphqlGate(request)) ?? NextResponse.next()
  if (pathname === '/admin' || pathname.startsWith('/admin/'))
    return withCsp(request, 'admin', (headers) => NextResponse.next({ request: { headers } }))
  const first = pathname.split('/')[1]

  if (first === DEFAULT_LOCALE) {
    const url = request.nextUrl.clone()
    url.pathname = pathname.slice(DEFAULT_LOCALE.length + 1) || '/'
    return redirect(url)
  }
  const moved = laterPageAddress(request)
  if (moved) return redirect(moved)
  const target = appPath(request)
  if (target === pathname) return withCsp(request, 'site', (headers) => NextResponse.next({ request: { headers } }))
  const url = request.nextUrl.clone()
  url.pathname = target
  url.search = search
  return withCsp(request, 'site', (headers) => NextResponse.rewrite(url, { request: { headers } }))
}

/**
 * Where the app serves a public address: under its language (/events → /en/events); the events index with
 * filters on a page of its own per set of filters, so that each is kept like any page; that page's own
 * address is not one readers use (a 404).
 */
function appPath(request: NextRequest): string {
  const { locale, rest } = splitLocale(request.nextUrl.pathname)
  if (isFilteredEventsPage(rest)) return notFoundPath(locale)
  if (rest === EVENTS_INDEX && request.nextUrl.search)
    return filteredEventsPage(locale, filtersOfQuery(request.nextUrl.searchParams)) ?? `/${locale}${rest}`
  return `/${locale}${rest === '/' ? '' : rest}`
}

export const config = {
  // Admin, API, Next's own files and the site-wide files (robots, sitemap, icon, manifest) are not localized;
  // GraphQL requests are checked here before Payload parses them; the admin gets its CSP here.
  matcher: [
    '/((?!admin|api|_next|embed/|robots\\.txt|sitemap\\.xml|sitemaps/|favicon\\.ico|icon\\.svg|manifest\\.webmanifest).*)',
    '/api/graphql',
    '/admin',
    '/admin/:path*',
  ],
}
