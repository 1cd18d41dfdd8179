import { dateInZone, dayAfter } from './format'

export type CalendarEvent = {
  title: string
  summary?: string | null
  startDate: string
  endDate?: string | null
  allDay?: boolean | null
  timeZone?: string | null
  location?: string
  url: string
}

const compactUtc = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
const compactDate = (ymd: string) => ymd.replace(/-/g, '')

/**
 * A link that opens Google Calendar's "new event" form filled in: all-day events as dates (end exclusive),
 * timed events as UTC instants shown in the event's zone.
 */
export function googleCalendarUrl(event: CalendarEvent): string {
  const end = event.endDate || event.startDate
  const dates = event.allDay
    ? `${compactDate(dateInZone(event.startDate, event.timeZone))}/${compactDate(dayAfter(dateInZone(end, event.timeZone)))}`
    : `${compactUtc(event.startDate)}/${compactUtc(end)}`
  const params = new URLSearchParams({ action: 'TEMPLATE', text: event.title, dates })
  const details = [event.summary, event.url].filter(Boolean).join('\n\n')
  if (details) params.set('details', details)
  if (event.location) params.set('location', event.location)
  if (event.timeZone) params.set('ctz', event.timeZone)
  return `https://calendar.google.com/calendar/render?${params.toString()}`
}

/** The webcal:// form of a calendar URL, which calendar apps open as a subscription. */
export const webcalUrl = (absoluteHttpUrl: string) => absoluteHttpUrl.replace(/^https?:/, 'webcal:')
