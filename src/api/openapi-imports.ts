import { ACCEPTED, IMPORT_LIMITS, megabytes } from '@/import/inputs'
import { REPORTED_FIELDS } from '@/import/draft'

const KEY = [{ ApiKey: [] }]
const errors = { $ref: '#/components/schemas/Errors' }
const refusal = (description: string) => ({ description, content: { 'application/json': { schema: errors } } })

const item = {
  type: 'object',
  description: 'One page, post or calendar event of the import, and what became of it.',
  required: ['source', 'outcome', 'warnings', 'suggestions'],
  properties: {
    source: {
      type: 'string',
      description:
        'What the item is known by: its address, a WordPress guid (wxr:…), a calendar UID (ics:…), else a hash of the file (sha256:…).',
    },
    label: { type: 'string' },
    outcome: { type: 'string', enum: ['created', 'updated', 'skipped', 'failed'] },
    event: { type: ['integer', 'string'], description: 'The draft event it became (created or updated).' },
    title: { type: 'string' },
    fields: {
      type: 'object',
      description: 'How sure the import is of each field of the draft.',
      properties: Object.fromEntries(
        REPORTED_FIELDS.map((f) => [f, { type: 'string', enum: ['found', 'guessed', 'missing'] }]),
      ),
    },
    warnings: { type: 'array', items: { type: 'string' } },
    suggestions: {
      type: 'array',
      description:
        'Names the site has no record of yet; created (and linked in the draft) by POST /api/imports/{id}/suggestions.',
      items: {
        type: 'object',
        required: ['collection', 'name'],
        properties: {
          collection: { type: 'string', enum: ['tags', 'clusters', 'institutes', 'partners'] },
          name: { type: 'string' },
          why: { type: 'string' },
          country: { type: 'string' },
          created: { type: ['integer', 'string'] },
        },
      },
    },
    photos: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          caption: { type: 'string' },
          credit: { type: 'string' },
          outcome: { type: 'string', enum: ['imported', 'missing', 'refused'] },
          photo: { type: ['integer', 'string'] },
          reason: { type: 'string' },
        },
      },
    },
  },
}

const importDoc = {
  type: 'object',
  required: ['id', 'label', 'status'],
  properties: {
    id: { type: ['integer', 'string'] },
    label: { type: 'string' },
    status: { type: 'string', enum: ['queued', 'running', 'done', 'failed'] },
    progress: { type: 'object', properties: { done: { type: 'integer' }, total: { type: 'integer' } } },
    items: { type: 'array', items: { $ref: '#/components/schemas/ImportItem' } },
    error: { type: ['string', 'null'] },
    startedBy: { type: ['integer', 'string', 'object', 'null'] },
    createdAt: { type: 'string', format: 'date-time' },
    finishedAt: { type: ['string', 'null'], format: 'date-time' },
  },
}

/**
 * The import's part of the OpenAPI description: written by hand, as the import's endpoints are the app's own
 * (a multipart upload, a queued run, a report), not a collection's generated ones. An API key's account imports
 * with its own rights and reads its own imports.
 */
export function importPaths() {
  return {
    schemas: {
      Import: importDoc,
      ImportItem: item,
      Errors: {
        type: 'object',
        properties: {
          errors: { type: 'array', items: { type: 'object', properties: { message: { type: 'string' } } } },
        },
      },
    },
    paths: {
      '/api/imports': {
        post: {
          summary: 'Import pages, a WordPress export or a calendar as draft events',
          description: `Send ${ACCEPTED} as files (multipart, field "file", up to ${IMPORT_LIMITS.files}), or the address of a page or calendar, or copied text. A page or text may be ${megabytes(IMPORT_LIMITS.pageBytes)}, a calendar ${megabytes(IMPORT_LIMITS.calendarBytes)}, an export or zip ${megabytes(IMPORT_LIMITS.exportBytes)}. Answers at once; the import runs in the background and makes drafts only.`,
          security: KEY,
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    file: { type: 'array', items: { type: 'string', format: 'binary' } },
                    url: { type: 'string', format: 'uri' },
                    text: { type: 'string' },
                  },
                },
              },
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { url: { type: 'string', format: 'uri' }, text: { type: 'string' } },
                },
              },
            },
          },
          responses: {
            '201': {
              description: 'Queued: read its progress and report at /api/imports/{id}.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { doc: { $ref: '#/components/schemas/Import' }, message: { type: 'string' } },
                  },
                },
              },
            },
            '400': refusal('Nothing to import, an address that cannot be fetched, an empty file or text.'),
            '401': refusal('No account.'),
            '403': refusal('The account may not write events.'),
            '413': refusal('Over a limit: the size of its kind, or the number of files.'),
            '415': refusal('A file of no kind that can be imported, or a body that is neither multipart nor JSON.'),
          },
        },
      },
      '/api/imports/{id}': {
        get: {
          summary: 'An import: its progress and, item by item, its report',
          security: KEY,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: ['integer', 'string'] } }],
          responses: {
            '200': {
              description: 'The import.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Import' } } },
            },
            '404': refusal('No such import, or not the account’s own (an admin reads all).'),
          },
        },
      },
      '/api/imports/{id}/suggestions': {
        post: {
          summary: 'Create a name an import suggested and link it in that item’s draft',
          security: KEY,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: ['integer', 'string'] } }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['item', 'collection', 'name'],
                  properties: {
                    item: { type: 'integer', description: 'The item’s place in `items`, from 0.' },
                    collection: { type: 'string', enum: ['tags', 'clusters', 'institutes', 'partners'] },
                    name: { type: 'string' },
                  },
                },
              },
            },
          },
          responses: {
            '201': { description: 'Created and linked.' },
            '400': refusal('A cluster without a country: create it in the admin.'),
            '403': refusal('The account may not create that kind of record.'),
            '404': refusal('No such import or suggestion.'),
            '409': refusal('Already created.'),
          },
        },
      },
    },
  }
}
