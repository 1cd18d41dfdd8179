import type { Event, Tag } from '@/payload-types'

import { knownZone } from './format'
import type { Locale } from './locales'
import { photoOf, photoUrl } from './photos'
import { populated } from './relations'
import { absoluteUrl, routes } from './routes'
import { keepGood } from './skipped'
import { venueText } from './venue'

/** What a calendar or news feed needs of an event, with absolute URLs, independent of Payload's shapes. */
export type FeedEvent = {
  id: string
  title: string
  summary: string
  url: string
  startDate: string
  endDate: string
  allDay: boolean
  timeZone: string
  location: string
  onlineUrl?: string
  categories: string[]
  image?: string
  createdAt: string
  updatedAt: string
}

const validDate = (value: unknown, name: string): string => {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw new Error(`its ${name} is not a date`)
  return value
}

/** Throws, saying why, for an event a feed cannot carry (no title, no address, no valid start). */
export function toFeedEvent(event: Event, locale: Locale, serverUrl?: string): FeedEvent {
  if (typeof event.title !== 'string' || !event.title.trim()) throw new Error('it has no title')
  if (!event.slug) throw new Error('it has no slug')
  const startDate = validDate(event.startDate, 'start')
  const hero = photoOf(event.heroPhoto)
  const image = hero ? photoUrl(hero, 'og') : undefined
  return {
    id: String(event.id),
    title: event.title,
    summary: event.summary ?? '',
    url: absoluteUrl(routes(locale).event(event.slug), serverUrl),
    startDate,
    endDate: event.endDate ? validDate(event.endDate, 'end') : startDate,
    allDay: Boolean(event.allDay),
    timeZone: knownZone(event.startDate_tz),
    location: venueText(event.venue, locale, true),
    onlineUrl: event.onlineUrl ?? undefined,
    categories: populated<Tag>(event.tags).map((tag) => tag.name),
    image: image ? absoluteUrl(image, serverUrl) : undefined,
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
  }
}

/** The events a feed or calendar can carry; any other is reported and left out. */
export const toFeedEvents = (events: Event[], locale: Locale, where: string, serverUrl?: string): FeedEvent[] =>
  keepGood(
    events,
    (e) => toFeedEvent(e, locale, serverUrl),
    (e) => `event ${e.id}`,
    where,
  )
