import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { apiClient } from './http'

/** A folder of its own for a test file's import files, named in the environment before Payload reads it. */
export function importsFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eunic-imports-'))
  process.env.IMPORTS_DIR = dir
  return dir
}

export type ReportItem = {
  source: string
  label: string
  outcome: string
  event?: number
  fields?: Record<string, string>
  warnings: string[]
  suggestions: Array<{ collection: string; name: string }>
  photos: Array<{ caption?: string; credit?: string; outcome: string; photo?: number; reason?: string }>
}
export type Report = {
  id: number
  status: string
  progress: { done: number; total: number }
  items: ReportItem[]
  error?: string
}

/**
 * Sends an import over REST, runs the jobs rounds as the ticker would until it has finished, and answers the
 * import as GET /api/imports/:id has it.
 */
export async function imported(
  api: ReturnType<typeof apiClient>,
  runRound: () => Promise<unknown>,
  token: string,
  send: { json?: unknown; form?: FormData },
): Promise<Report> {
  const res = await api.rest('POST', '/api/imports', { token, ...send })
  if (res.status !== 201) throw new Error(`POST /api/imports answered ${res.status}: ${JSON.stringify(res.body)}`)
  for (let round = 0; round < 100; round++) {
    await runRound()
    const got = await api.rest('GET', `/api/imports/${res.body.doc.id}`, { token })
    if (got.status !== 200) throw new Error(`GET /api/imports answered ${got.status}`)
    if (got.body.status === 'done' || got.body.status === 'failed') return got.body as Report
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error('The import did not finish.')
}

/** Files as a multipart form's `file` fields. */
export function filesForm(files: Array<[string, string | Buffer]>): FormData {
  const data = new FormData()
  for (const [name, content] of files)
    data.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name)
  return data
}
