import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { editorField } from '@/access'

/**
 * The review step's rules, on every path: sending a draft back needs a note saying what to change, only an
 * editor sends back, and publishing ends the round, so the next draft starts afresh.
 */
export const reviewFlow: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const fail = (path: string, message: string) => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path, message }], req })
  }
  if (data._status === 'published') return { ...data, reviewState: 'writing', reviewNote: null }
  if (data.reviewState === 'returned' && originalDoc?.reviewState !== 'returned') {
    if (!editorField({ req })) fail('reviewState', 'Only an editor sends a draft back.')
    const note = (data.reviewNote ?? originalDoc?.reviewNote ?? '') as string
    if (!note.trim()) fail('reviewNote', 'Say what should change: the note is required when sending a draft back.')
  }
  return data
}
