import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { fieldProblems } from '@/lib/field-rules'
import { LOCALES } from '@/lib/locales'

/** Refuses values that would break what shows the document, on every path and for drafts too. */
export const checkValues: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  const errors = fieldProblems(collection.flattenedFields, data, { locales: LOCALES, allLocales: req.locale === 'all' })
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return data
}
