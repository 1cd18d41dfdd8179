import { dateInZone, dayAfter, knownZone } from './days'

/** When an event takes place, complete: an end (the start when none was given) and a zone the runtime knows. */
export type EventTime = { start: string; end: string; allDay: boolean; timeZone: string }

/** The date fields of an event document (or of a draft being saved), any of them possibly missing. */
export type EventTiming = {
  startDate?: string | null
  endDate?: string | null
  startDate_tz?: string | null
  endDate_tz?: string | null
  allDay?: boolean | null
}

const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value))

/** The one place the missing end and the unknown zone are filled in; throws, saying why, without a valid start. */
export function eventTime(timing: EventTiming): EventTime {
  if (!isDate(timing.startDate)) throw new Error('its start is not a date')
  if (timing.endDate && !isDate(timing.endDate)) throw new Error('its end is not a date')
  return {
    start: timing.startDate,
    end: timing.endDate || timing.startDate,
    allDay: Boolean(timing.allDay),
    timeZone: knownZone(timing.startDate_tz || timing.endDate_tz),
  }
}

/** The days (YYYY-MM-DD) of an all-day event in its own zone; `afterLast` is iCalendar's exclusive end. */
export function allDayRange(time: EventTime): { first: string; last: string; afterLast: string } {
  const last = dateInZone(time.end, time.timeZone)
  return { first: dateInZone(time.start, time.timeZone), last, afterLast: dayAfter(last) }
}
