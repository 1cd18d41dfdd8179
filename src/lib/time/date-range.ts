/**
 * The one rule for an event's dates: the end may not come before the start. Returns the message for the
 * editor, or null when the range is fine (or not complete yet).
 */
export function dateRangeError(start: unknown, end: unknown): string | null {
  if (!start || !end) return null
  const from = new Date(start as string).getTime()
  const to = new Date(end as string).getTime()
  if (Number.isNaN(from) || Number.isNaN(to)) return null
  return to < from ? 'The end cannot come before the start.' : null
}
