import type { Event, Tag } from '@/payload-types'

import type { Locale } from './locales'
import { photoOf, photoUrl } from './photos'
import { populated } from './relations'
import { absoluteUrl, routes } from './routes'
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

export function toFeedEvent(event: Event, locale: Locale, serverUrl?: string): FeedEvent {
  const hero = photoOf(event.heroPhoto)
  const image = hero ? photoUrl(hero, 'og') : undefined
  return {
    id: String(event.id),
    title: event.title,
    summary: event.summary ?? '',
    url: absoluteUrl(routes(locale).event(event.slug ?? ''), serverUrl),
    startDate: event.startDate,
    endDate: event.endDate ?? event.startDate,
    allDay: Boolean(event.allDay),
    timeZone: event.startDate_tz ?? 'UTC',
    location: venueText(event.venue, locale, true),
    onlineUrl: event.onlineUrl ?? undefined,
    categories: populated<Tag>(event.tags).map((tag) => tag.name),
    image: image ? absoluteUrl(image, serverUrl) : undefined,
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
  }
}
