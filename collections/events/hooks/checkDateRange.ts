import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { dateRangeError } from '@/lib/date-range'

export const checkDateRange: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const start = data.startDate ?? originalDoc?.startDate
  const end = data.endDate ?? originalDoc?.endDate
  const message = dateRangeError(start, end)
  if (message) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'endDate', message }], req })
  }
  return data
}
