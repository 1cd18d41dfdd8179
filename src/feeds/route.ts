import { publicHttp } from '@/api/public-http'
import { siteSettings } from '@/data/settings'
import type { EventFeedView } from '@/data/views/event'
import { config } from '@/config'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { messages } from '@/lib/i18n/messages'
import { absoluteUrl } from '@/lib/routes'

import type { Channel } from './channel'
import { icsCalendar } from './ics'
import { atomFeed, jsonFeed, rssFeed } from './news'

/** How many events a news feed carries at most, and a calendar. */
export const FEED_LIMIT = 100
export const CALENDAR_LIMIT = 500

const FORMATS = {
  rss: { type: 'application/rss+xml; charset=utf-8', write: rssFeed },
  atom: { type: 'application/atom+xml; charset=utf-8', write: atomFeed },
  json: { type: 'application/feed+json; charset=utf-8', write: jsonFeed },
  ics: { type: 'text/calendar; charset=utf-8', write: icsCalendar },
} as const

export type FeedFormat = keyof typeof FORMATS

/** What a feed route reads: the events, the page they mirror, the feed's own path, and a title when not the site's. */
export type FeedContent = {
  events: EventFeedView[]
  page: string
  feed: string
  title?: string
  /** The name calendar apps give the download. */
  filename?: string
}

type Params = { locale: string }
type Read<P extends Params> = (locale: Locale, params: P, url: URL) => Promise<FeedContent | null>

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** The channel of a feed: its title in the reader's language (after the page's title, if any), absolute links. */
export function feedChannel(locale: Locale, siteName: string, content: FeedContent): Channel {
  const serverUrl = config().serverUrl
  return {
    title: content.title ? `${content.title} · ${siteName}` : siteName,
    description: messages(locale).siteTagline,
    url: absoluteUrl(content.page, serverUrl),
    feedUrl: absoluteUrl(content.feed, serverUrl),
    language: locale,
    host: new URL(serverUrl).host,
  }
}

/**
 * The one way to declare a feed or calendar route: `read` says what it carries (null: no such page, 404);
 * the format writes it, under the site's name from the settings; other sites' browsers may read it (publicHttp).
 */
export function feedRoute<P extends Params>(format: FeedFormat, read: Read<P>) {
  return publicHttp(async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const resolved = await params
    if (!isLocale(resolved.locale)) return notFound()
    const locale = resolved.locale
    const content = await read(locale, resolved, new URL(request.url))
    if (!content) return notFound()
    const channel = feedChannel(locale, (await siteSettings(locale)).siteName, content)
    const headers = new Headers({ 'Content-Type': FORMATS[format].type })
    if (content.filename) headers.set('Content-Disposition', `inline; filename="${content.filename}"`)
    return new Response(FORMATS[format].write(channel, content.events), { headers })
  })
}
