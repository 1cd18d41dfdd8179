import type { CollectionConfig, FlattenedField, PayloadRequest } from 'payload'

import { isRecord } from '@/checks/fields'
import { LOCALES } from '@/lib/i18n/locales'
import type { WhereProblem } from '@/checks/where'

/** The largest page an API caller may ask for, and the deepest population. */
export const API_LIMITS = { maxLimit: 1000, maxPage: 1_000_000, maxDepth: 10 } as const

/**
 * What a caller without an account gets (another site, a script): pages of at most 100 documents, relations
 * populated one level deep unless it asks for up to three, and no "everything at once" (limit=0,
 * pagination=false). Signed-in editors and the admin keep the wider limits above.
 */
export const PUBLIC_LIMITS = { maxLimit: 100, defaultDepth: 1, maxDepth: 3 } as const

const NUMBER_PARAMS = (anonymous: boolean) => ({
  limit: anonymous ? [1, PUBLIC_LIMITS.maxLimit] : [0, API_LIMITS.maxLimit],
  page: [1, API_LIMITS.maxPage],
  depth: [0, anonymous ? PUBLIC_LIMITS.maxDepth : API_LIMITS.maxDepth],
})
const WITHOUT_ACCOUNT = 'for a caller without an account'
const BOOLEAN_PARAMS = ['draft', 'pagination', 'trash', 'autosave', 'overrideLock', 'flattenLocales']
/** Fields every collection's versions can be sorted by, besides the document's own. */
const VERSION_PATHS = new Set(['id', 'version', 'parent', 'latest', 'autosave', 'createdAt', 'updatedAt'])

/**
 * Query parameters as the caller sent them (Payload turns what it does not understand into a default
 * silently): numbers in range, true/false flags, sort by fields that exist.
 */
export function paramProblems(
  req: PayloadRequest,
  fields: FlattenedField[],
  args: Record<string, unknown>,
  collectionSlug?: string,
) {
  const problems: WhereProblem[] = []
  // The address's parameters belong to the collection the address names, not to Payload's own reads of other
  // collections inside the request (a filter on clusters.slug reads clusters; a populated relation reads photos).
  if (req.payloadAPI === 'REST' && collectionSlug !== undefined && req.routeParams?.collection !== collectionSlug)
    return problems
  const params = req.payloadAPI === 'REST' ? req.searchParams : undefined
  // GraphQL's page arguments are checked on the document the caller sent (src/api/graphql-gate.ts): here its
  // arguments cannot be told from Payload's own reads inside the request (populating relations and joins).
  const anonymous = !req.user && req.payloadAPI !== 'GraphQL'
  for (const [name, [min, max]] of Object.entries(NUMBER_PARAMS(anonymous))) {
    // Over REST only the address counts: Payload's own nested reads in the same request carry other arguments.
    const raw = params ? params.get(name) : args[name]
    if (raw === undefined || raw === null || raw === '') continue
    const value = typeof raw === 'string' && /^\d{1,16}$/.test(raw) ? Number(raw) : raw
    if (!(typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max)) {
      const whom = anonymous && name !== 'page' ? ` ${WITHOUT_ACCOUNT}` : ''
      problems.push({ path: name, message: `must be a whole number from ${min} to ${max}${whom}` })
    }
  }
  const pagination = params ? params.get('pagination') : args.pagination
  if (anonymous && req.payloadAPI === 'REST' && (pagination === 'false' || pagination === false))
    problems.push({
      path: 'pagination',
      message: `cannot be turned off ${WITHOUT_ACCOUNT}: read the pages one by one (limit up to ${PUBLIC_LIMITS.maxLimit}, page=2, 3…)`,
    })
  for (const name of BOOLEAN_PARAMS) {
    const raw = params?.get(name)
    if (raw !== null && raw !== undefined && !['true', 'false', ''].includes(raw))
      problems.push({ path: name, message: `must be true or false, not "${raw.slice(0, 40)}"` })
  }
  const sort = params?.get('sort') ?? (typeof args.sort === 'string' ? args.sort : undefined)
  for (const part of (sort ?? '').split(',').filter(Boolean)) {
    const first = part.replace(/^-/, '').split('.')[0]
    if (!VERSION_PATHS.has(first) && !fields.some((f) => 'name' in f && f.name === first))
      problems.push({ path: 'sort', message: `"${part.slice(0, 40)}" is not a field to sort by` })
  }
  if (req.payloadAPI === 'REST') problems.push(...shapeProblems(req, fields), ...addressProblems(req))
  return problems
}

/** Languages a caller may ask for: one of the site's, or all; the fallback may also be turned off. */
const LOCALE_PARAMS: Array<[string, string[]]> = [
  ['locale', [...LOCALES, 'all', '*']],
  ['fallback-locale', [...LOCALES, 'none', 'null', 'false']],
  ['fallbackLocale', [...LOCALES, 'none', 'null', 'false']],
]

/**
 * What the address asks for that Payload would drop without a word: a filter whose name its query parser throws
 * away (where[toString], where[__proto__]: the read then matches everything), a language the site does not have.
 */
