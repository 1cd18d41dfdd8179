import { dateTimeFormat } from './intl'

/** The wall-clock fields of an instant in an IANA time zone, from the runtime's own time-zone data. */
function wallParts(instant: number, timeZone: string) {
  const parts = dateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant))
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00'
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  }
}

function offsetMs(instant: number, timeZone: string): number {
  const p = wallParts(instant, timeZone)
  const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second)
  return wall - Math.floor(instant / 1000) * 1000
}

/**
 * Converts a wall-clock time in an IANA time zone ("2024-06-25T09:00" in Asia/Almaty) to the UTC instant,
 * using the runtime's own time-zone data, so that formatting the instant in that zone gives the same wall time.
 */
export function wallTimeToUtc(wallTime: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(wallTime)
  if (!match) throw new Error(`"${wallTime}" is not a wall time of the form YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss].`)
  const [, y, mo, d, h = '00', mi = '00', sec = '00'] = match
  const asUtc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +sec)
  // The zone's offset at that moment; a second pass settles times next to a DST change.
  let guess = asUtc - offsetMs(asUtc, timeZone)
  guess = asUtc - offsetMs(guess, timeZone)
  return new Date(guess)
}

/** The wall-clock time ("2030-03-05T18:30:00") of an instant in an IANA time zone; the inverse of wallTimeToUtc. */
export function utcToWallTime(iso: string, timeZone: string): string {
  const p = wallParts(Date.parse(iso), timeZone)
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`
}

/** ISO 8601 with the zone's offset at that instant ("2030-03-05T18:30:00+01:00"), as schema.org wants it. */
export function isoWithOffset(iso: string, timeZone: string): string {
  const name =
    dateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(iso))
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
  const offset = name === 'GMT' ? '+00:00' : name.replace('GMT', '')
  return `${utcToWallTime(iso, timeZone)}${offset}`
}

/**
 * The same wall-clock time in another zone: an event typed as 19:00 in Brussels stays at 19:00 when its zone
 * becomes Tbilisi (the instant moves), which is what an editor who picks the zone after the time means.
 */
export function sameWallClock(iso: string, fromZone: string, toZone: string): string {
  if (Number.isNaN(Date.parse(iso)) || fromZone === toZone) return iso
  try {
    return wallTimeToUtc(utcToWallTime(iso, fromZone), toZone).toISOString()
  } catch {
    return iso // a zone the runtime does not know: the time is left as it was
  }
}
