import {
  APIError,
  Forbidden,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type FlattenedField,
  type PayloadRequest,
  type Where,
} from 'payload'

import { roleOf } from '@/access'
import { checkSignInReadable } from '@/api/sign-in-check'
import { bodyProblem, paramProblems, PUBLIC_LIMITS } from '@/api/request-checks'
import { checkValues } from '@/hooks/checkValues'
import {
  idsNamed,
  idTypeOf,
  isEmptyWhere,
  isValidId,
  selectsByIds,
  type WhereProblem,
  whereProblems,
} from '@/checks/where'

type SanitizedFields = { flattenedFields: FlattenedField[] }

export class QueryRefused extends APIError {
  constructor(problems: WhereProblem[], status = 400, message?: string) {
    const list = problems.map((p) => `${p.path} ${p.message}`).join('; ')
    super(message ?? `The request cannot be run: ${list}.`, status, { errors: problems }, true)
  }
}

type Collection = CollectionConfig & SanitizedFields

/**
 * The document a write is about as the editor's form holds it — its newest version, a draft when there is one —
 * whatever the caller may read. Read once per write, when a check needs it.
 */
type Stored = () => Promise<Record<string, unknown> | null>

const storedDocument = (req: PayloadRequest, collection: Collection, id: number | string | undefined): Stored => {
  let read: Promise<Record<string, unknown> | null> | undefined
  return () =>
    (read ??=
      id === undefined
        ? Promise.resolve(null)
        : (req.payload.findByID({
            collection: collection.slug as 'events',
            id,
            depth: 0,
            draft: true,
            overrideAccess: true,
            disableErrors: true,
            req,
          }) as Promise<Record<string, unknown> | null>))
}

/**
 * Fields the caller may not write (an editor's own role): refused with the field's name instead of being
 * dropped without a word. A value equal to the stored one passes, since forms send every field back.
 */
async function forbiddenFields(
  req: PayloadRequest,
  collection: Collection,
  data: Record<string, unknown>,
  operation: 'create' | 'update',
  id: number | string | undefined,
  stored: Stored,
): Promise<string[]> {
  // An empty value sets nothing (a form sends its read-only fields back empty on create).
  const guarded = collection.flattenedFields.filter(
    (f) =>
      'name' in f &&
      f.name in data &&
      data[f.name] !== null &&
      data[f.name] !== undefined &&
      data[f.name] !== '' &&
      typeof f.access?.[operation] === 'function',
  )
  if (!guarded.length) return []
  const doc = operation === 'update' ? await stored() : null
  const refused: string[] = []
  for (const field of guarded) {
    if (!('name' in field)) continue
    // An unset checkbox reads as null and a form sends it back as false: the same value.
    const stored = doc?.[field.name] ?? (field.type === 'checkbox' ? false : null)
    if (doc && JSON.stringify(stored) === JSON.stringify(data[field.name])) continue
    const allowed = await field.access?.[operation]?.({ req, data, siblingData: data, doc: doc ?? undefined, id })
    if (!allowed) refused.push(field.name)
  }
  return refused
}

/** The most documents one change may touch at once, whoever asks (the admin's list pages hold at most 100). */
export const BULK_MAX = 100

/**
 * A change to many documents names them, and not too many: more than BULK_MAX is refused, and so is a filter
 * (an admin's) that matches every document of the collection — a slip, not a plan, on the live site.
 */
async function bulkCeiling(req: PayloadRequest, collection: Collection, where: Where) {
  const slug = collection.slug as 'events'
  const named = idsNamed(where)
  if (named > BULK_MAX)
    throw new QueryRefused([
      { path: 'where.id', message: `names ${named} ${collection.slug}; one change may touch at most ${BULK_MAX}` },
    ])
  const { totalDocs } = await req.payload.count({ collection: slug, where, overrideAccess: true, req })
  if (totalDocs > BULK_MAX)
    throw new QueryRefused([
      { path: 'where', message: `matches ${totalDocs} ${collection.slug}; one change may touch at most ${BULK_MAX}` },
    ])
  if (selectsByIds(where) || totalDocs === 0) return
  const all = await req.payload.count({ collection: slug, overrideAccess: true, req })
  if (totalDocs === all.totalDocs)
    throw new QueryRefused([
      {
        path: 'where',
        message: `matches every one of the ${totalDocs} ${collection.slug}: select them by id (where[id][in]=…) to change them all`,
      },
    ])
}

const TIMESTAMPS = ['createdAt', 'updatedAt'] as const

/**
 * When a document was made and last changed are the server's to record: a body may send them back as they are
 * (a client that writes back what it read), never another time (a backdated document).
 */
