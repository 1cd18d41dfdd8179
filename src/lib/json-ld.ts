import type { Event as SchemaEvent, Organization, Place, VirtualLocation, WithContext } from 'schema-dts'

import type { Event, Institute, Partner, Tag } from '@/payload-types'

import { dateInZone, knownZone } from './format'
import type { Locale } from './locales'
import { photoOf, photoUrl } from './photos'
import { populated } from './relations'
import { absoluteUrl, routes } from './routes'
import { isoWithOffset } from './zoned-time'

/** Partners that fund or back an event rather than take part in it. */
const SPONSOR_KINDS = new Set(['funding-programme', 'eu-institution', 'eu-delegation'])

/**
 * schema.org Event for search engines and calendars: dates with their offset (all-day ones as dates), the
 * attendance mode from venue and online link, the place and/or virtual location, photos, the host institutes
 * as organizers, funding partners as sponsors.
 */
export function eventJsonLd(event: Event, locale: Locale): WithContext<SchemaEvent> {
  const zone = knownZone(event.startDate_tz)
  const end = event.endDate || event.startDate
  const date = (iso: string) => (event.allDay ? dateInZone(iso, zone) : isoWithOffset(iso, zone))
  const venue = event.venue
  const hasPlace = Boolean(venue?.name || venue?.city)
  const online = event.onlineUrl

  const place: Place | undefined = hasPlace
    ? {
        '@type': 'Place',
        name: venue?.name || venue?.city || undefined,
        address: {
          '@type': 'PostalAddress',
          streetAddress: venue?.address || undefined,
          addressLocality: venue?.city || undefined,
          addressCountry: venue?.country || undefined,
        },
      }
    : undefined
  const virtual: VirtualLocation | undefined = online ? { '@type': 'VirtualLocation', url: online } : undefined

  const photos = [event.heroPhoto, ...(event.gallery ?? [])]
    .map((p) => photoOf(p))
    .map((p) => p && photoUrl(p, 'og'))
    .filter((url): url is string => Boolean(url))
    .map((url) => absoluteUrl(url))

  const organization = (doc: Institute | Partner, path: string): Organization => ({
    '@type': 'Organization',
    name: doc.name,
    url: doc.website || absoluteUrl(path),
  })
  const r = routes(locale)
  const hosts = populated<Institute>(event.hostInstitutes).map((i) => organization(i, r.institute(i.slug ?? '')))
  const sponsors = populated<Partner>(event.partners)
    .filter((p) => SPONSOR_KINDS.has(p.kind))
    .map((p) => organization(p, r.partner(p.slug ?? '')))

  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary || undefined,
    url: absoluteUrl(r.event(event.slug ?? '')),
    inLanguage: locale,
    startDate: date(event.startDate),
    endDate: date(end),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: online
      ? hasPlace
        ? 'https://schema.org/MixedEventAttendanceMode'
        : 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: place && virtual ? [place, virtual] : (place ?? virtual),
    image: photos.length ? photos : undefined,
    organizer: hosts.length ? hosts : undefined,
    sponsor: sponsors.length ? sponsors : undefined,
    keywords:
      populated<Tag>(event.tags)
        .map((t) => t.name)
        .join(', ') || undefined,
  } as WithContext<SchemaEvent>
}
