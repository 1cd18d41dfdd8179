import { type NextRequest, NextResponse } from 'next/server'

import { graphqlGate } from '@/api/graphql-gate'
import { frameOptions, hsts, pageCsp } from '@/api/security-headers'
import { readEnv } from '@/lib/env'
import { graphqlPath, SITE_ADDRESS_HEADER } from '@/lib/routes'
import { DEFAULT_LOCALE, isLocale } from '@/lib/locales'

const GRAPHQL_PATH = graphqlPath()
const DRAFT_MODE_COOKIE = '__prerender_bypass'
/** Read once: the proxy runs for every page and GraphQL request. */
let env: ReturnType<typeof readEnv> | undefined

/** Next finds the nonce in the request's CSP header and puts it on its own scripts. */
function withCsp(request: NextRequest, area: 'site' | 'admin', respond: (headers: Headers) => NextResponse) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  env ??= readEnv()
  // Next's draft-mode cookie: an editor's preview, which the admin shows in its live preview frame.
  const framedByAdmin = area === 'site' && request.cookies.has(DRAFT_MODE_COOKIE)
  const csp = pageCsp(area, nonce, {
    production: env.production,
    https: env.serverUrl.startsWith('https://'),
    framedByAdmin,
  })
  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  // The address the reader asked for, before the rewrite to /en/…: the language switcher links from it.
  headers.set(SITE_ADDRESS_HEADER, request.nextUrl.pathname + request.nextUrl.search)
  headers.set('Content-Security-Policy', csp)
  const response = respond(headers)
  response.headers.set('Content-Security-Policy', csp)
  response.headers.set('X-Frame-Options', frameOptions(framedByAdmin))
  const strict = env.production ? hsts(env.serverUrl) : undefined
  if (strict) response.headers.set('Strict-Transport-Security', strict)
  return response
}

/**
 * English is served at the root ("/events/x"), the other languages under their prefix ("/fr/events/x").
 * Internally every page lives under app/(site)/[locale]; this maps the root onto /en and sends the
 * explicit /en/… form to its canonical address.
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
    return NextResponse.redirect(url, 308)
  }
  if (isLocale(first)) return withCsp(request, 'site', (headers) => NextResponse.next({ request: { headers } }))

  const url = request.nextUrl.clone()
  url.pathname = `/${DEFAULT_LOCALE}${pathname === '/' ? '' : pathname}`
  url.search = search
  return withCsp(request, 'site', (headers) => NextResponse.rewrite(url, { request: { headers } }))
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
