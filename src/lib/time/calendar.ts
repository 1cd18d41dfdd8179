import { allDayRange, type EventTime } from './event-time'

export type CalendarEntry = { title: string; summary?: string; time: EventTime; location?: string; url: string }

/** 20300305T173000Z: an instant in UTC, as calendars write it. */
export const compactUtc = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
/** 20300305: a date, as calendars write it. */
export const compactDate = (ymd: string) => ymd.replace(/-/g, '')

/**
 * A link that opens Google Calendar's "new event" form filled in: all-day events as dates (end exclusive),
 * timed events as UTC instants shown in the event's zone.
 */
export function googleCalendarUrl({ title, summary, time, location, url }: CalendarEntry): string {
  const days = time.allDay ? allDayRange(time) : null
  const dates = days
    ? `${compactDate(days.first)}/${compactDate(days.afterLast)}`
    : `${compactUtc(time.start)}/${compactUtc(time.end)}`
  const params = new URLSearchParams({ action: 'TEMPLATE', text: title, dates })
  const details = [summary, url].filter(Boolean).join('\n\n')
  if (details) params.set('details', details)
  if (location) params.set('location', location)
  params.set('ctz', time.timeZone)
  return `https://calendar.google.com/calendar/render?${params.toString()}`
}

/** The webcal:// form of a calendar URL, which calendar apps open as a subscription. */
export const webcalUrl = (absoluteHttpUrl: string) => absoluteHttpUrl.replace(/^https?:/, 'webcal:')
