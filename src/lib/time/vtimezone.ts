/**
 * VTIMEZONE components (RFC 5545 §3.6.5) written from the time-zone rules of the runtime itself (Intl, i.e. the
 * tz database the server runs), so a calendar describes each zone it names exactly as the server computed its
 * times — Kazakhstan at +05:00 since March 2024 included — with no zone files that can go stale or missing.
 * Each change of offset in the years asked for is one observance with its own DTSTART (no RRULE to get wrong).
 */

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

const formatters = new Map<string, Intl.DateTimeFormat>()

/** The zone's offset from UTC at an instant, in minutes (east positive). */
export function offsetMinutes(timeZone: string, at: number): number {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    formatters.set(timeZone, format)
  }
  const name = format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT'
  const parts = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name)
  if (!parts) return 0
  const minutes = Number(parts[2]) * 60 + Number(parts[3] ?? 0)
  return parts[1] === '-' ? -minutes : minutes
}

/** +0500, -0330: an offset as iCalendar writes it. */
const utcOffset = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`
}

/** 20240301T000000: the wall-clock time at an instant in a given offset. */
const localTime = (at: number, offset: number) =>
  new Date(at + offset * MINUTE).toISOString().slice(0, 19).replace(/[-:]/g, '')

type Change = { at: number; from: number; to: number }

/** Every change of offset between two instants, to the minute. */
function changes(timeZone: string, from: number, to: number): Change[] {
  const found: Change[] = []
  let before = offsetMinutes(timeZone, from)
  for (let day = from; day < to; day += DAY) {
    const next = Math.min(day + DAY, to)
    const after = offsetMinutes(timeZone, next)
    if (after === before) continue
    let low = day
    let high = next
    while (high - low > MINUTE) {
      const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE
      if (offsetMinutes(timeZone, mid) === before) low = mid
      else high = mid
    }
    found.push({ at: high, from: before, to: after })
    before = after
  }
  return found
}

/** The zone's standard offset in a year: the smaller of January's and July's (summer time adds to it). */
const standardOffset = (timeZone: string, year: number) =>
  Math.min(offsetMinutes(timeZone, Date.UTC(year, 0, 1)), offsetMinutes(timeZone, Date.UTC(year, 6, 1)))

const cache = new Map<string, string[]>()

/**
 * The VTIMEZONE lines of a zone for the years `firstYear` to `lastYear` (the years its events fall in): the offset
 * in force when the first year begins, then each change until the last year ends.
 */
export function vtimezone(timeZone: string, firstYear: number, lastYear: number): string[] {
  const key = `${timeZone}|${firstYear}|${lastYear}`
  const kept = cache.get(key)
  if (kept) return kept
  // A little before the first year, so an event on its first night still falls in an observance.
  const start = Date.UTC(firstYear, 0, 1) - 2 * DAY
  const initial = offsetMinutes(timeZone, start)
  const observance = (at: number, from: number, to: number) => {
    const year = new Date(at).getUTCFullYear()
    const kind = to > standardOffset(timeZone, year) ? 'DAYLIGHT' : 'STANDARD'
    return [
      `BEGIN:${kind}`,
      `DTSTART:${localTime(at, from)}`,
      `TZOFFSETFROM:${utcOffset(from)}`,
      `TZOFFSETTO:${utcOffset(to)}`,
      `END:${kind}`,
    ]
  }
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    ...observance(start, initial, initial),
    ...changes(timeZone, start, Date.UTC(lastYear + 1, 0, 1)).flatMap((c) => observance(c.at, c.from, c.to)),
    'END:VTIMEZONE',
  ]
  cache.set(key, lines)
  return lines
}
