import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { FlattenedField, PayloadRequest } from 'payload'
import { toWords } from 'payload/shared'

export type FieldError = { path: string; message: string; label?: string }
type Refusal = { status?: number; data?: { collection?: string; global?: string; errors?: unknown } }

const labelText = (field: FlattenedField, i18n: I18nClient) => {
  const label = 'label' in field ? field.label : undefined
  return label ? getTranslation(label as never, i18n) : toWords(field.name)
}

/** "Venue > City", "Gallery 2": the labels an editor sees along a field's path. */
export function labelOfPath(fields: FlattenedField[], path: string, i18n: I18nClient): string {
  const words: string[] = []
  let level: FlattenedField[] | undefined = fields
  for (const part of path.split('.')) {
    if (/^\d+$/.test(part)) {
      if (words.length) words[words.length - 1] += ` ${Number(part) + 1}`
      continue
    }
    const field: FlattenedField | undefined = level?.find((f) => f.name === part)
    if (!field) {
      words.push(toWords(part))
      level = undefined
      continue
    }
    words.push(labelText(field, i18n))
    level = 'flattenedFields' in field ? field.flattenedFields : undefined
  }
  return words.join(' > ')
}

/** The field errors a refusal carries, when it is a validation error of a collection or global. */
export function fieldErrorsOf(error: unknown): FieldError[] | undefined {
  // Recognised by its shape: class names do not survive the production bundle.
  const refusal = error as Refusal
  if (refusal?.status !== 400 || !Array.isArray(refusal.data?.errors)) return undefined
  return (refusal.data.errors as FieldError[]).filter((e) => e && typeof e.path === 'string')
}

/**
 * The answer to a refused write: one message that names every refused field by its label ("The following fields
 * are invalid: Ends, Venue > Country", in the caller's language), and each field error with its path, label and
 * reason, which the admin uses to mark the field and its tab.
 */
export function validationAnswer(error: unknown, req: PayloadRequest) {
  const errors = fieldErrorsOf(error)
  if (!errors) return undefined
  const data = (error as Refusal).data!
  const fields = data.collection
    ? req.payload.collections[data.collection as 'events']?.config.flattenedFields
    : data.global
      ? req.payload.config.globals.find((g) => g.slug === data.global)?.flattenedFields
      : undefined
  // In the order the form shows the fields.
  const position = (path: string) => {
    const index = fields?.findIndex((f) => f.name === path.split('.')[0]) ?? -1
    return index < 0 ? Number.MAX_SAFE_INTEGER : index
  }
  const ordered = [...errors].sort((a, b) => position(a.path) - position(b.path))
  const labelled = ordered.map((e) => ({
    path: e.path,
    label: fields ? labelOfPath(fields, e.path, req.i18n) : typeof e.label === 'string' ? e.label : e.path,
    message: e.message,
  }))
  // The admin's toast reads a message as "intro: name, name" and lists the names; a reason (which may hold
  // commas and colons of its own) shows on its field and travels in `data.errors`.
  const intro = req.t('error:followingFieldsInvalid', { count: labelled.length })
  const message = `${intro} ${labelled.map((e) => e.label.replaceAll(',', '')).join(', ')}`
  return {
    errors: [{ name: 'ValidationError', message, data: { ...data, errors: labelled } }],
  }
}
