import type { FlattenedField, Payload, Where } from 'payload'

import { isRecord as isPlainObject, quoted } from './fields'

/**
 * Checks a where-query before Payload sees it. Payload skips parts of a query it does not understand, so a
 * malformed query would match every document; here every part must be a known field with a known operator and
 * a value of the field's type, or the whole query is refused with the path and the reason.
 */
export type WhereProblem = { path: string; message: string }

export type WhereSchema = {
  fields: FlattenedField[]
  /** The flattened fields of another collection, for paths that go through a relationship. */
  fieldsOf: (collection: string) => FlattenedField[] | undefined
  idType: 'number' | 'text'
}

const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const ORDER_OPERATORS = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code', 'richText', 'json'])
export const MAX_LIST = 500
const MAX_TEXT = 500
const MAX_DEPTH = 8

/** Dates a query may compare with: the years an event can reasonably have. */
export const QUERY_YEARS = { min: 1, max: 9999 } as const

/** The kind of id the database adapter uses. */
export const idTypeOf = (payload: Pick<Payload, 'db'>): WhereSchema['idType'] =>
  payload.db.defaultIDType === 'number' ? 'number' : 'text'

/** The id columns: whole numbers on the SQL databases, 24 hex digits on MongoDB. */
export function isValidId(value: unknown, idType: WhereSchema['idType']): boolean {
  if (idType === 'number') {
    const text = typeof value === 'number' ? String(value) : value
    return typeof text === 'string' && /^[1-9]\d{0,15}$/.test(text) && Number.isSafeInteger(Number(text))
  }
  return typeof value === 'string' && /^[a-f0-9]{24}$/i.test(value)
}

/** What a path names that a condition can test; a path through a join is refused before any test. */
type Target = { kind: 'id' } | { kind: 'field'; field: FlattenedField } | { kind: 'unknown' }
type Resolved = Target | { kind: 'through-join'; name: string }

/**
 * What a dotted path ("venue.city", "tags.slug", GraphQL's "venue__city") points at. Paths this does not know
 * (version fields, localized sub-paths, polymorphic relations) are "unknown": their values are not checked here,
 * and Payload's own path check refuses those that name nothing.
 */
function resolve(path: string, schema: WhereSchema): Resolved {
  const segments = path.replace(/__/g, '.').split('.')
  let fields: FlattenedField[] | undefined = schema.fields
  for (let i = 0; i < segments.length; i += 1) {
    const name = segments[i]
    const last = i === segments.length - 1
    if ((name === 'id' || name === '_id') && last) return { kind: 'id' }
    const field: FlattenedField | undefined = fields?.find((f) => 'name' in f && f.name === name)
    if (!field) return { kind: 'unknown' }
    if (last) return { kind: 'field', field }
    switch (field.type) {
      case 'group':
      case 'tab':
      case 'array':
        fields = field.flattenedFields
        break
      case 'relationship':
      case 'upload':
        // Polymorphic relations ("value", "relationTo") are left to Payload's own path check.
        if (typeof field.relationTo !== 'string') return { kind: 'unknown' }
        fields = schema.fieldsOf(field.relationTo)
        break
      case 'join':
        // A list that other documents make (a cluster's events) is not a column: nothing can be filtered through it.
        return { kind: 'through-join', name: field.name }
      default:
        return { kind: 'unknown' }
    }
  }
  return { kind: 'unknown' }
}

