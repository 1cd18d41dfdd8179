import { allDayRange, eventTime, type EventTiming } from './event-time'
import { wallTimeToUtc } from './zoned-time'

/**
 * The instant an event is over, stored as `endsAt` so "upcoming" and "past" are one indexed comparison.
 * A timed event is over at its end; an all-day event at midnight after its last day, in its own time zone —
 * so a two-day meeting in Almaty stays upcoming until the evening of its second day in Europe.
 */
export function endsAt(timing: EventTiming): string | null {
  if (!timing.startDate) return null
  const time = eventTime(timing)
  if (!time.allDay) return new Date(time.end).toISOString()
  return wallTimeToUtc(allDayRange(time).afterLast, time.timeZone).toISOString()
}
