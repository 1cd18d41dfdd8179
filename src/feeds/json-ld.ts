import type { Event as SchemaEvent, Organization, Place, VirtualLocation, WithContext } from 'schema-dts'

import type { InstituteView, PartnerView } from '@/data/views/entities'
import type { EventView } from '@/data/views/event'
import { allDayRange } from '@/lib/time/event-time'
import type { Locale } from '@/lib/i18n/locales'
import { absoluteUrl } from '@/lib/routes'
import { isoWithOffset } from '@/lib/time/zoned-time'

/** Partners that fund or back an event rather than take part in it. */
const SPONSOR_KINDS = new Set(['funding-programme', 'eu-institution', 'eu-delegation'])

const ATTENDANCE = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
} as const

/**
 * schema.org Event for search engines and calendars: dates with their offset (all-day ones as dates), the
 * attendance mode from venue and online link, the place and/or virtual location, photos, the host institutes
 * as organizers, funding partners as sponsors.
 */
export function eventJsonLd(event: EventView, locale: Locale): WithContext<SchemaEvent> {
  const { time, venue, onlineUrl } = event
  const days = time.allDay ? allDayRange(time) : null
  const hasPlace = Boolean(venue?.name || venue?.city)

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
  const virtual: VirtualLocation | undefined = onlineUrl ? { '@type': 'VirtualLocation', url: onlineUrl } : undefined
  const photos = [event.hero, ...event.gallery].flatMap((p) => (p ? [absoluteUrl(p.sizes.og.src, event.url)] : []))
  const organization = (org: InstituteView | PartnerView): Organization => ({
    '@type': 'Organization',
    name: org.name,
    url: org.website || absoluteUrl(org.href, event.url),
  })
  const hosts = event.hosts.map(organization)
  const sponsors = event.partners.filter((p) => SPONSOR_KINDS.has(p.kindCode)).map(organization)

  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary || undefined,
    url: event.url,
    inLanguage: locale,
    startDate: days ? days.first : isoWithOffset(time.start, time.timeZone),
    endDate: days ? days.last : isoWithOffset(time.end, time.timeZone),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: onlineUrl ? (hasPlace ? ATTENDANCE.mixed : ATTENDANCE.online) : ATTENDANCE.offline,
    location: place && virtual ? [place, virtual] : (place ?? virtual),
    image: photos.length ? photos : undefined,
    organizer: hosts.length ? hosts : undefined,
    sponsor: sponsors.length ? sponsors : undefined,
    keywords: event.tags.map((t) => t.label).join(', ') || undefined,
  }
}
