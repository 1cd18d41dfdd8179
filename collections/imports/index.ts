import type { Access, CollectionConfig } from 'payload'

import { adminField, isAdmin, nobody, roleOf } from '@/access'

import { reportOf } from '@/import/report'

import { createImport, createSuggestion } from './endpoints'

export const IMPORT_STATUSES = [
  { value: 'queued', label: 'Waiting' },
  { value: 'running', label: 'Running' },
  { value: 'done', label: 'Done' },
  { value: 'failed', label: 'Failed' },
] as const
export type ImportStatus = (typeof IMPORT_STATUSES)[number]['value']

/** Admins read every import; everyone else the imports they started. */
const ownOrAdmin: Access = ({ req }) => {
  if (!req.user) return false
  if (roleOf(req) === 'admin') return true
  return { startedBy: { equals: req.user.id } }
}

/**
 * Imports of existing pages, WordPress exports and calendars (src/import). Each is made by POST /api/imports (or
 * the admin's Import page, or `npm run import`), runs in the jobs queue, and makes draft events that an editor
 * reviews; this record is its report: one row per page, post or calendar event, with what was found, guessed and
 * missed, the warnings and the names the site has no record of yet. Written by the app only.
 */
export const Imports: CollectionConfig = {
  slug: 'imports',
  labels: { singular: 'Import', plural: 'Imports' },
  admin: {
    useAsTitle: 'label',
    group: 'Content',
    defaultColumns: ['label', 'status', 'progress', 'startedBy', 'createdAt'],
    description: 'Pages, WordPress exports and calendars brought in as draft events, each with its report.',
    components: {
      views: { edit: { default: { Component: '/src/admin/import/ImportReport#ImportReport' } } },
    },
  },
  access: { read: ownOrAdmin, create: nobody, update: nobody, delete: isAdmin },
  defaultSort: '-createdAt',
  // On GraphQL too, read only, with the same access as over REST.
  endpoints: [createImport, createSuggestion],
  fields: [
    { name: 'label', label: 'What was imported', type: 'text', required: true, admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: [...IMPORT_STATUSES],
      admin: { readOnly: true },
    },
    {
      name: 'progress',
      type: 'group',
      admin: { readOnly: true, components: { Cell: '/src/admin/import/ProgressCell#ProgressCell' } },
      fields: [
        { name: 'done', type: 'number', defaultValue: 0 },
        { name: 'total', type: 'number', defaultValue: 0 },
      ],
    },
    { name: 'startedBy', label: 'Started by', type: 'relationship', relationTo: 'users', index: true },
    {
      name: 'inputs',
      type: 'json',
      admin: { hidden: true },
      // Where the files wait for the jobs round; nobody reads them through the API.
      access: { read: adminField },
    },
    { name: 'error', type: 'textarea', admin: { readOnly: true } },
    {
      // The report's rows (collection import-items), in order, when one import is read (not in lists):
      // { source, label, outcome, event, title, fields, warnings, suggestions, photos }.
      name: 'items',
      type: 'json',
      virtual: true,
      admin: { hidden: true },
      hooks: {
        afterRead: [
          // Only when one import is read: not in lists, not in what a write answers (the runner writes often).
          ({ data, findMany, operation, req }) =>
            operation !== 'read' || findMany || data?.id === undefined
              ? undefined
              : reportOf(req.payload, data.id as number | string, req),
        ],
      },
    },
    { name: 'finishedAt', label: 'Finished', type: 'date', admin: { readOnly: true } },
  ],
}
