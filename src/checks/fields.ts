import type { FlattenedField } from 'payload'

import { forbiddenCharacter } from '../lib/text/plain-text'

/**
 * What a stored value must look like, whatever path it came by and whether it is a draft: the checks that keep
 * one document from breaking the pages, feeds and calendars that show it. Payload validates fields only when
 * publishing, and some of its checks accept values of the wrong type.
 */
export type FieldProblem = { path: string; message: string }

/** Marks text fields whose value has a format of its own (set by the field factories). */
export type FieldFormat = 'url' | 'country'

export const DATE_YEARS = { min: 1900, max: 2200 } as const
export const DEFAULT_MAX_LENGTH = { text: 500, textarea: 10_000, email: 254, code: 20_000 } as const
const MAX_RICH_TEXT_CHARS = 1_000_000
const MAX_RICH_TEXT_NODES = 20_000
const MAX_RICH_TEXT_DEPTH = 40
const MAX_JSON_CHARS = 100_000
/** The kinds of node the site's rich-text editor makes (src/fields/rich-text.ts: Payload's default features). */
const RICH_TEXT_NODES = new Set([
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'horizontalrule',
  'upload',
  'relationship',
])
/** Schemes a link in rich text may use; relative links ("/events/x", "#part") are fine too. */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/** A value quoted for a message, cut after 40 characters. */
export const quoted = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return `"${text && text.length > 40 ? `${text.slice(0, 40)}…` : text}"`
}
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/**
 * Why a link's address cannot be used, or undefined when it can: a web address with a real host name
 * (https://example.org/…), mailto:, tel:, or a path of this site (/events/…, #part). "https://https://…" (an
 * address pasted after a pre-filled scheme) and "https://example" are not web addresses.
 */
export function linkAddressProblem(url: string): string | undefined {
  // A path of this site; "//host" and "/\host" are other sites' addresses, as browsers read them.
  if (/^\/(?![/\\])/.test(url) || url.startsWith('#')) return undefined
  let parsed: URL | undefined
  try {
    parsed = new URL(url)
  } catch {
    // not an address at all
  }
  const web = parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')
  const hostOk = web && parsed!.hostname.includes('.') && !/^[a-z][a-z\d+.-]*:\/\/[a-z][a-z\d+.-]*:/i.test(url)
  if (parsed && LINK_SCHEMES.has(parsed.protocol) && (!web || hostOk)) return undefined
  return `${quoted(url)} cannot be linked to: use https://…, mailto:…, tel:… or a path such as /events/…`
}

function linkProblem(url: unknown): string | undefined {
  if (typeof url !== 'string' || url === '') return undefined
  const problem = linkAddressProblem(url)
  return problem && `has a link that cannot be used: ${problem}`
}

/** The shape the admin's Lexical editor saves: a root node with children, links with safe addresses. */
export function richTextProblem(value: unknown): string | undefined {
  const shape = 'must be rich text (a Lexical document with a root node), not'
  if (!isRecord(value) || !isRecord(value.root)) return `${shape} ${quoted(value)}`
  if (value.root.type !== 'root' || !Array.isArray(value.root.children)) return `${shape} a root without children`
  if (JSON.stringify(value).length > MAX_RICH_TEXT_CHARS) return `is larger than ${MAX_RICH_TEXT_CHARS / 1000} KB`
  let nodes = 0
  const visit = (node: unknown, depth: number): string | undefined => {
    nodes += 1
    if (nodes > MAX_RICH_TEXT_NODES) return `has more than ${MAX_RICH_TEXT_NODES} parts`
    if (depth > MAX_RICH_TEXT_DEPTH) return `nests deeper than ${MAX_RICH_TEXT_DEPTH} levels`
    if (!isRecord(node) || typeof node.type !== 'string') return 'has a part that is not a rich-text node'
    if (!RICH_TEXT_NODES.has(node.type))
      return `has a part of the kind ${quoted(node.type)}, which the editor does not make (${[...RICH_TEXT_NODES].join(', ')})`
    if (typeof node.text === 'string') {
      const character = characterProblem(node.text)
      if (character) return character
    }
    if (node.type === 'link' || node.type === 'autolink') {
      const fields = isRecord(node.fields) ? node.fields : {}
      const problem = fields.linkType === 'internal' ? undefined : linkProblem(fields.url ?? node.url)
      if (problem) return problem
    }
    if (node.children === undefined) return undefined
    if (!Array.isArray(node.children)) return 'has a node whose children are not a list'
    for (const child of node.children) {
      const problem = visit(child, depth + 1)
      if (problem) return problem
    }
    return undefined
  }
  return visit(value.root, 0)
}

function optionValues(field: FlattenedField): string[] {
  if (field.type !== 'select' && field.type !== 'radio') return []
  return field.options.map((o) => (typeof o === 'string' ? o : o.value))
}

