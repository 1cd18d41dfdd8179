import { INTL_LOCALE, type Locale } from '../i18n/locales'

import type { EventTime } from './event-time'
import { dateTimeFormat } from './intl'

/**
 * An event's dates as a reader of `locale` expects them, in the event's own time zone: "25–26 June 2024"
 * for an all-day event, "25 June 2024, 09:00–17:30 GMT+5" for a timed one.
 */
export function formatEventDates(time: EventTime, locale: Locale = 'en'): string {
  const { timeZone } = time
  const start = new Date(time.start)
  const end = new Date(time.end)
  const intl = INTL_LOCALE[locale]

  if (time.allDay) {
    return dateTimeFormat(intl, { timeZone, dateStyle: 'long' }).formatRange(start, end)
  }
  const range = dateTimeFormat(intl, { timeZone, dateStyle: 'long', timeStyle: 'short' }).formatRange(start, end)
  return `${range} ${zoneLabel(start, timeZone, intl)}`
}

/** "GMT+5", "UTC", "MESZ"…: the short offset of the zone at that instant. */
function zoneLabel(at: Date, timeZone: string, intl: string): string {
  const part = dateTimeFormat(intl, { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')
  return part?.value ?? timeZone
}

/** The start of an event as a date tile shows it: the day ("25") and the month with the year ("Jun 2024"). */
export function dateTile(time: EventTime, locale: Locale): { day: string; month: string } {
  const at = new Date(time.start)
  const part = (options: Intl.DateTimeFormatOptions) =>
    dateTimeFormat(INTL_LOCALE[locale], { timeZone: time.timeZone, ...options }).format(at)
  return { day: part({ day: 'numeric' }), month: part({ month: 'short', year: 'numeric' }) }
}

/**
 * A moment as a mail or a page read anywhere says it: "14 December 2026 at 09:30 UTC" in the reader's language
 * (where they are is not known, so the zone is named).
 */
export const utcMoment = (date: Date, locale: Locale) =>
  `${new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date)} UTC`
