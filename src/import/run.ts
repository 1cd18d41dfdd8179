import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import type { Payload, TaskConfig, TypedUser } from 'payload'
import sharp from 'sharp'

import { config } from '@/config'
import { MAX_PHOTO_BYTES, type PHOTO_MIME_TYPES } from '@/lib/photos/image-sizes'
import { get, GetError } from '@/net/get'

import { type Article, type FoundPhoto, isSkipped, type Skipped } from './article'
import { draftOf, type SiteKnowledge } from './draft'
import { IMPORT_LIMITS, type ImportInput, KIND_NAMES, PRIVATE_HINT } from './inputs'
import { readCalendar } from './read/ics'
import { readHtml } from './read/html'
import { contentHash, readText } from './read/text'
import { articleOfItem, eachItem, surveyExport } from './read/wxr'
import { openSavedPage, pathInZip, type SavedPage } from './read/zip'
import { addToReport } from './report'
import { type ItemReport, type PhotoFile, saveDraft } from './save'
import { siteKnowledge } from './site'

export const IMPORT_TASK = 'runImport'

type Id = number | string
/** Gets a picture's file from where the page points, or says why it cannot. */
type Files = (src: string) => Promise<{ data: Buffer; name: string } | { problem: string }>

const USER_AGENT = 'events-cms-import/1'

/** GETs an address for an import, within the import's limits and address rules. */
export const fetchForImport = (address: string, maxBytes: number) =>
  get(address, {
    maxBytes,
    timeoutMs: IMPORT_LIMITS.fetchTimeoutMs,
    allowPrivate: config().imports.allowPrivateAddresses,
    hint: PRIVATE_HINT,
    userAgent: USER_AGENT,
  })

