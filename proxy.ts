import { type NextRequest, NextResponse } from 'next/server'

import { graphqlGate } from '@/api/graphql-gate'
import { DEFAULT_LOCALE, isLocale } from '@/lib/locales'

const GRAPHQL_PATH = '/api/graphql'

/**
 * English is served at the root ("/events/x"), the other languages under their prefix ("/fr/events/x").
 * Internally every page lives under app/(site)/[locale]; this maps the root onto /en and sends the
 * explicit /en/… form to its canonical address.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (pathname === GRAPHQL_PATH) return (await graphqlGate(request)) ?? NextResponse.next()
  const first = pathname.split('/')[1]

  if (first === DEFAULT_LOCALE) {
    const url = request.nextUrl.clone()
    url.pathname = pathname.slice(DEFAULT_LOCALE.length + 1) || '/'
    return NextResponse.redirect(url, 308)
  }
  if (isLocale(first)) return NextResponse.next()

  const url = request.nextUrl.clone()
  url.pathname = `/${DEFAULT_LOCALE}${pathname === '/' ? '' : pathname}`
  url.search = search
  return NextResponse.rewrite(url)
}

export const config = {
  // Admin, API, Next's own files and the site-wide metadata files are not localized; GraphQL requests are
  // checked here before Payload parses them.
  matcher: ['/((?!admin|api|_next|robots\\.txt|sitemap\\.xml|favicon\\.ico).*)', '/api/graphql'],
}