function valueProblem(target: Target, operator: string, value: unknown, schema: WhereSchema): string | undefined {
  if (value === null || value === 'null') return ['equals', 'not_equals'].includes(operator) ? undefined : 'is null'
  // "Contains nothing" is true of every document.
  if ((operator === 'like' || operator === 'contains') && typeof value === 'string' && !value.trim())
    return 'is empty, which would match everything'
  if (target.kind === 'unknown') return undefined
  if (target.kind === 'id') return isValidId(value, schema.idType) ? undefined : `${quoted(value)} is not a valid id`
  const { field } = target
  switch (field.type) {
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN
      return Number.isFinite(n) ? undefined : `${quoted(value)} is not a number`
    }
    case 'date': {
      // GraphQL's DateTime scalar hands a Date.
      if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date))
        return `${quoted(value)} is not a date`
      const time = new Date(value).getTime()
      if (Number.isNaN(time)) return `${quoted(value)} is not a date (use ISO 8601, e.g. 2026-06-25T10:00:00Z)`
      const year = new Date(time).getUTCFullYear()
      return year < QUERY_YEARS.min || year > QUERY_YEARS.max ? `${quoted(value)} is out of range` : undefined
    }
    case 'checkbox':
      return [true, false, 'true', 'false'].includes(value as never)
        ? undefined
        : `${quoted(value)} is not true or false`
    case 'select':
    case 'radio': {
      const options = field.options.map((o) => (typeof o === 'string' ? o : o.value))
      return typeof value === 'string' && options.includes(value)
        ? undefined
        : `${quoted(value)} is not one of the values of this field`
    }
    case 'relationship':
    case 'upload':
      if (typeof field.relationTo !== 'string') return undefined
      return isValidId(value, schema.idType) ? undefined : `${quoted(value)} is not a valid id`
    default:
      if (typeof value === 'string')
        return value.length > MAX_TEXT ? `is longer than ${MAX_TEXT} characters` : undefined
      return typeof value === 'number' || typeof value === 'boolean' ? undefined : `${quoted(value)} is not a text`
  }
}

function operatorProblem(target: Target, operator: string): string | undefined {
  if (!OPERATORS.has(operator)) return `"${operator}" is not an operator (use equals, in, like, greater_than…)`
  if (target.kind === 'unknown') return undefined
  const type = target.kind === 'id' ? 'id' : target.field.type
  if (GEO_OPERATORS.has(operator) && type !== 'point') return `"${operator}" works on map points only`
  if (ORDER_OPERATORS.has(operator) && !['date', 'number', 'id', 'text', 'email'].includes(type))
    return `"${operator}" does not work on this field`
  if (TEXT_OPERATORS.has(operator) && !TEXT_TYPES.has(type)) {
    // "contains" on a has-many relationship is Payload's nested query; it is checked as such below.
    const nested = operator === 'contains' && ['relationship', 'upload', 'join'].includes(type)
    if (!nested) return `"${operator}" works on text fields only`
  }
  return undefined
}

function checkCondition(
  path: string,
  label: string,
  condition: unknown,
  schema: WhereSchema,
  problems: WhereProblem[],
  depth: number,
) {
  const at = `where.${label}`
  if (!isPlainObject(condition) || Object.keys(condition).length === 0) {
    problems.push({ path: at, message: `needs an operator, as in where[${path}][equals]=…` })
    return
  }
  const target = resolve(path, schema)
  if (target.kind === 'through-join') {
    problems.push({
      path: at,
      message: `goes through "${target.name}", a list other documents make: filter those documents themselves`,
    })
    return
  }
  for (const [operator, value] of Object.entries(condition)) {
    const opProblem = operatorProblem(target, operator)
    if (opProblem) {
      problems.push({ path: `${at}.${operator}`, message: opProblem })
      continue
    }
    if (operator === 'exists') {
      if (![true, false, 'true', 'false'].includes(value as never))
        problems.push({ path: `${at}.exists`, message: `${quoted(value)} is not true or false` })
      continue
    }
    if (operator === 'contains' && isPlainObject(value) && target.kind === 'field') {
      const related =
        target.field.type === 'join'
          ? target.field.collection
          : 'relationTo' in target.field
            ? target.field.relationTo
            : undefined
      const fields = typeof related === 'string' ? schema.fieldsOf(related) : undefined
      if (!fields) problems.push({ path: `${at}.contains`, message: 'cannot hold a nested query' })
      else walk(value, { ...schema, fields }, problems, `${label}.contains`, depth + 1)
      continue
    }
    const values = LIST_OPERATORS.has(operator)
      ? Array.isArray(value)
        ? value
        : typeof value === 'string'
          ? value.split(',')
          : [value]
      : [value]
    if (values.length > MAX_LIST) {
      problems.push({ path: `${at}.${operator}`, message: `lists more than ${MAX_LIST} values` })
      continue
    }
    if (LIST_OPERATORS.has(operator) && values.length === 0) {
      problems.push({ path: `${at}.${operator}`, message: 'is an empty list' })
      continue
    }
    for (const item of values) {
      const problem =
        Array.isArray(item) || (isPlainObject(item) && !(item instanceof Date))
          ? 'is not a single value'
          : valueProblem(target, operator, item, schema)
      if (problem) {
        problems.push({ path: `${at}.${operator}`, message: problem })
        break
      }
    }
  }
}

