import type { TextField } from 'payload'

import { SLUG_PATTERN, slugify } from '@/lib/text/slugify'

/**
 * A unique, indexed slug built from `source` when left empty. It is built only when empty, so later edits of
 * the title never move a published URL; an editor may still change it by hand.
 */
export function slugField(source: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    // Not `required`: the hook fills it in, so API clients may leave it out; `validate` still insists on one.
    admin: {
      position: 'sidebar',
      description: `Part of the public URL. Built from the ${source} when left empty; once published, change it only with care.`,
    },
    hooks: {
      beforeValidate: [
        ({ value, data, originalDoc }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value)
          const from = data?.[source] ?? originalDoc?.[source]
          return typeof from === 'string' ? slugify(from) : value
        },
      ],
    },
    validate: (value: string | null | undefined) => {
      if (!value)
        return `A slug is required: the ${source} has no letters to build one from, so type one (a-z, 0-9, hyphens).`
      if (!SLUG_PATTERN.test(value)) return 'A slug may contain only lower-case letters a-z, digits and single hyphens.'
      return true
    },
  }
}
