import {
  type CollectionBeforeChangeHook,
  type FlattenedField,
  type GlobalBeforeChangeHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { fieldProblems } from '@/checks/fields'
import { LOCALES } from '@/lib/i18n/locales'

import { relationProblems } from './relation-problems'

export type FieldProblem = { path: string; message: string }
/** A collection's own rule over a whole document, declared in its `custom.rules`. */
export type DocumentRule = (data: Record<string, unknown>, originalDoc?: Record<string, unknown>) => FieldProblem[]

async function problemsOf(
  fields: FlattenedField[],
  custom: unknown,
  data: Record<string, unknown>,
  originalDoc: Record<string, unknown> | undefined,
  req: PayloadRequest,
): Promise<FieldProblem[]> {
  const rules = (custom as { rules?: DocumentRule[] } | undefined)?.rules ?? []
  const errors = [
    ...fieldProblems(fields, data, { locales: LOCALES, allLocales: req.locale === 'all' }),
    ...rules.flatMap((rule) => rule(data, originalDoc)),
  ]
  const named = new Set(errors.map((e) => e.path))
  errors.push(...(await relationProblems(fields, data, req)).filter((e) => !named.has(e.path)))
  return errors
}

/**
 * Refuses values that would break what shows the document, on every path and for drafts too (Payload skips
 * field validation on drafts): broken values, relations to documents that do not exist, and the collection's own
 * rules. All of them are named in one answer.
 */
export const checkValues: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const errors = await problemsOf(collection.flattenedFields, collection.custom, data, originalDoc, req)
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return data
}

/** The same for a global (the site settings): its pages, links and logo are shown on every page. */
export const checkGlobalValues: GlobalBeforeChangeHook = async ({ global, data, originalDoc, req }) => {
  const errors = await problemsOf(global.flattenedFields, global.custom, data, originalDoc, req)
  if (errors.length) throw new ValidationError({ global: global.slug, errors }, req.t)
  return data
}
