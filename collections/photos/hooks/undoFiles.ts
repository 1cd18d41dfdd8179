import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionBeforeChangeHook } from 'payload'

import { onRollback } from '@/db/transactions'

type FileData = { filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> }

/**
 * Payload writes an upload's files before it writes the row; if the write then fails, the files it wrote for
 * this request are removed again, so media/ holds only files of saved photos.
 */
export const undoFilesOnRollback =
  (staticDir: string): CollectionBeforeChangeHook =>
  async ({ data, req }) => {
    if (!req.file) return data
    const file = data as FileData
    const names = [file.filename, ...Object.values(file.sizes ?? {}).map((s) => s?.filename)].filter((n): n is string =>
      Boolean(n),
    )
    // Files that exist already belong to a saved photo (an update that keeps its name): never removed here.
    const fresh: string[] = []
    for (const name of names) {
      const target = path.resolve(staticDir, name)
      const exists = await fs.stat(target).then(
        () => true,
        () => false,
      )
      if (!exists) fresh.push(target)
    }
    await onRollback(req, async () => {
      await Promise.all(fresh.map((f) => fs.rm(f, { force: true })))
    })
    return data
  }
