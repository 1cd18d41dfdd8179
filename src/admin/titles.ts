import type { Payload } from 'payload'

import { fieldOf } from './batched'

/** A document's title in every language, newest draft included, read for a whole list page (or one form) at once. */
export const titlesOf = (payload: Payload, collection: string, titleField: string, id: string) =>
  fieldOf(payload, collection, titleField, id, { locale: 'all', draft: true }) as Promise<
    Record<string, unknown> | undefined
  >
