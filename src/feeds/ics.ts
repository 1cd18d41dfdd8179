import type { EventFeedView } from '@/data/views/event'
import { compactDate, compactUtc } from '@/lib/time/calendar'
import { allDayRange } from '@/lib/time/event-time'
import { withoutForbiddenCharacters } from '@/lib/text/plain-text'
import { vtimezone } from '@/lib/time/vtimezone'
import { utcToWallTime } from '@/lib/time/zoned-time'

import type { Channel } from './channel'

/** How often a subscribed calendar should look again, as an iCalendar duration. */
const REFRESH = 'PT1H'
/** The longest content line, in octets (RFC 5545 §3.1); longer ones continue on lines that start with a space. */
const LINE_OCTETS = 75

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks written as \n. */
const text = (value: string) =>
  withoutForbiddenCharacters(value)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n')

const octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4)

/** A content line folded at 75 octets, never inside a character (the continuation's space counts too). */
export function fold(line: string): string {
  // Anything outside ASCII may take more than one octet.
  // eslint-disable-next-line no-control-regex -- the range starts at NUL on purpose
  if (line.length <= LINE_OCTETS && !/[^\u0000-\u007f]/.test(line)) return line
  let out = ''
  let used = 0
  for (const char of line) {
    const size = octets(char.codePointAt(0) as number)
    if (used + size > LINE_OCTETS) {
      out += '\r\n '
      used = 1
    }
    out += char
    used += size
  }
  return out
}

/** 20300305T183000: the wall-clock time in the event's zone, which TZID names. */
const wall = (iso: string, timeZone: string) => utcToWallTime(iso, timeZone).replace(/[-:]/g, '')

/** When an event takes place: dates with an exclusive end when all-day, wall-clock times with their TZID otherwise. */
function whenLines(time: EventFeedView['time']): string[] {
  if (!time.allDay)
    return [
      `DTSTART;TZID=${time.timeZone}:${wall(time.start, time.timeZone)}`,
      `DTEND;TZID=${time.timeZone}:${wall(time.end, time.timeZone)}`,
    ]
  const days = allDayRange(time)
  return [
    `DTSTART;VALUE=DATE:${compactDate(days.first)}`,
    `DTEND;VALUE=DATE:${compactDate(days.afterLast)}`,
    'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE',
    'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE',
  ]
}

function eventLines(event: EventFeedView, host: string): string[] {
  const location = event.location || event.onlineUrl
  const description = [event.summary, event.onlineUrl, event.url].filter(Boolean).join('\n\n')
  return [
    'BEGIN:VEVENT',
    `UID:event-${event.id}@${host}`,
    'SEQUENCE:0',
    `DTSTAMP:${compactUtc(event.updatedAt)}`,
    ...whenLines(event.time),
    `SUMMARY:${text(event.title)}`,
    ...(location ? [`LOCATION:${text(location)}`] : []),
    `DESCRIPTION:${text(description)}`,
    ...(event.tags.length ? [`CATEGORIES:${event.tags.map((tag) => text(tag.label)).join(',')}`] : []),
    `URL;VALUE=URI:${event.url}`,
    'STATUS:CONFIRMED',
    `CREATED:${compactUtc(event.createdAt)}`,
    `LAST-MODIFIED:${compactUtc(event.updatedAt)}`,
    'END:VEVENT',
  ]
}

/**
 * The VTIMEZONE of each zone the timed events name (RFC 5545 asks one for each TZID), from the server's own zone
 * rules, for the years the events fall in: a calendar needs no zone data of its own.
 */
function zoneLines(events: EventFeedView[]): string[] {
  const years = new Map<string, { first: number; last: number }>()
  for (const { time } of events) {
    if (time.allDay) continue
    const first = new Date(time.start).getUTCFullYear()
    const last = new Date(time.end).getUTCFullYear()
    const seen = years.get(time.timeZone)
    years.set(time.timeZone, {
      first: Math.min(first, seen?.first ?? first),
      last: Math.max(last, seen?.last ?? last),
    })
  }
  return [...years].flatMap(([zone, range]) => vtimezone(zone, range.first, range.last))
}

/**
 * An iCalendar file (RFC 5545) of events: stable UIDs (the event id and this site's host, so an edit
 * updates the entry in a subscribed calendar instead of adding one), times with their TZID and a VTIMEZONE,
 * all-day events as dates with an exclusive end, URL, location and categories. Written here rather than by a
 * calendar library: ical-generator 10 (the last for Node 20) folded lines by encoding each character on its
 * own, 270 ms of a 500-event calendar.
 */
export function icsCalendar(channel: Channel, events: EventFeedView[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${channel.host}//events//${channel.language.toUpperCase()}`,
    `URL:${channel.url}`,
    `NAME:${text(channel.title)}`,
    `X-WR-CALNAME:${text(channel.title)}`,
    ...(channel.description ? [`X-WR-CALDESC:${text(channel.description)}`] : []),
    ...zoneLines(events),
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
    `X-PUBLISHED-TTL:${REFRESH}`,
    ...events.flatMap((event) => eventLines(event, channel.host)),
    'END:VCALENDAR',
  ]
  return `${lines.map(fold).join('\r\n')}\r\n`
}
