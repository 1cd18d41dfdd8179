import { knownZone } from './format'

const parts = (zone: string) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone: knownZone(zone),
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })

/** The wall-clock time of an instant in a zone, written as if it were UTC (milliseconds). */
function wallClock(ms: number, zone: string): number {
  const p = Object.fromEntries(
    parts(zone)
      .formatToParts(new Date(ms))
      .map((x) => [x.type, Number(x.value)]),
  )
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, new Date(ms).getUTCMilliseconds())
}

/** The instant at which a zone's clocks show the given wall-clock time (the later one when clocks go back). */
function instantOf(wall: number, zone: string): number {
  const first = wall - (wallClock(wall, zone) - wall)
  return wall - (wallClock(first, zone) - first)
}

/**
 * The same wall-clock time in another zone: an event typed as 19:00 in Brussels stays at 19:00 when its zone
 * becomes Tbilisi (the instant moves), which is what an editor who picks the zone after the time means.
 */
export function sameWallClock(iso: string, fromZone: string, toZone: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms) || fromZone === toZone) return iso
  return new Date(instantOf(wallClock(ms, fromZone), toZone)).toISOString()
}
