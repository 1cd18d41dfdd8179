import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { fieldProblems } from '@/lib/field-rules'
import { LOCALES } from '@/lib/locales'

import { relationProblems } from './relation-problems'

export type FieldProblem = { path: string; message: string }
/** A collection's own rule over a whole document, declared in its `custom.rules`. */
export type DocumentRule = (data: Record<string, unknown>, originalDoc?: Record<string, unknown>) => FieldProblem[]

/**
 * Refuses values that would break what shows the document, on every path and for drafts too (Payload skips
 * field validation on drafts): broken values, relations to documents that do not exist, and the collection's own
 * rules. All of them are named in one answer.
 */
export const checkValues: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const rules = ((collection.custom as { rules?: DocumentRule[] } | undefined)?.rules ?? []) as DocumentRule[]
  const errors = [
    ...fieldProblems(collection.flattenedFields, data, { locales: LOCALES, allLocales: req.locale === 'all' }),
    ...rules.flatMap((rule) => rule(data, originalDoc)),
  ]
  const named = new Set(errors.map((e) => e.path))
  errors.push(...(await relationProblems(collection.flattenedFields, data, req)).filter((e) => !named.has(e.path)))
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return data
}
