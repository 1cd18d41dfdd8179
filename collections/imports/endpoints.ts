import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import Busboy from 'busboy'
import { commitTransaction, type Endpoint, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { clustersOf, roleOf } from '@/access'
import { config } from '@/config'
import {
  ACCEPTED,
  fileInput,
  IMPORT_LIMITS,
  type ImportInput,
  InputRefused,
  megabytes,
  urlInput as checkedUrl,
} from '@/import/inputs'
import type { Suggestion } from '@/import/find/network'
import { IMPORT_TASK } from '@/import/run'
import { requestJobsRound } from '@/jobs/ticker'
import { refusal } from '@/api/errors'

const urlInput = (value: unknown) => checkedUrl(value, config().imports.allowPrivateAddresses)

async function textInput(folder: string, value: unknown): Promise<ImportInput> {
  if (typeof value !== 'string' || !value.trim()) throw new InputRefused(400, 'The text is empty.', 'text')
  if (Buffer.byteLength(value) > IMPORT_LIMITS.pageBytes)
    throw new InputRefused(413, `The text is longer than ${megabytes(IMPORT_LIMITS.pageBytes)}.`, 'text')
  await mkdir(folder, { recursive: true })
  const file = path.join(folder, 'pasted.txt')
  await writeFile(file, value)
  return { kind: 'text', name: 'Pasted text', file }
}

const safeName = (name: string) =>
  path
    .basename(name)
    .replace(/[^\w.-]+/g, '-')
    .slice(-100) || 'file'

/**
 * A multipart form streamed to the import's folder: each `file` within the largest limit as it arrives, then
 * checked against its own kind's limit; `url` and `text` fields as JSON's. Nothing is held in memory whole.
 */
async function formInputs(req: PayloadRequest, folder: string): Promise<ImportInput[]> {
  if (!req.body) throw new InputRefused(400, 'The form is empty.')
  await mkdir(folder, { recursive: true })
  const written: Array<{ name: string; file: string }> = []
  const waits: Array<Promise<void>> = []
  const fields: Array<[string, string]> = []
  let files = 0
  const busboy = Busboy({
    headers: { 'content-type': req.headers.get('content-type') ?? '' },
    limits: { fileSize: IMPORT_LIMITS.exportBytes, files: IMPORT_LIMITS.files, fieldSize: IMPORT_LIMITS.pageBytes },
  })
  let refusal: InputRefused | undefined
  busboy.on('file', (field, stream, info) => {
    if (field !== 'file') {
      refusal ??= new InputRefused(400, `Send files in the field "file", not "${field}".`, field)
      stream.resume()
      return
    }
    const name = info.filename || `file-${files + 1}`
    const file = path.join(folder, `${++files}-${safeName(name)}`)
    stream.on('limit', () => {
      refusal ??= new InputRefused(413, `“${name}” is larger than ${megabytes(IMPORT_LIMITS.exportBytes)}.`, 'file')
    })
    waits.push(
      pipeline(stream, createWriteStream(file)).then(() => {
        written.push({ name, file })
      }),
    )
  })
  busboy.on('field', (name, value) => fields.push([name, value]))
  busboy.on('filesLimit', () => {
    refusal ??= new InputRefused(413, `At most ${IMPORT_LIMITS.files} files can be imported at once.`, 'file')
  })
  try {
    await pipeline(Readable.fromWeb(req.body as never), busboy)
  } catch (error) {
    throw new InputRefused(400, `The form could not be read: ${(error as Error).message}`)
  }
  await Promise.all(waits)
  if (refusal) throw refusal
  const inputs: ImportInput[] = []
  for (const { name, file } of written) inputs.push(await fileInput(file, name))
  for (const [name, value] of fields) {
    if (name === 'url' && value.trim()) inputs.push(urlInput(value))
    else if (name === 'text' && value.trim()) inputs.push(await textInput(folder, value))
  }
  return inputs
}

async function jsonInputs(req: PayloadRequest, folder: string): Promise<ImportInput[]> {
  let data: unknown
  try {
    data = await req.json?.()
  } catch {
    throw new InputRefused(400, 'The request body is not JSON.')
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new InputRefused(400, 'Send { "url": "…" } or { "text": "…" }, or files as a multipart form.')
  const { url, text } = data as { url?: unknown; text?: unknown }
  const inputs: ImportInput[] = []
  if (url !== undefined) inputs.push(urlInput(url))
  if (text !== undefined) inputs.push(await textInput(folder, text))
  return inputs
}

const labelOf = (inputs: ImportInput[]) =>
  inputs.length === 1 ? inputs[0].name : `${inputs[0].name} and ${inputs.length - 1} more`

/**
 * POST /api/imports: files (multipart, field `file`, one or more), or `{ "url": … }`, or `{ "text": … }`. Answers
 * 201 with the import (`doc.id`) at once; the import runs in the jobs queue, and GET /api/imports/:id tells its
 * progress and, when done, its report. Anyone signed in who may write events may import: contributors into their
 * own clusters (their drafts are kept there).
 */
export const createImport: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refusal(401, 'Sign in to import.')
    const role = roleOf(req)
    if (!role || (role === 'contributor' && clustersOf(req).length === 0))
      return refusal(403, 'Your account may not write events: ask an editor to add you to a cluster.')
    const folder = path.join(config().imports.dir, randomUUID())
    try {
      const type = req.headers.get('content-type') ?? ''
      const inputs = /multipart\/form-data/i.test(type)
        ? await formInputs(req, folder)
        : /json/i.test(type)
          ? await jsonInputs(req, folder)
          : (() => {
              throw new InputRefused(415, 'Send files as multipart/form-data, or { "url" } or { "text" } as JSON.')
            })()
      if (!inputs.length) throw new InputRefused(400, `Nothing to import: send ${ACCEPTED}, an address or text.`)
      const doc = await req.payload.create({
        collection: 'imports',
        data: { label: labelOf(inputs), status: 'queued', startedBy: req.user.id, inputs },
        overrideAccess: true,
        depth: 0,
        req,
      })
      await req.payload.jobs.queue({ task: IMPORT_TASK, input: { importId: String(doc.id) }, req })
      requestJobsRound()
      const { inputs: _inputs, ...shown } = doc
      return Response.json({ doc: shown, message: 'The import is queued.' }, { status: 201 })
    } catch (error) {
      await rm(folder, { recursive: true, force: true })
      if (error instanceof InputRefused) return refusal(error.status, error.message, error.field)
      throw error
    }
  },
}

