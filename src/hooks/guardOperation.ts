import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type FlattenedField,
  type PayloadRequest,
  type Where,
} from 'payload'

import { checkRelations } from '@/hooks/checkRelations'
import { checkValues } from '@/hooks/checkValues'
import { isEmptyWhere, isValidId, selectsByIds, type WhereProblem, whereProblems } from '@/lib/where'

type SanitizedFields = { flattenedFields: FlattenedField[] }

/** The largest page an API caller may ask for, and the deepest population. */
export const API_LIMITS = { maxLimit: 1000, maxPage: 1_000_000, maxDepth: 10 } as const

export class QueryRefused extends APIError {
  constructor(problems: WhereProblem[], status = 400) {
    const list = problems.map((p) => `${p.path} ${p.message}`).join('; ')
    super(`The request cannot be run: ${list}.`, status, { errors: problems }, true)
  }
}

const idType = (req: PayloadRequest) => (req.payload.db.defaultIDType === 'number' ? 'number' : 'text')

function checkNumberParams(req: PayloadRequest, args: Record<string, unknown>): WhereProblem[] {
  const problems: WhereProblem[] = []
  const ranges = { limit: [0, API_LIMITS.maxLimit], page: [1, API_LIMITS.maxPage], depth: [0, API_LIMITS.maxDepth] }
  for (const [name, [min, max]] of Object.entries(ranges)) {
    // REST: Payload drops a value that is not a number silently; read what the caller sent.
    const raw = req.payloadAPI === 'REST' && req.query && name in req.query ? req.query[name] : args[name]
    if (raw === undefined || raw === null || raw === '') continue
    const value = typeof raw === 'string' && /^\d{1,16}$/.test(raw) ? Number(raw) : raw
    const ok = typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    if (!ok) problems.push({ path: name, message: `must be a whole number from ${min} to ${max}` })
  }
  return problems
}

/**
 * Runs before every operation of every collection, on every path (REST, GraphQL, Local API):
 * refuses where-queries that do not make sense, ids that cannot exist, paging out of range, and bulk writes by
 * filter from anyone but an admin.
 */
type GuardedArgs = { id?: number | string; where?: Where; overrideAccess?: boolean } & Record<string, unknown>

export const guardOperation: CollectionBeforeOperationHook = ({ args: incoming, collection, operation, req }) => {
  const args = incoming as GuardedArgs
  const collections = req.payload.collections as Record<string, { config: CollectionConfig & SanitizedFields }>
  const schema = {
    fields: collection.flattenedFields,
    fieldsOf: (slug: string) => collections[slug]?.config.flattenedFields,
    idType: idType(req),
  } as const
  const fromOutside = req.payloadAPI !== 'local'

  if (args.id !== undefined && !isValidId(args.id, schema.idType)) {
    throw new APIError(
      `There is no ${collection.slug} document with the id ${JSON.stringify(args.id)}.`,
      404,
      null,
      true,
    )
  }
  if (args.where !== undefined) {
    const problems = whereProblems(args.where, schema)
    if (problems.length) throw new QueryRefused(problems)
  }
  if (fromOutside) {
    const problems = checkNumberParams(req, args)
    if (problems.length) throw new QueryRefused(problems)
  }

  const bulk = (operation === 'update' || operation === 'delete') && args.id === undefined
  if (bulk && isEmptyWhere(args.where)) {
    throw new QueryRefused([{ path: 'where', message: `is empty: a change to many ${collection.slug} needs a filter` }])
  }
  if (bulk && !args.overrideAccess && req.user?.role !== 'admin' && !selectsByIds(args.where)) {
    throw new QueryRefused(
      [
        {
          path: 'where',
          message: `selects ${collection.slug} by a filter: only an admin may change many at once; others change them by id`,
        },
      ],
      403,
    )
  }
  return incoming
}

/** The guards go first in every collection's hooks: the query guard; the check of values, then of relations. */
export const withGuards = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((c) => ({
    ...c,
    hooks: {
      ...c.hooks,
      beforeOperation: [guardOperation, ...(c.hooks?.beforeOperation ?? [])],
      beforeChange: [checkValues, checkRelations, ...(c.hooks?.beforeChange ?? [])],
    },
  }))
