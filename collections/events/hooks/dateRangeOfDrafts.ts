import type { DocumentRule } from '@/hooks/checkValues'
import { dateRangeError } from '@/lib/time/date-range'

/**
 * The date rule for draft saves, which skip field validation. Other saves leave it to the end date's own
 * validation, which names it together with every other refused field.
 */
export const dateRangeOfDrafts: DocumentRule = (data, originalDoc) => {
  if (data._status !== 'draft') return []
  const message = dateRangeError(data.startDate ?? originalDoc?.startDate, data.endDate ?? originalDoc?.endDate)
  return message ? [{ path: 'endDate', message }] : []
}
