import type { Event, Photo, Tag } from '@/payload-types'

import { countryName } from './countries'
import type { Locale } from './locales'
import { populated } from './relations'
import { absoluteUrl, routes } from './routes'

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
  const venue = event.venue
  const hero = typeof event.heroPhoto === 'object' ? (event.heroPhoto as Photo | null) : null
  const image = hero?.sizes?.og?.url ?? hero?.url ?? undefined
  return {
    id: String(event.id),
    title: event.title,
    summary: event.summary ?? '',
    url: absoluteUrl(routes(locale).event(event.slug ?? ''), serverUrl),
    startDate: event.startDate,
    endDate: event.endDate ?? event.startDate,
    allDay: Boolean(event.allDay),
    timeZone: event.startDate_tz ?? 'UTC',
    location: [venue?.name, venue?.address, venue?.city, countryName(venue?.country, locale)]
      .filter(Boolean)
      .join(', '),
    onlineUrl: event.onlineUrl ?? undefined,
    categories: populated<Tag>(event.tags).map((tag) => tag.name),
    image: image ? absoluteUrl(image, serverUrl) : undefined,
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
  }
}