const fileName = (src: string) =>
  decodeURIComponent(src.split(/[?#]/)[0].split('/').pop() || 'photo').replace(/[^\w.-]+/g, '-') || 'photo'

/** Pictures at web addresses, relative ones against the page's own address. */
const fromWeb =
  (base?: string): Files =>
  async (src) => {
    let url: URL
    try {
      url = new URL(src, base)
    } catch {
      return { problem: `“${src}” is not an address, and no file of that name was imported` }
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return { problem: `the file was not imported with the page (“${src}”)` }
    try {
      const fetched = await fetchForImport(url.href, MAX_PHOTO_BYTES)
      return { data: fetched.body, name: fileName(url.pathname) }
    } catch (error) {
      return { problem: error instanceof GetError ? error.message : `could not get ${url.href}` }
    }
  }

/** Pictures of a page saved with its files: from the zip, else from the web. */
const fromZip =
  (zip: SavedPage, page: string, base?: string): Files =>
  async (src) => {
    const inside = pathInZip(page, src)
    if (inside && zip.names.includes(inside)) {
      try {
        return { data: await zip.read(inside, MAX_PHOTO_BYTES), name: fileName(inside) }
      } catch (error) {
        return { problem: (error as Error).message }
      }
    }
    if (inside && !base) return { problem: `“${inside}” is not in the zip` }
    return fromWeb(base)(src)
  }

const noFiles: Files = async () => ({ problem: 'the text names the photo but holds no file' })

const MIME: Record<string, (typeof PHOTO_MIME_TYPES)[number]> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heif: 'image/avif',
}

/** Each photo's file, checked to be an image this site takes; a photo without one says why. */
async function photoFiles(photos: FoundPhoto[], files: Files): Promise<PhotoFile[]> {
  const out: PhotoFile[] = []
  for (const photo of photos) {
    if (!photo.src) {
      const none = await files('')
      out.push({ photo, problem: 'problem' in none ? none.problem : 'no file' })
      continue
    }
    const got = await files(photo.src)
    if ('problem' in got) {
      out.push({ photo, problem: `file missing: ${got.problem}` })
      continue
    }
    const format = await sharp(got.data)
      .metadata()
      .then((m) => m.format)
      .catch(() => undefined)
    const mimetype = format ? MIME[format] : undefined
    if (!mimetype) {
      out.push({ photo, problem: `“${got.name}” is not an image this site takes (JPEG, PNG, WebP or AVIF)` })
      continue
    }
    out.push({ photo, file: { data: got.data, name: got.name, mimetype } })
  }
  return out
}

type Run = {
  payload: Payload
  importId?: Id
  user?: TypedUser
  site: SiteKnowledge
  /** How many items ended each way so far (the rows themselves are written as they end). */
  outcomes: Record<ItemReport['outcome'], number>
  report: (item: ItemReport) => Promise<void>
  progress: { done: number; total: number }
  changed: () => Promise<void>
}

async function importArticle(run: Run, item: Article | Skipped, files: Files) {
  let report: ItemReport
  if (isSkipped(item)) {
    report = {
      source: item.source,
      label: item.label,
      outcome: 'skipped',
      warnings: [item.reason],
      suggestions: [],
      photos: [],
    }
  } else {
    try {
      const draft = draftOf(item, run.site)
      report = await saveDraft(run.payload, draft, await photoFiles(item.photos, files), {
        source: item.source,
        label: item.label,
        user: run.user,
        importId: run.importId,
      })
    } catch (error) {
      run.payload.logger.error({ err: error }, `[import] ${item.label} failed`)
      report = {
        source: item.source,
        label: item.label,
        outcome: 'failed',
        warnings: [`Not imported: ${(error as Error).message}`],
        suggestions: [],
        photos: [],
      }
    }
  }
  await run.report(report)
  run.progress.done++
  await run.changed()
}

/** A page's own address where it states one (its canonical link), else the hash of its bytes. */
const pageSource = (article: Article, fallback: string) => (article.url ? article.url : fallback)

async function importInput(run: Run, input: ImportInput) {
  if (input.kind === 'url') {
    const fetched = await fetchForImport(input.url, IMPORT_LIMITS.pageBytes)
    if (/calendar/i.test(fetched.contentType) || /^\s*BEGIN:VCALENDAR/i.test(fetched.body.toString('utf8', 0, 64))) {
      const events = readCalendar(fetched.body.toString('utf8'), input.url)
      run.progress.total += events.length - 1
      for (const event of events) await importArticle(run, event, noFiles)
      return
    }
    const article = readHtml(fetched.body.toString('utf8'), { source: input.url, label: input.url, base: fetched.url })
    article.source = input.url
    return importArticle(run, article, fromWeb(fetched.url))
  }
  if (input.kind === 'wxr') {
    const { attachments, articles } = await surveyExport(input.file)
    run.progress.total += articles - 1
    return eachItem(input.file, async (item, channel) => {
      const article = articleOfItem(item, channel, attachments)
      if (article) await importArticle(run, article, fromWeb(isSkipped(article) ? undefined : article.url))
    })
  }
  if (input.kind === 'zip') {
    const zip = await openSavedPage(input.file, {
      files: IMPORT_LIMITS.zipFiles,
      unpackedBytes: IMPORT_LIMITS.unpackedBytes,
      fileBytes: IMPORT_LIMITS.exportBytes,
    })
    try {
      // The pages themselves, not the pages a browser saved among a page's files.
      const pages = zip.names.filter((n) => /\.x?html?$/i.test(n) && !/_files\//i.test(n))
      if (!pages.length) throw new Error('The zip holds no page (.html).')
      run.progress.total += pages.length - 1
      for (const page of pages) {
        const bytes = await zip.read(page, IMPORT_LIMITS.pageBytes)
        const article = readHtml(bytes.toString('utf8'), {
          source: contentHash(bytes),
          label: `${input.name}: ${page}`,
        })
        article.source = pageSource(article, article.source)
        await importArticle(run, article, fromZip(zip, page, article.url))
      }
    } finally {
      zip.close()
    }
    return
  }
  const bytes = await readFile(input.file)
  const content = bytes.toString('utf8')
  if (input.kind === 'ics') {
    const events = readCalendar(content, input.name)
    run.progress.total += events.length - 1
    for (const event of events) await importArticle(run, event, noFiles)
    return
  }
  if (input.kind === 'html') {
    const article = readHtml(content, { source: contentHash(bytes), label: input.name })
    article.source = pageSource(article, article.source)
    return importArticle(run, article, fromWeb(article.url))
  }
  return importArticle(run, readText(content, { label: input.name, source: contentHash(bytes) }), noFiles)
}

/** Whose rights the import's saves have: the account that started it, as Payload's own requests carry it. */
async function starter(payload: Payload, id: unknown): Promise<TypedUser | undefined> {
  if (id === null || id === undefined) return undefined
  const user = await payload.findByID({
    collection: 'users',
    id: typeof id === 'object' ? (id as { id: Id }).id : (id as Id),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!user) throw new Error('The account that started the import no longer exists.')
  return { ...user, collection: 'users' }
}

/** How often the report is written while an import runs. */
const WRITE_EVERY_MS = 1000

/**
 * Runs one import: reads each input, makes a draft of each article, post or calendar event (each in its own
 * transaction, so a failed one leaves nothing and the others go on), and keeps the report and the progress on the
 * import's record as it goes. Its files are removed once read. `onProgress` lets the command line draw a bar.
 */
export async function runImport(
  payload: Payload,
  asked: Id,
  { onProgress }: { onProgress?: (done: number, total: number) => void } = {},
) {
  const record = await payload.findByID({ collection: 'imports', id: asked, depth: 0, overrideAccess: true })
  // The id as the database has it (a queued job hands it over as text).
  const importId = record.id
  const inputs = (record.inputs ?? []) as ImportInput[]
  let written = 0
  let position = 0
  const write = (data: Record<string, unknown>) =>
    payload.update({ collection: 'imports', id: importId, data, depth: 0, overrideAccess: true })
  const run: Run = {
    payload,
    importId,
    user: undefined,
    site: undefined as unknown as SiteKnowledge,
    outcomes: { created: 0, updated: 0, skipped: 0, failed: 0 },
    report: async (item) => {
      run.outcomes[item.outcome]++
      await addToReport(payload, importId, position++, item)
    },
    progress: { done: 0, total: inputs.length },
    changed: async () => {
      onProgress?.(run.progress.done, run.progress.total)
      if (Date.now() - written < WRITE_EVERY_MS) return
      written = Date.now()
      await write({ progress: run.progress })
    },
  }
  await write({ status: 'running', progress: run.progress })
  try {
    run.user = await starter(payload, record.startedBy)
    run.site = await siteKnowledge(payload)
    for (const input of inputs) {
      try {
        await importInput(run, input)
      } catch (error) {
        // The input as a whole could not be read: what it gave so far stays, the next input goes on.
        const label = input.name
        await run.report({
          source: 'url' in input ? input.url : label,
          label,
          outcome: 'failed',
          warnings: [
            `${label} (${input.kind === 'url' ? 'an address' : KIND_NAMES[input.kind]}) could not be read: ${(error as Error).message}`,
          ],
          suggestions: [],
          photos: [],
        })
        run.progress.done++
      }
    }
    run.progress.done = Math.max(run.progress.done, run.progress.total)
    run.progress.total = run.progress.done
    const ended = Object.values(run.outcomes).reduce((a, b) => a + b, 0)
    const failedAll = ended > 0 && run.outcomes.failed === ended
    await write({
      status: failedAll ? 'failed' : 'done',
      progress: run.progress,
      finishedAt: new Date().toISOString(),
      ...(failedAll ? { error: 'Nothing could be imported: see each item for why.' } : {}),
    })
    onProgress?.(run.progress.done, run.progress.total)
  } catch (error) {
    await write({
      status: 'failed',
      error: (error as Error).message,
      finishedAt: new Date().toISOString(),
    })
  } finally {
    await removeFiles(inputs)
  }
  return payload.findByID({ collection: 'imports', id: importId, depth: 0, overrideAccess: true })
}

/** Removes the folders an import's files waited in (only ever inside IMPORTS_DIR). */
async function removeFiles(inputs: ImportInput[]) {
  const root = config().imports.dir
  const folders = new Set(inputs.flatMap((input) => ('file' in input ? [path.dirname(input.file)] : [])))
  for (const folder of folders) {
    if (path.relative(root, folder).startsWith('..') || path.resolve(folder) === root) continue
    await rm(folder, { recursive: true, force: true })
  }
}

/** The queued task that runs an import (retried never: a second run would find the same failure). */
export const importTask = {
  slug: IMPORT_TASK,
  label: 'Import',
  inputSchema: [{ name: 'importId', type: 'text', required: true }],
  retries: 0,
  handler: async ({ input, req }: { input: { importId: string }; req: { payload: Payload } }) => {
    await runImport(req.payload, input.importId)
    return { output: {} }
  },
} as unknown as TaskConfig<'runImport'>
