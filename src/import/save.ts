import { convertHTMLToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { parseHTML } from 'linkedom'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TypedUser,
} from 'payload'

import { clustersOf, roleOf } from '@/access'
import { publicState } from '@/hooks/publication'
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/locales'
import { slugify } from '@/lib/text/slugify'
import { wallTimeToUtc } from '@/lib/time/zoned-time'

import type { FoundPhoto } from './article'
import { type Draft, REPORTED_FIELDS } from './draft'
import type { Found } from './find/place'

/** A photo's file as the import could get it, or why it could not. */
export type PhotoFile = { photo: FoundPhoto; file?: { data: Buffer; name: string; mimetype: string }; problem?: string }

export type PhotoOutcome = {
  caption?: string
  credit?: string
  outcome: 'imported' | 'missing' | 'refused'
  photo?: number | string
  reason?: string
}
export type ItemOutcome = 'created' | 'updated' | 'skipped' | 'failed'
export type ItemReport = {
  source: string
  label: string
  outcome: ItemOutcome
  event?: number | string
  title?: string
  fields?: Partial<Record<(typeof REPORTED_FIELDS)[number], Found>>
  warnings: string[]
  suggestions: Draft['suggestions']
  photos: PhotoOutcome[]
}

/** Set on the request of an import's saves: only they write an event's `imported` facts. */
export const IMPORTING = 'importing'

type Id = number | string
type Editor = Parameters<typeof convertHTMLToLexical>[0]['editorConfig']