function addressProblems(req: PayloadRequest): WhereProblem[] {
  const params = req.searchParams
  const problems: WhereProblem[] = []
  // What Payload's parser made of the address (the operation's own where may hold more: access rules).
  const where = (req.query as { where?: unknown } | undefined)?.where
  const parsed = isRecord(where) ? where : {}
  const named = new Set<string>()
  for (const key of params.keys()) {
    const name = /^where\[([^\]]*)\]/.exec(key)?.[1]
    if (name !== undefined) named.add(name)
  }
  for (const name of named)
    if (!Object.hasOwn(parsed, name))
      problems.push({
        path: `where[${name.slice(0, 40)}]`,
        message: 'is not a field or condition that can be filtered by',
      })
  for (const [name, allowed] of LOCALE_PARAMS) {
    const value = params.get(name)
    if (value !== null && !allowed.includes(value))
      problems.push({
        path: name,
        message: `"${value.slice(0, 20)}" is not a language of this site (${LOCALES.join(', ')})`,
      })
  }
  return problems
}

/** Keys every document has besides its fields. */
const DOCUMENT_KEYS = new Set(['id', 'createdAt', 'updatedAt', '_status'])

/** Fields named in a select map that the collection does not have, or values that are not true/false or a map. */
function unknownKeys(map: Record<string, unknown>, fields: FlattenedField[]): string[] {
  const names = new Set(fields.flatMap((f) => ('name' in f ? [f.name] : [])))
  return Object.entries(map)
    .filter(
      ([key, value]) =>
        !(names.has(key) || DOCUMENT_KEYS.has(key)) ||
        !(isRecord(value) || ['true', 'false', true, false].includes(value as string)),
    )
    .map(([key]) => key.slice(0, 40))
}

/**
 * `select` (which fields come back) and `populate` (which fields of a related collection come back): Payload
 * answers a malformed or misspelt one with documents holding only their ids; here it is a 400 that names it.
 */
function shapeProblems(req: PayloadRequest, fields: FlattenedField[]): WhereProblem[] {
  const problems: WhereProblem[] = []
  const { select, populate } = req.query ?? {}
  // Payload drops a plain `populate=…` from its parsed query before the operation: the address still has it.
  const plain = (name: string) => req.searchParams?.has(name)
  if (select !== undefined || plain('select')) {
    if (!isRecord(select) || plain('select'))
      problems.push({ path: 'select', message: 'must name fields, as select[title]=true&select[slug]=true' })
    else
      for (const key of unknownKeys(select, fields))
        problems.push({ path: `select[${key}]`, message: 'is not a field of this collection (or not true or false)' })
  }
  if (populate !== undefined || plain('populate')) {
    if (!isRecord(populate) || plain('populate'))
      problems.push({
        path: 'populate',
        message: 'must name a collection and its fields, as populate[tags][name]=true',
      })
    else
      for (const [slug, map] of Object.entries(populate)) {
        const related = req.payload.collections[slug as keyof typeof req.payload.collections]?.config
        if (!related || !isRecord(map)) {
          problems.push({
            path: `populate[${slug.slice(0, 40)}]`,
            message: related ? 'must name fields, as populate[tags][name]=true' : 'is not a collection',
          })
          continue
        }
        for (const key of unknownKeys(map, related.flattenedFields))
          problems.push({
            path: `populate[${slug}][${key}]`,
            message: `is not a field of ${slug} (or not true or false)`,
          })
      }
  }
  return problems
}

const BODY_TYPES = ['application/json', 'multipart/form-data']
/** Keys a body may hold besides the collection's fields. */
const EXTRA_KEYS = new Set(['id', 'password', 'confirm-password', 'confirmPassword', 'createdAt', 'updatedAt'])

export class BodyRefused extends Error {
  constructor(
    message: string,
    public status: number,
    public problems: WhereProblem[] = [],
  ) {
    super(message)
  }
}

/**
 * The body of a create or update from outside: sent as JSON (or multipart for a file), a JSON object, with
 * something to change, and only fields the collection has.
 */
export function bodyProblem(
  req: PayloadRequest,
  collection: CollectionConfig & { flattenedFields: FlattenedField[] },
  data: unknown,
  operation: 'create' | 'update',
): BodyRefused | undefined {
  const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (req.payloadAPI === 'REST' && !BODY_TYPES.includes(type)) {
    return new BodyRefused(
      `The body must be sent as application/json (or multipart/form-data with a file), not "${type || 'without a content type'}".`,
      415,
    )
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return new BodyRefused(
      `The body must be a JSON object of fields, not ${Array.isArray(data) ? 'a list' : (JSON.stringify(data) ?? 'nothing')}.`,
      400,
    )
  }
  const known = new Set(collection.flattenedFields.flatMap((f) => ('name' in f ? [f.name] : [])))
  const unknown = Object.keys(data).filter((key) => !known.has(key) && !EXTRA_KEYS.has(key))
  if (unknown.length) {
    return new BodyRefused(
      `${collection.slug} have no field ${unknown.map((k) => `"${k.slice(0, 40)}"`).join(', ')}.`,
      400,
      unknown.map((k) => ({ path: k.slice(0, 40), message: 'is not a field of this collection' })),
    )
  }
  if (operation === 'update' && Object.keys(data).length === 0 && !req.file) {
    return new BodyRefused('The body has no fields to change.', 400)
  }
  return undefined
}