function choiceProblem(field: FlattenedField, value: unknown): string | undefined {
  const options = optionValues(field)
  if (typeof value === 'string' && options.includes(value)) return undefined
  const format = (field.custom as { format?: FieldFormat } | undefined)?.format
  if (field.name.endsWith('_tz')) return `${quoted(value)} is not a time zone from the list (e.g. Europe/Berlin)`
  if (format === 'country') return `${quoted(value)} is not an ISO 3166 country code from the list (e.g. KZ)`
  const some = options.slice(0, 5).join(', ')
  return `${quoted(value)} is not one of the choices (${some}${options.length > 5 ? '…' : ''})`
}

/** Text that feeds, calendars and sitemaps could not carry. */
function characterProblem(text: string): string | undefined {
  const found = forbiddenCharacter(text)
  return found && `holds a control character (${found}) that no feed or calendar can carry: remove it`
}

function textProblem(field: FlattenedField, value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be text, not ${quoted(value)}`
  const character = characterProblem(value)
  if (character) return character
  const type = field.type as keyof typeof DEFAULT_MAX_LENGTH
  const max = ('maxLength' in field && field.maxLength) || DEFAULT_MAX_LENGTH[type] || DEFAULT_MAX_LENGTH.text
  if (value.length > max) return `is ${value.length} characters long; the limit is ${max}`
  const format = (field.custom as { format?: FieldFormat } | undefined)?.format
  if (format === 'url' && value !== '' && !isWebAddress(value))
    return `${quoted(value)} is not a web address: it must start with https:// or http://`
  return undefined
}

/** "2027-02-30": a day the month does not have, which Date would silently roll over into March. */
function impossibleDay(value: string): boolean {
  const parts = /^(\d{4,6})-(\d{2})-(\d{2})/.exec(value.trim())
  if (!parts) return false
  const [year, month, day] = parts.slice(1).map(Number)
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return month < 1 || month > 12 || day < 1 || day > last
}

function dateProblem(value: unknown): string | undefined {
  const time = typeof value === 'string' || value instanceof Date ? new Date(value).getTime() : NaN
  if (Number.isNaN(time) || (typeof value === 'string' && impossibleDay(value)))
    return `${quoted(value)} is not a date (use ISO 8601, e.g. 2026-06-25T10:00:00.000Z)`
  const year = new Date(time).getUTCFullYear()
  if (year < DATE_YEARS.min || year > DATE_YEARS.max)
    return `${quoted(value)} is not a date between the years ${DATE_YEARS.min} and ${DATE_YEARS.max}`
  return undefined
}

/** The problem of one value of a field that stores it directly, or undefined. */
function valueProblem(field: FlattenedField, value: unknown): string | undefined {
  switch (field.type) {
    case 'select':
    case 'radio':
      if (field.type === 'select' && field.hasMany) {
        if (!Array.isArray(value)) return `must be a list of choices, not ${quoted(value)}`
        for (const item of value) {
          const problem = choiceProblem(field, item)
          if (problem) return problem
        }
        return undefined
      }
      return choiceProblem(field, value)
    case 'text':
      if (field.hasMany) {
        if (!Array.isArray(value)) return `must be a list of texts, not ${quoted(value)}`
        return value.map((item) => textProblem(field, item)).find(Boolean)
      }
      return textProblem(field, value)
    case 'textarea':
    case 'email':
    case 'code':
      return textProblem(field, value)
    case 'date':
      return dateProblem(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : `${quoted(value)} is not a number`
    case 'checkbox':
      return typeof value === 'boolean' ? undefined : `${quoted(value)} is not true or false`
    case 'richText':
      return richTextProblem(value)
    case 'json':
      return JSON.stringify(value).length > MAX_JSON_CHARS ? `is larger than ${MAX_JSON_CHARS / 1000} KB` : undefined
    default:
      return undefined
  }
}

type Options = { locales: readonly string[]; allLocales: boolean }

/** Every problem in `data` (a create or an update: only the fields it holds are checked). */
export function fieldProblems(fields: FlattenedField[], data: unknown, options: Options, prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (!isRecord(data)) return prefix ? [{ path: prefix, message: `must be a set of fields, not ${quoted(data)}` }] : []
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data) || field.name === 'id') continue
    // A virtual field is never stored: what a read filled in is not a value to check.
    if ('virtual' in field && field.virtual) continue
    const path = prefix ? `${prefix}.${field.name}` : field.name
    const raw = data[field.name]
    // With ?locale=all a localized field arrives as one value per language.
    const values =
      field.localized && options.allLocales && isRecord(raw)
        ? Object.entries(raw)
            .filter(([locale]) => options.locales.includes(locale))
            .map(([, v]) => v)
        : [raw]
    for (const value of values) {
      if (value === null || value === undefined) continue
      if (field.type === 'group' || field.type === 'tab') {
        problems.push(...fieldProblems(field.flattenedFields, value, options, path))
      } else if (field.type === 'array') {
        if (!Array.isArray(value)) problems.push({ path, message: `must be a list, not ${quoted(value)}` })
        else
          value.forEach((row, i) =>
            problems.push(...fieldProblems(field.flattenedFields, row, options, `${path}.${i}`)),
          )
      } else {
        const message = valueProblem(field, value)
        if (message) problems.push({ path, message })
      }
    }
  }
  return problems
}
