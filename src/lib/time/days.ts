import { dateTimeFormat } from './intl'

const FALLBACK_ZONE = 'UTC'

/** The zone itself when the runtime knows it, UTC otherwise: a bad zone shifts a time, it never breaks a page. */
export function knownZone(timeZone: string | null | undefined): string {
  if (!timeZone) return FALLBACK_ZONE
  try {
    dateTimeFormat('en', { timeZone })
    return timeZone
  } catch {
    return FALLBACK_ZONE
  }
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone: what an all-day event means by its dates. */
export function dateInZone(iso: string, timeZone: string | null | undefined): string {
  return dateTimeFormat('en-CA', {
    timeZone: knownZone(timeZone),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso))
}

/** The calendar date after a YYYY-MM-DD date: the exclusive end of an all-day range. */
export function dayAfter(ymd: string): string {
  const d = new Date(`${ymd}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}
