import { dateInZone, dayAfter, knownZone } from './format'
import { wallTimeToUtc } from './zoned-time'

type Timing = {
  startDate?: string | null
  endDate?: string | null
  endDate_tz?: string | null
  startDate_tz?: string | null
  allDay?: boolean | null
}

/**
 * The instant an event is over, stored as `endsAt` so "upcoming" and "past" are one indexed comparison.
 * A timed event is over at its end; an all-day event at midnight after its last day, in its own time zone —
 * so a two-day meeting in Almaty stays upcoming until the evening of its second day in Europe.
 */
export function endsAt(timing: Timing): string | null {
  const end = timing.endDate || timing.startDate
  if (!end) return null
  if (!timing.allDay) return new Date(end).toISOString()
  const zone = knownZone(timing.endDate_tz || timing.startDate_tz)
  return wallTimeToUtc(dayAfter(dateInZone(end, zone)), zone).toISOString()
}