/** The event field a suggestion's record is linked in. */
const LINK_FIELD = { tags: 'tags', clusters: 'clusters', institutes: 'hostInstitutes', partners: 'partners' } as const

/**
 * POST /api/imports/:id/suggestions { item, collection, name }: creates a suggested tag, cluster, institute or
 * partner with the rights of whoever asks (editors and admins) and links it in that item's draft, in one
 * transaction; the report remembers it was created.
 */
export const createSuggestion: Endpoint = {
  path: '/:id/suggestions',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refusal(401, 'Sign in to create what an import suggests.')
    let body: { item?: unknown; collection?: unknown; name?: unknown }
    try {
      body = ((await req.json?.()) ?? {}) as typeof body
    } catch {
      return refusal(400, 'The request body is not JSON.')
    }
    const record = await req.payload.findByID({
      collection: 'imports',
      id: String(req.routeParams?.id),
      depth: 0,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
    })
    if (!record) return refusal(404, 'There is no such import, or it is not yours to read.')
    const row =
      typeof body.item === 'number'
        ? (
            await req.payload.find({
              collection: 'import-items',
              where: { and: [{ import: { equals: record.id } }, { position: { equals: body.item } }] },
              depth: 0,
              limit: 1,
              overrideAccess: true,
              req,
            })
          ).docs[0]
        : undefined
    const suggestions = (row?.suggestions ?? []) as Suggestion[]
    const suggestion = suggestions.find((s) => s.collection === body.collection && s.name === body.name)
    const event = row?.event !== null && typeof row?.event === 'object' ? row.event.id : row?.event
    if (!row || !suggestion) return refusal(404, 'The import suggested no such name for that item.')
    if (suggestion.created !== undefined) return refusal(409, `“${suggestion.name}” was already created.`)
    if (suggestion.collection === 'clusters' && !suggestion.country)
      return refusal(400, `Which country is “${suggestion.name}” in? Create it in the clusters' form.`, 'country')
    const data: Record<string, unknown> = { name: suggestion.name }
    if (suggestion.collection === 'clusters') data.country = suggestion.country
    if (suggestion.collection === 'partners') data.kind = 'other'
    const shouldCommit = await initTransaction(req)
    try {
      const created = await req.payload.create({
        collection: suggestion.collection,
        data: data as never,
        user: req.user,
        overrideAccess: false,
        depth: 0,
        req,
      })
      if (event !== undefined && event !== null) {
        const field = LINK_FIELD[suggestion.collection]
        const draft = (await req.payload.findByID({
          collection: 'events',
          id: event,
          draft: true,
          depth: 0,
          req,
          overrideAccess: true,
        })) as unknown as Record<string, unknown>
        const linked = Array.isArray(draft[field]) ? (draft[field] as Array<number | string>) : []
        await req.payload.update({
          collection: 'events',
          id: event,
          draft: true,
          data: { [field]: [...linked, created.id] },
          user: req.user,
          overrideAccess: false,
          req,
        })
      }
      suggestion.created = created.id
      await req.payload.update({
        collection: 'import-items',
        id: row.id,
        data: { suggestions },
        overrideAccess: true,
        depth: 0,
        req,
      })
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ doc: created, message: `“${suggestion.name}” was created and linked.` }, { status: 201 })
    } catch (error) {
      await killTransaction(req)
      const status = (error as { status?: number }).status
      if (status && status < 500) return refusal(status, (error as Error).message)
      throw error
    }
  },
}
