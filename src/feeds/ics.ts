import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, { ICalEventStatus } from 'ical-generator'

import type { EventFeedView } from '@/data/views/event'
import { allDayRange } from '@/lib/event-time'
import { utcToWallTime } from '@/lib/zoned-time'

import type { Channel } from './channel'

/**
 * ical-generator writes a zoned time from the Date's UTC fields, so it is handed the wall-clock time in the
 * event's zone dressed as UTC; together with TZID this gives the right instant.
 */
const wallClock = (iso: string, timeZone: string) => new Date(`${utcToWallTime(iso, timeZone)}Z`)

/**
 * An iCalendar file (RFC 5545) of events: stable UIDs (the event id and this site's host, so an edit
 * updates the entry in a subscribed calendar instead of adding one), times with their TZID and a VTIMEZONE,
 * all-day events as dates with an exclusive end, URL, location and categories.
 */
export function icsCalendar(channel: Channel, events: EventFeedView[]): string {
  const calendar = ical({
    name: channel.title,
    description: channel.description,
    url: channel.url,
    prodId: { company: channel.host, product: 'events', language: channel.language.toUpperCase() },
    timezone: { name: null, generator: getVtimezoneComponent },
    ttl: 60 * 60,
  })
  for (const event of events) {
    const { time } = event
    const common = {
      id: `event-${event.id}@${channel.host}`,
      summary: event.title,
      description: [event.summary, event.onlineUrl, event.url].filter(Boolean).join('\n\n'),
      location: event.location || event.onlineUrl || undefined,
      url: event.url,
      categories: event.tags.map((tag) => ({ name: tag.label })),
      status: ICalEventStatus.CONFIRMED,
      created: new Date(event.createdAt),
      lastModified: new Date(event.updatedAt),
      stamp: new Date(event.updatedAt),
    }
    if (time.allDay) {
      const days = allDayRange(time)
      calendar.createEvent({ ...common, allDay: true, start: days.first, end: days.afterLast })
    } else {
      calendar.createEvent({
        ...common,
        start: wallClock(time.start, time.timeZone),
        end: wallClock(time.end, time.timeZone),
        timezone: time.timeZone,
      })
    }
  }
  return calendar.toString()
}
