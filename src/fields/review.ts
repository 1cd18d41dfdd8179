import type { Field } from 'payload'

import { editorField } from '@/access'

/** Where a draft stands between its writer and the editors who publish it. */
export const REVIEW_STATES = [
  { label: 'Being written', value: 'writing' },
  { label: 'Ready for review', value: 'ready' },
  { label: 'Sent back with a note', value: 'returned' },
] as const
export type ReviewState = (typeof REVIEW_STATES)[number]['value']

/**
 * The review step: a contributor marks a draft ready, an editor publishes it or sends it back with a note.
 * The note is the editors' to write; everyone who sees the event reads it.
 */
export const reviewFields = (): Field[] => [
  {
    name: 'reviewState',
    label: 'Review',
    type: 'select',
    options: REVIEW_STATES.map((s) => ({ ...s })),
    defaultValue: 'writing',
    index: true,
    admin: {
      position: 'sidebar',
      description: 'Mark a draft “Ready for review” when an editor should look at it; publishing resets this.',
    },
  },
  {
    name: 'reviewNote',
    label: 'Note from the editor',
    type: 'textarea',
    maxLength: 2000,
    access: { create: editorField, update: editorField },
    admin: {
      position: 'sidebar',
      condition: (data) => data?.reviewState === 'returned' || Boolean(data?.reviewNote),
      description: 'What should change before the event is published. Required when sending a draft back.',
    },
  },
]
