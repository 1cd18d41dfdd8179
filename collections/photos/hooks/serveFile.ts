import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { CollectionConfig, PayloadRequest } from 'payload'

import { IMAGE_SIZES } from '@/lib/photos/image-sizes'
import { photoVersion } from '@/lib/photos/photos'

type Upload = Exclude<NonNullable<CollectionConfig['upload']>, boolean>

type Handler = NonNullable<Upload['handlers']>[number]

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
}

/** A year: a fingerprinted address never changes its bytes (a new version of the photo gets a new address). */
const FINGERPRINTED = 'public, max-age=31536000, immutable'
/** Without the fingerprint, or with an old one, a cache asks again each time; the ETag makes that a 304. */
const UNVERSIONED = 'public, max-age=0, must-revalidate'

/** The photo a file belongs to (its original or one of its sizes). */
async function photoWithFile(req: PayloadRequest, filename: string) {
  const sizes = Object.keys(IMAGE_SIZES).map((name) => ({ [`sizes.${name}.filename`]: { equals: filename } }))
  return (await req.payload.db.findOne({
    collection: 'photos',
    where: { or: [{ filename: { equals: filename } }, ...sizes] },
    req,
  })) as { updatedAt?: string } | null
}

/**
 * Serves a photo's files: a file that is not in the media folder is a 404 (Payload answers 500); an existing one
 * goes out with a strong ETag (304 when the client has it) and, when its address carries the photo's current
 * version (`?v=`, added by the photo views in src/data), a year of immutable caching. Byte ranges are left to Payload.
 */
export const serveFile = (staticDir: string): Handler =>
  (async (req: Request, { doc, params }: { doc?: { updatedAt?: string }; params: { filename: string } }) => {
    const dir = path.resolve(staticDir)
    const file = path.resolve(dir, params.filename)
    const stats = file.startsWith(dir + path.sep) ? await fs.stat(file).catch(() => null) : null
    if (!stats?.isFile())
      return Response.json(
        { errors: [{ message: `There is no photo file "${params.filename.slice(0, 100)}".` }] },
        { status: 404 },
      )
    const type = TYPES[path.extname(file).toLowerCase()]
    if (!type || req.headers.get('range')) return undefined
    const etag = `"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}"`
    const asked = new URL(req.url, 'http://localhost').searchParams.get('v')
    const current = asked
      ? photoVersion(doc ?? (await photoWithFile(req as unknown as PayloadRequest, params.filename)))
      : ''
    const headers = fileHeaders({ headers: new Headers() }) as Headers
    headers.set('Content-Type', type)
    headers.set('ETag', etag)
    headers.set('Last-Modified', stats.mtime.toUTCString())
    headers.set('Cache-Control', current && asked === current ? FINGERPRINTED : UNVERSIONED)
    const known = req.headers.get('if-none-match')
    if (known && known.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag))
      return new Response(null, { status: 304, headers })
    headers.set('Content-Length', String(stats.size))
    const body = req.method === 'HEAD' ? null : (Readable.toWeb(createReadStream(file)) as ReadableStream)
    return new Response(body, { status: 200, headers })
  }) as unknown as Handler

/**
 * Uploaded files are served as what they are and nothing else: no MIME sniffing, shown inline, and a CSP that
 * lets a file that is opened directly run nothing.
 */
export const fileHeaders: NonNullable<Upload['modifyResponseHeaders']> = ({ headers }) => {
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Disposition', 'inline')
  headers.set('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
  return headers
}
