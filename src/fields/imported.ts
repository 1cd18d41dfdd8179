import type { GroupField } from 'payload'

import { authenticated } from '@/access'

/** Only an import's own saves write these facts (src/import/save.ts marks its request). */
const importing = ({ req }: { req: { context: Record<string, unknown> } }) => req.context.importing === true
const signedIn = ({ req }: { req: { user?: unknown } }) => authenticated({ req } as never) as boolean

/**
 * Where an imported event came from and what the import was unsure of: the source (a page's address, a post's
 * guid, a calendar's UID, a file's hash) keeps a second import from making a second event; the unsure fields are
 * marked in the editor until the event is published. Read by the editorial team only.
 */
export const importedField: GroupField = {
  name: 'imported',
  type: 'group',
  access: { read: signedIn, create: importing, update: importing },
  admin: {
    position: 'sidebar',
    condition: (data) => Boolean((data as { imported?: { source?: unknown } })?.imported?.source),
    components: { Field: '/src/admin/import/ImportedFacts#ImportedFacts' },
  },
  fields: [
    { name: 'source', type: 'text', index: true },
    // The import's id, as text: a relation would make SQLite rebuild the events table to add its foreign key.
    { name: 'import', type: 'text' },
    { name: 'language', type: 'text' },
    // [{ field, how: 'guessed' | 'missing' }]
    { name: 'unsure', type: 'json' },
  ],
}
