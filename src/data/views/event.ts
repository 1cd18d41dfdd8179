import { googleCalendarUrl } from '@/lib/calendar'
import { countryName } from '@/lib/countries'
import { type EventTime, eventTime } from '@/lib/event-time'
import type { Locale } from '@/lib/locales'
import { populated } from '@/lib/relations'
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
  /** The .ics file of this event, and a link that fills in Google Calendar's form. */
  ics: string
  googleCalendar: string
  createdAt: string
  updatedAt: string
}

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
export function eventView(doc: Event, locale: Locale): EventView {
  if (typeof doc.title !== 'string' || !doc.title.trim()) throw new Error('it has no title')
  if (!doc.slug) throw new Error('it has no slug')
  const r = routes(locale)
  const where = `event ${doc.id}`
  const time = eventTime(doc)
  const venue = venueView(doc.venue, locale)
  const place = line(venue?.name, venue?.city, venue?.countryName)
  const location = line(venue?.name, venue?.address, venue?.city, venue?.countryName)
  const href = r.event(doc.slug)
  const url = absoluteUrl(href)
  const summary = doc.summary ?? ''
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    summary,
    body: doc.body,
    href,
    url,
    time,
    venue,
    place,
    location,
    onlineUrl: doc.onlineUrl || null,
    hero: photoView(doc.heroPhoto),
    gallery: populated<Photo>(doc.gallery)
      .map(photoView)
      .filter((p): p is PhotoView => p !== null),
    tags: viewsOf(populated<Tag>(doc.tags), (t) => tagView(t, locale), where),
    clusters: viewsOf(populated<Cluster>(doc.clusters), (c) => clusterView(c, locale), where),
    hosts: viewsOf(populated<Institute>(doc.hostInstitutes), (i) => instituteView(i, locale), where),
    partners: viewsOf(populated<Partner>(doc.partners), (p) => partnerView(p, locale), where),
    euCofunded: Boolean(doc.euCofunded),
    ics: r.eventIcs(doc.slug),
    googleCalendar: googleCalendarUrl({
      title: doc.title,
      summary,
      time,
      location: location || doc.onlineUrl || undefined,
      url,
    }),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  }
}

/** The events that can be shown; any other is reported and left out, so one bad event never takes a list down. */
export const eventViews = (docs: Event[], locale: Locale, where: string): EventView[] =>
  viewsOf(docs, (doc) => eventView(doc, locale), where)