/** linkedom's document in the shape Payload's HTML converter asks of JSDOM. */
class HtmlDocument {
  window: { document: Document }
  constructor(html: string) {
    // A fragment parsed alone has no body to read nodes from: it is given a page around it.
    const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`
    this.window = { document: parseHTML(page).document }
  }
}

const editors = new WeakMap<Payload, Editor>()

/** The events body field's own editor configuration: the converter keeps what that editor can hold. */
function bodyEditor(payload: Payload): Editor {
  let editor = editors.get(payload)
  if (!editor) {
    const field = payload.collections.events.config.flattenedFields.find((f) => f.name === 'body')
    if (!field || field.type !== 'richText') throw new Error('The events collection has no rich-text body field.')
    editor = editorConfigFactory.fromField({ field })
    editors.set(payload, editor)
  }
  return editor
}

/** Ids as the generated types have them (numbers on SQL databases; the adapter takes what it stores). */
const ids = (records: Array<{ id: Id }>) => records.map((r) => r.id) as number[]

/** The draft's words in the fields of one language; other languages get only what they need. */
function eventData(payload: Payload, draft: Draft, photoIds: Id[], source: string, importId?: Id) {
  const unsure = REPORTED_FIELDS.filter((f) => draft.fields[f] !== 'found').map((f) => ({
    field: f,
    how: draft.fields[f],
  }))
  const body = draft.bodyHtml
    ? convertHTMLToLexical({ editorConfig: bodyEditor(payload), html: draft.bodyHtml, JSDOM: HtmlDocument })
    : undefined
  const zone = draft.timeZone as 'Europe/Brussels'
  return {
    title: draft.title,
    summary: draft.summary,
    ...(body ? { body } : {}),
    ...(draft.start
      ? {
          startDate: wallTimeToUtc(draft.start, draft.timeZone).toISOString(),
          endDate: wallTimeToUtc(draft.end ?? draft.start, draft.timeZone).toISOString(),
        }
      : {}),
    startDate_tz: zone,
    endDate_tz: zone,
    allDay: draft.allDay,
    venue: {
      name: draft.venue.name,
      address: draft.venue.address,
      city: draft.venue.city?.[draft.locale],
      country: draft.venue.country as 'KZ' | undefined,
    },
    onlineUrl: draft.onlineUrl,
    heroPhoto: ids(photoIds.slice(0, 1).map((id) => ({ id })))[0],
    gallery: ids(photoIds.slice(1).map((id) => ({ id }))),
    tags: ids(draft.tags),
    clusters: ids(draft.clusters),
    hostInstitutes: ids(draft.hostInstitutes),
    partners: ids(draft.partners),
    euCofunded: draft.euCofunded,
    imported: {
      source,
      ...(importId !== undefined ? { import: String(importId) } : {}),
      unsure,
      language: draft.locale,
    },
    _status: 'draft' as const,
  }
}

/**
 * A slug no other event has for a new draft: an old site often has several pages of one title (a yearly
 * meeting), so the title's slug, then with the event's year, then numbered.
 */
async function freeSlug(req: PayloadRequest, draft: Draft): Promise<string | undefined> {
  const base = slugify(draft.title)
  if (!base) return undefined
  const year = draft.start?.slice(0, 4)
  const candidates = [
    base,
    ...(year && !base.endsWith(year) ? [`${base}-${year}`] : []),
    ...Array.from({ length: 20 }, (_, i) => `${base}-${i + 2}`),
  ]
  for (const slug of candidates) {
    const taken = await req.payload.count({
      collection: 'events',
      where: { slug: { equals: slug } },
      overrideAccess: true,
      req,
    })
    if (taken.totalDocs === 0) return slug
  }
  return undefined
}

/** The hero photo and gallery of an event's newest draft, in order. */
async function photosOf(req: PayloadRequest, id: Id): Promise<Id[]> {
  const doc = (await req.payload.findByID({
    collection: 'events',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  })) as { heroPhoto?: Id | null; gallery?: Id[] | null }
  return [...(doc.heroPhoto ? [doc.heroPhoto] : []), ...(doc.gallery ?? [])]
}

/** The event an earlier import made of the same source, if any. */
async function earlier(req: PayloadRequest, source: string): Promise<Id | undefined> {
  const found = await req.payload.find({
    collection: 'events',
    where: { 'imported.source': { equals: source } },
    draft: true,
    depth: 0,
    limit: 1,
    select: {},
    overrideAccess: true,
    req,
  })
  return found.docs[0]?.id
}

/** A contributor's draft stays within its clusters: others are left out (with a warning), its own filled in. */
function withinClusters(draft: Draft, user: TypedUser | undefined, warnings: string[]) {
  if (!user || roleOf({ user }) !== 'contributor') return
  const own = new Set(clustersOf({ user }).map(String))
  const outside = draft.clusters.filter((c) => !own.has(String(c.id)))
  if (outside.length)
    warnings.push(`Left out, as they are not your clusters: ${outside.map((c) => c.name).join(', ')}.`)
  draft.clusters = draft.clusters.filter((c) => own.has(String(c.id)))
  if (!draft.clusters.length) draft.clusters = clustersOf({ user }).map((id) => ({ id, name: String(id), names: [] }))
}

/**
 * Saves one article's draft event and its photos in one transaction, as the person who started the import (their
 * rights apply; without one, the machine's operator through the command line): all of it or nothing. A second
 * import of the same source updates its draft while it is a draft, and leaves it alone once published.
 */
export async function saveDraft(
  payload: Payload,
  draft: Draft,
  files: PhotoFile[],
  { source, label, user, importId }: { source: string; label: string; user?: TypedUser; importId?: Id },
): Promise<ItemReport> {
  const warnings = [...draft.warnings]
  const report: ItemReport = {
    source,
    label,
    outcome: 'failed',
    title: draft.title,
    fields: draft.fields,
    warnings,
    suggestions: draft.suggestions,
    photos: [],
  }
  withinClusters(draft, user, warnings)
  const req = await createLocalReq({ user, context: { [IMPORTING]: true } }, payload)
  const asUser = { req, user, overrideAccess: !user }
  const existing = await earlier(req, source)
  if (existing !== undefined && (await publicState(req, 'events', existing))?.status === 'published') {
    return {
      ...report,
      outcome: 'skipped',
      event: existing,
      warnings: ['Already imported, and published since: left as it is.'],
    }
  }
  // A draft imported before keeps the photos it has (an editor may have sorted them): the same files again
  // would only be copies.
  const kept = existing !== undefined ? await photosOf(req, existing) : []
  if (kept.length)
    warnings.push('The draft keeps the photos it already has; the page’s photos were not imported again.')
  const shouldCommit = await initTransaction(req)
  try {
    const photoIds: Id[] = [...kept]
    for (const [index, { photo, file, problem }] of (kept.length ? [] : files).entries()) {
      const described = { caption: photo.caption, credit: photo.credit }
      const alt = photo.alt || photo.caption
      const why =
        problem ?? (!photo.credit ? 'it has no credit' : !alt ? 'it has neither alt text nor a caption' : undefined)
      if (why || !file) {
        const reason = why ?? 'no file'
        report.photos.push({ ...described, outcome: problem ? 'missing' : 'refused', reason })
        warnings.push(
          `Photo ${index + 1} not imported (${reason})${photo.caption ? `: “${photo.caption}”` : ''}${photo.credit ? `, credit ${photo.credit}` : ''}.`,
        )
        continue
      }
      const created = await payload.create({
        collection: 'photos',
        locale: draft.locale,
        data: { alt: alt!.slice(0, 300), caption: photo.caption, credit: photo.credit! },
        file: { data: file.data, name: file.name, mimetype: file.mimetype, size: file.data.length },
        ...asUser,
      })
      photoIds.push(created.id)
      report.photos.push({ ...described, outcome: 'imported', photo: created.id })
    }
    const data = eventData(payload, draft, photoIds, source, importId)
    const options = { collection: 'events' as const, locale: draft.locale, draft: true as const, depth: 0, ...asUser }
    const saved =
      existing !== undefined
        ? await payload.update({ ...options, id: existing, data })
        : await payload.create({ ...options, data: { ...data, slug: await freeSlug(req, draft) } })
    // The default language holds what the site requires (the title) until someone translates it.
    const others = LOCALES.filter((l) => l !== draft.locale)
    for (const locale of others) {
      const city = draft.venue.city?.[locale]
      const needsTitle = locale === DEFAULT_LOCALE
      if (!city && !needsTitle) continue
      await payload.update({
        ...options,
        locale,
        id: saved.id,
        data: { ...(needsTitle ? { title: draft.title } : {}), ...(city ? { venue: { city } } : {}) },
      })
    }
    if (shouldCommit) await commitTransaction(req)
    return { ...report, outcome: existing !== undefined ? 'updated' : 'created', event: saved.id }
  } catch (error) {
    await killTransaction(req)
    const message = (error as { data?: { errors?: Array<{ path?: string; message?: string }> } }).data?.errors
      ?.map((e) => `${e.path ? `${e.path}: ` : ''}${e.message}`)
      .join('; ')
    return {
      ...report,
      outcome: 'failed',
      event: undefined,
      photos: report.photos.map((p) =>
        p.outcome === 'imported'
          ? { ...p, outcome: 'refused', photo: undefined, reason: 'the draft was not saved' }
          : p,
      ),
      warnings: [...warnings, `Not saved: ${message || (error as Error).message}`],
    }
  }
}
