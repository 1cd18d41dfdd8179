import { type NextRequest, NextResponse } from 'next/server'

import { DEFAULT_LOCALE, isLocale } from '@/lib/locales'

/**
 * English is served at the root ("/events/x"), the other languages under their prefix ("/fr/events/x").
 * Internally every page lives under app/(site)/[locale]; this maps the root onto /en and sends the
 * explicit /en/… form to its canonical address.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
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
  // Admin, API, Next's own files and the site-wide metadata files are not localized.
  matcher: ['/((?!admin|api|_next|robots\\.txt|sitemap\\.xml|favicon\\.ico).*)'],
}
