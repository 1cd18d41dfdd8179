import { readEnv } from './env'
import type { Locale } from './locales'
import { messages } from './messages'
import { absoluteUrl } from './routes'
import { SITE_NAME } from './site'

/** How many events a feed or calendar carries at most. */
export const FEED_LIMIT = 100
export const CALENDAR_LIMIT = 500

/** The channel data every feed and calendar shares: titles in the reader's language, absolute links. */
export function feedChannel(locale: Locale, pagePath: string, feedPath: string, title?: string) {
  const serverUrl = readEnv().serverUrl
  return {
    title: title ? `${title} · ${SITE_NAME}` : SITE_NAME,
    description: messages(locale).siteTagline,
    url: absoluteUrl(pagePath, serverUrl),
    feedUrl: absoluteUrl(feedPath, serverUrl),
    language: locale,
    host: new URL(serverUrl).host,
  }
}

const TYPES = {
  ics: 'text/calendar; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
} as const

/** A feed or calendar response; `filename` names the download for calendar apps. */
export function feedResponse(body: string, kind: keyof typeof TYPES, filename?: string): Response {
  const headers = new Headers({ 'Content-Type': TYPES[kind] })
  if (filename) headers.set('Content-Disposition', `inline; filename="${filename}"`)
  return new Response(body, { headers })
}

export const notFoundResponse = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
