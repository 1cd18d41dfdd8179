import type { CollectionBeforeChangeHook } from 'payload'

import { endsAt } from '@/lib/time/ends-at'

export const setEndsAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  return { ...data, endsAt: endsAt(merged) }
}
