import { googleCalendarUrl } from '@/lib/time/calendar'
import { countryName } from '@/lib/i18n/countries'
import { type EventTime, eventTime } from '@/lib/time/event-time'
import { type TextLangs, textLangs } from '@/lib/i18n/fallback-paths'
import type { Locale } from '@/lib/i18n/locales'
import { populated } from '@/lib/relations'
import { config } from '@/config'
import { absoluteUrl, routes } from '@/lib/routes'
import type { Cluster, Event, Institute, Partner, Photo, Tag } from '@/payload-types'

import {
  clusterView,
  type InstituteView,
  instituteView,
  type LinkView,
  type PartnerView,
  partnerView,
  tagView,
  viewsOf,
} from './entities'
import { type PhotoView, photoView } from './photo'

export type VenueView = { name: string; address: string; city: string; country: string; countryName: string }

/** An event as pages, cards, feeds, calendars and JSON-LD show it, built once from the document. */
export type EventView = {
  id: number | string
  slug: string
  title: string
  summary: string
  body: unknown
  /** Its page on this site, and the same as an absolute URL. */
  href: string
  url: string
  time: EventTime
  venue: VenueView | null
  /** "Goethe-Institut Kasachstan, Almaty, Kazakhstan": the place in one line. */
  place: string
  /** The place with its street, for calendars. */
  location: string
  onlineUrl: string | null
  hero: PhotoView | null
  gallery: PhotoView[]
  tags: LinkView[]
  clusters: LinkView[]
  hosts: InstituteView[]
  partners: PartnerView[]
  euCofunded: boolean
  /** The texts shown in another language than the page's (not yet translated): title, summary, body. */
  lang: TextLangs<'title' | 'summary' | 'body'>
  /** The .ics file of this event, and a link that fills in Google Calendar's form. */
  ics: string
  googleCalendar: string
  createdAt: string
  updatedAt: string
}

/** What an event's card shows (src/components/EventCard.tsx): lists read only these fields. */
export type EventCardView = Pick<
  EventView,
  'id' | 'slug' | 'title' | 'summary' | 'href' | 'time' | 'venue' | 'hero'
> & {
  lang: TextLangs<'title' | 'summary'>
}

/**
 * The fields a card is built from, as a `select` for Payload's reads: a list of twenty cards at depth 1 reads
 * no body, gallery, tags, clusters, institutes or partners (each populated, for nothing the card shows).
 */
export const EVENT_CARD_FIELDS = {
  title: true,
  slug: true,
  summary: true,
  startDate: true,
  startDate_tz: true,
  endDate: true,
  endDate_tz: true,
  allDay: true,
  venue: true,
  heroPhoto: true,
} as const

/** An event document read with EVENT_CARD_FIELDS. */
export type CardDoc = Pick<Event, 'id' | keyof typeof EVENT_CARD_FIELDS>

/** What feeds and calendars carry of an event (src/feeds): its card and a little more. */
export type EventFeedView = EventCardView &
  Pick<EventView, 'url' | 'place' | 'location' | 'onlineUrl' | 'tags' | 'ics' | 'createdAt' | 'updatedAt'>

/** The fields a feed entry is built from, as a `select`: no body, gallery, clusters, institutes or partners. */
export const EVENT_FEED_FIELDS = {
  ...EVENT_CARD_FIELDS,
  onlineUrl: true,
  tags: true,
  createdAt: true,
  updatedAt: true,
} as const

/** An event document read with EVENT_FEED_FIELDS. */
export type FeedDoc = Pick<Event, 'id' | keyof typeof EVENT_FEED_FIELDS>

function venueView(venue: Event['venue'], locale: Locale): VenueView | null {
  if (!venue?.name && !venue?.city && !venue?.country) return null
  return {
    name: venue.name ?? '',
    address: venue.address ?? '',
    city: venue.city ?? '',
    country: venue.country ?? '',
    countryName: countryName(venue.country, locale),
  }
}

const line = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(', ')

/** Throws, saying why, for an event that cannot be shown (no title, no slug, no valid start). */
export function eventCardView(doc: CardDoc, locale: Locale): EventCardView {
  if (typeof doc.title !== 'string' || !doc.title.trim()) throw new Error('it has no title')
  if (!doc.slug) throw new Error('it has no slug')
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary ?? '',
    href: routes(locale).event(doc.slug),
    time: eventTime(doc),
    venue: venueView(doc.venue, locale),
    hero: photoView(doc.heroPhoto),
    lang: textLangs(doc, ['title', 'summary']),
  }
}

/** An event as a feed or calendar carries it: its card, where and when in words, its tags and its addresses. */
export function eventFeedView(doc: FeedDoc, locale: Locale): EventFeedView {
  const card = eventCardView(doc, locale)
  const { venue } = card
  return {
    ...card,
    url: absoluteUrl(card.href, config().serverUrl),
    place: line(venue?.name, venue?.city, venue?.countryName),
    location: line(venue?.name, venue?.address, venue?.city, venue?.countryName),
    onlineUrl: doc.onlineUrl || null,
    tags: viewsOf(populated<Tag>(doc.tags), (t) => tagView(t, locale), `event ${doc.id}`),
    ics: routes(locale).eventIcs(card.slug),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  }
}

/** Throws, saying why, for an event that cannot be shown (no title, no slug, no valid start). */
export function eventView(doc: Event, locale: Locale): EventView {
  const feed = eventFeedView(doc, locale)
  const where = `event ${doc.id}`
  return {
    ...feed,
    body: doc.body,
    gallery: populated<Photo>(doc.gallery)
      .map(photoView)
      .filter((p): p is PhotoView => p !== null),
    clusters: viewsOf(populated<Cluster>(doc.clusters), (c) => clusterView(c, locale), where),
    hosts: viewsOf(populated<Institute>(doc.hostInstitutes), (i) => instituteView(i, locale), where),
    partners: viewsOf(populated<Partner>(doc.partners), (p) => partnerView(p, locale), where),
    euCofunded: Boolean(doc.euCofunded),
    lang: textLangs(doc, ['title', 'summary', 'body']),
    googleCalendar: googleCalendarUrl({
      title: feed.title,
      summary: feed.summary,
      time: feed.time,
      location: feed.location || feed.onlineUrl || undefined,
      url: feed.url,
    }),
  }
}

/** The events that can be shown; any other is reported and left out, so one bad event never takes a list down. */
export const eventViews = (docs: Event[], locale: Locale, where: string): EventView[] =>
  viewsOf(docs, (doc) => eventView(doc, locale), where)

/** Cards of the events that can be shown; any other is reported and left out. */
export const eventCardViews = (docs: CardDoc[], locale: Locale, where: string): EventCardView[] =>
  viewsOf(docs, (doc) => eventCardView(doc, locale), where)

/** Feed entries of the events that can be shown; any other is reported and left out. */
export const eventFeedViews = (docs: FeedDoc[], locale: Locale, where: string): EventFeedView[] =>
  viewsOf(docs, (doc) => eventFeedView(doc, locale), where)