function changedTimestamps(
  data: Record<string, unknown>,
  operation: 'create' | 'update',
  id: number | string | undefined,
  stored: Stored,
): Promise<string[]> | string[] {
  const sent = TIMESTAMPS.filter((name) => data[name] !== undefined && data[name] !== null && data[name] !== '')
  if (!sent.length) return []
  if (operation === 'create' || id === undefined) return [...sent]
  const time = (value: unknown) =>
    typeof value === 'string' || value instanceof Date ? new Date(value).getTime() : NaN
  return stored().then((doc) => sent.filter((name) => time(data[name]) !== time(doc?.[name])))
}

type GuardedArgs = { id?: number | string; where?: Where; overrideAccess?: boolean } & Record<string, unknown>

/**
 * Runs before every operation of every collection, on every path (REST, GraphQL, Local API):
 * refuses where-queries that do not make sense, ids that cannot exist, paging out of range, and bulk writes by
 * filter from anyone but an admin.
 */
export const guardOperation: CollectionBeforeOperationHook = async ({ args: incoming, collection, operation, req }) => {
  const args = incoming as GuardedArgs
  const collections = req.payload.collections as Record<string, { config: CollectionConfig & SanitizedFields }>
  const schema = {
    fields: collection.flattenedFields,
    fieldsOf: (slug: string) => collections[slug]?.config.flattenedFields,
    idType: idTypeOf(req.payload),
  } as const
  const fromOutside = req.payloadAPI !== 'local'
  if (fromOutside) await checkSignInReadable(req)

  if (args.id !== undefined && !isValidId(args.id, schema.idType)) {
    throw new QueryRefused([], 404, `There is no ${collection.slug} document with the id ${JSON.stringify(args.id)}.`)
  }
  if (args.where !== undefined) {
    const problems = whereProblems(args.where, schema)
    if (problems.length) throw new QueryRefused(problems)
  }
  // The lists a document joins ("a tag's events") take a where-query of their own.
  if (args.joins && typeof args.joins === 'object') {
    for (const [name, join] of Object.entries(args.joins as Record<string, { where?: unknown } | false>)) {
      const field = collection.flattenedFields.find((f) => f.type === 'join' && f.name === name)
      if (!join || join.where === undefined || !field || field.type !== 'join' || typeof field.collection !== 'string')
        continue
      const fields = schema.fieldsOf(field.collection) ?? []
      const problems = whereProblems(join.where, { ...schema, fields })
      if (problems.length) throw new QueryRefused(problems.map((p) => ({ ...p, path: `joins.${name}.${p.path}` })))
    }
  }
  if (fromOutside) {
    const problems = paramProblems(req, collection.flattenedFields, args, collection.slug)
    if (problems.length) throw new QueryRefused(problems)
    // Relations one level deep for callers without an account, unless they ask (Payload's own default is 2).
    const asked = req.payloadAPI === 'REST' && req.routeParams?.collection === collection.slug
    if (operation === 'read' && !req.user && asked && !req.searchParams.has('depth'))
      args.depth = PUBLIC_LIMITS.defaultDepth
  }
  // The caller's own write (Payload's internal writes for a request run with overrideAccess).
  if (fromOutside && !args.overrideAccess && (operation === 'create' || operation === 'update')) {
    // Who may not write at all hears that first, whatever the body holds.
    const access = collection.access?.[operation]
    if (access && (await access({ req, id: args.id as number, data: args.data })) === false) throw new Forbidden(req.t)
    const refused = bodyProblem(req, collection, args.data, operation)
    if (refused) throw new QueryRefused(refused.problems, refused.status, refused.message)
    const data = args.data as Record<string, unknown>
    const stored = storedDocument(req, collection, args.id)
    const forbidden = await forbiddenFields(req, collection, data, operation, args.id, stored)
    if (forbidden.length) {
      throw new QueryRefused(
        forbidden.map((name) => ({ path: name, message: 'may not be changed by your account' })),
        403,
      )
    }
    const stamps = await changedTimestamps(data, operation, args.id, stored)
    if (stamps.length)
      throw new QueryRefused(
        stamps.map((name) => ({ path: name, message: 'is set by the server when the document changes' })),
      )
  }

  const bulk = (operation === 'update' || operation === 'delete') && args.id === undefined
  if (bulk && isEmptyWhere(args.where)) {
    throw new QueryRefused([{ path: 'where', message: `is empty: a change to many ${collection.slug} needs a filter` }])
  }
  if (bulk && !args.overrideAccess && roleOf(req) !== 'admin' && !selectsByIds(args.where)) {
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
  if (bulk && !args.overrideAccess) await bulkCeiling(req, collection, args.where as Where)
  return incoming
}

/** The guards go first in every collection's hooks: the query guard; the check of values, then of relations. */
export const withGuards = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((c) => ({
    ...c,
    hooks: {
      ...c.hooks,
      beforeOperation: [guardOperation, ...(c.hooks?.beforeOperation ?? [])],
      beforeChange: [checkValues, ...(c.hooks?.beforeChange ?? [])],
    },
  }))
