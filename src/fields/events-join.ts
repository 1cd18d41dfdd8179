import type { JoinField } from 'payload'

/** The columns of a document's table of events; the relation it is joined on would repeat the document itself. */
const COLUMNS = ['title', 'startDate', '_status', 'reviewState', 'translations']

/** The events that point to this document (a cluster's, a tag's, an institute's, a partner's), newest first. */
export const eventsJoin = (on: string, name = 'events', label?: string): JoinField => ({
  name,
  ...(label ? { label } : {}),
  type: 'join',
  collection: 'events',
  on,
  defaultSort: '-startDate',
  admin: { defaultColumns: COLUMNS },
})
