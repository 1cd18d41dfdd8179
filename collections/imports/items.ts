import type { Access, CollectionConfig } from 'payload'

import { isAdmin, nobody, roleOf } from '@/access'

/** Read by admins, and by whoever started the import the row belongs to. */
const ofOwnImport: Access = ({ req }) => {
  if (!req.user) return false
  if (roleOf(req) === 'admin') return true
  return { 'import.startedBy': { equals: req.user.id } }
}

/**
 * One row of an import's report: a page, a post or a calendar event, and what became of it. Kept apart from the
 * import so a 5,000-post export adds a row per post instead of rewriting one ever larger report; the import
 * answers them as its `items`. Written by the app only.
 */
export const ImportItems: CollectionConfig = {
  slug: 'import-items',
  labels: { singular: 'Imported item', plural: 'Imported items' },
  admin: { hidden: true, useAsTitle: 'label' },
  access: { read: ofOwnImport, create: nobody, update: nobody, delete: isAdmin },
  graphQL: false,
  defaultSort: 'position',
  fields: [
    { name: 'import', type: 'relationship', relationTo: 'imports', required: true, index: true },
    { name: 'position', type: 'number', required: true, index: true },
    { name: 'source', type: 'text', required: true },
    { name: 'label', type: 'text' },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      options: ['created', 'updated', 'skipped', 'failed'],
    },
    { name: 'event', type: 'relationship', relationTo: 'events' },
    { name: 'title', type: 'text' },
    // found / guessed / missing per field; the warnings in words; names to create; the photos and their fate.
    { name: 'fields', type: 'json' },
    { name: 'warnings', type: 'json' },
    { name: 'suggestions', type: 'json' },
    { name: 'photos', type: 'json' },
  ],
}
