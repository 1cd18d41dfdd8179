import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionConfig } from 'payload'

type Upload = Exclude<NonNullable<CollectionConfig['upload']>, boolean>

type Handler = NonNullable<Upload['handlers']>[number]

/** A file that is not in the media folder is a 404, like any other missing thing (Payload answers 500). */
export const missingFileIsNotFound = (staticDir: string): Handler =>
  (async (_req: unknown, { params }: { params: { filename: string } }) => {
    const dir = path.resolve(staticDir)
    const file = path.resolve(dir, params.filename)
    const inside = file.startsWith(dir + path.sep)
    const exists =
      inside &&
      (await fs.stat(file).then(
        (s) => s.isFile(),
        () => false,
      ))
    if (exists) return undefined
    return Response.json(
      { errors: [{ message: `There is no photo file "${params.filename.slice(0, 100)}".` }] },
      { status: 404 },
    )
  }) as Handler

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