/** `label` is where this part sits in the whole query, for the messages ("or[0].title"). */
function walk(where: unknown, schema: WhereSchema, problems: WhereProblem[], prefix: string, depth: number) {
  const at = prefix ? `where.${prefix}` : 'where'
  if (depth > MAX_DEPTH) {
    problems.push({ path: at, message: `nests deeper than ${MAX_DEPTH} levels` })
    return
  }
  if (!isPlainObject(where)) {
    problems.push({ path: at, message: 'must be a set of conditions, as in where[title][equals]=…' })
    return
  }
  for (const [key, condition] of Object.entries(where)) {
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      const label = prefix ? `${prefix}.${key}` : key
      if (!Array.isArray(condition) || condition.length === 0) {
        problems.push({
          path: `where.${label}`,
          message: `must be a non-empty list of conditions, as in where[${key}][0][title][equals]=…`,
        })
        continue
      }
      condition.forEach((item, i) => {
        // An empty condition in a list matches every document: "or" with it matches everything.
        if (isPlainObject(item) && Object.keys(item).length === 0)
          problems.push({
            path: `where.${label}[${i}]`,
            message: 'is an empty condition, which would match everything',
          })
        else walk(item, schema, problems, `${label}[${i}]`, depth + 1)
      })
      continue
    }
    checkCondition(key, prefix ? `${prefix}.${key}` : key, condition, schema, problems, depth)
  }
}

/** Every problem of a where-query; an empty list means Payload may run it. */
export function whereProblems(where: unknown, schema: WhereSchema): WhereProblem[] {
  const problems: WhereProblem[] = []
  walk(where, schema, problems, '', 0)
  return problems
}

/** True for an empty query (no condition at all), which on a bulk write would mean every document. */
export const isEmptyWhere = (where: Where | undefined): boolean =>
  !where || Object.values(where).every((v) => (Array.isArray(v) ? v.every((w) => isEmptyWhere(w)) : false))

/** A query that only lists ids (the admin's "selected rows"), possibly combined with others by `and`. */
export function selectsByIds(where: Where | undefined): boolean {
  if (!where) return false
  const id = where.id as Record<string, unknown> | undefined
  if (id && (id.in !== undefined || id.equals !== undefined)) return true
  return Array.isArray(where.and) && where.and.some((w) => selectsByIds(w))
}

/** How many ids a filter lists (where[id][in]=1,2,3 → 3), anywhere in it. */
export function idsNamed(where: unknown): number {
  if (!where || typeof where !== 'object') return 0
  let count = 0
  for (const [key, value] of Object.entries(where)) {
    if (key === 'id' && value && typeof value === 'object' && 'in' in value) {
      const list = (value as { in: unknown }).in
      count += Array.isArray(list) ? list.length : typeof list === 'string' ? list.split(',').length : 1
    } else if ((key === 'and' || key === 'or') && Array.isArray(value))
      count += (value as unknown[]).reduce((n: number, w) => n + idsNamed(w), 0)
  }
  return count
}
