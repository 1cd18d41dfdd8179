import path from 'node:path/posix'
import type { Readable } from 'node:stream'

import yauzl from 'yauzl'

/** What a zip is refused for, said in words. */
export class ZipError extends Error {}

export type ZipLimits = { files: number; unpackedBytes: number; fileBytes: number }

/** A zip's files by their path inside it, each read only when asked for and within its limit. */
export type SavedPage = {
  names: string[]
  read: (name: string, maxBytes: number) => Promise<Buffer>
  close: () => void
}

const S_IFMT = 0o170000
const S_IFLNK = 0o120000

const openZip = (file: string) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zip) =>
      error ? reject(new ZipError(`The file is not a zip that can be read: ${error.message}`)) : resolve(zip),
    ),
  )

/**
 * Opens a page saved "complete" as a zip (the page and a folder of its files) and checks every entry before any
 * is read: how many there are, what they unpack to in all (a zip bomb declares little and unpacks a lot; yauzl
 * also stops an entry that unpacks to more than it declared), no path that climbs out of the zip or starts at the
 * root, no links. Nothing is written to disk: entries are read into memory on demand, each within its limit.
 */
export async function openSavedPage(file: string, limits: ZipLimits): Promise<SavedPage> {
  const zip = await openZip(file)
  const entries = new Map<string, yauzl.Entry>()
  let unpacked = 0
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (error: Error) => {
        // yauzl checks each name itself before handing the entry over.
        const path = /^(?:invalid relative path|absolute path): (.*)$/.exec(error.message)?.[1]
        reject(
          new ZipError(
            path !== undefined
              ? `The zip holds a path that leads out of it: "${path}".`
              : `The zip cannot be read: ${error.message}`,
          ),
        )
      })
      zip.on('end', () => resolve())
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName
        if (name.startsWith('/') || /^[a-z]:/i.test(name) || name.split('/').includes('..'))
          return reject(new ZipError(`The zip holds a path that leads out of it: "${name}".`))
        if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK)
          return reject(new ZipError(`The zip holds a link, which is not accepted: "${name}".`))
        if (entries.size + 1 > limits.files)
          return reject(new ZipError(`The zip holds more than ${limits.files} files.`))
        unpacked += entry.uncompressedSize
        if (unpacked > limits.unpackedBytes)
          return reject(
            new ZipError(`The zip unpacks to more than ${Math.round(limits.unpackedBytes / 1024 / 1024)} MB.`),
          )
        if (!name.endsWith('/')) entries.set(path.normalize(name), entry)
        zip.readEntry()
      })
      zip.readEntry()
    })
  } catch (error) {
    zip.close()
    throw error instanceof ZipError ? error : new ZipError(`The zip cannot be read: ${(error as Error).message}`)
  }
  const read = async (name: string, maxBytes: number) => {
    const entry = entries.get(path.normalize(name))
    if (!entry) throw new ZipError(`"${name}" is not in the zip.`)
    const most = Math.min(maxBytes, limits.fileBytes)
    if (entry.uncompressedSize > most)
      throw new ZipError(`"${name}" is ${Math.round(entry.uncompressedSize / 1024 / 1024)} MB, more than allowed.`)
    const stream = await new Promise<Readable>((resolve, reject) =>
      zip.openReadStream(entry, (error, s) => (error ? reject(new ZipError(error.message)) : resolve(s))),
    )
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of stream) {
      size += (chunk as Buffer).length
      if (size > most) {
        stream.destroy()
        throw new ZipError(`"${name}" unpacks to more than allowed.`)
      }
      chunks.push(chunk as Buffer)
    }
    return Buffer.concat(chunks)
  }
  return { names: [...entries.keys()], read, close: () => zip.close() }
}

/** The path inside a zip that a page's picture address points to ("Page_files/photo.jpg"), or undefined. */
export function pathInZip(page: string, src: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return undefined
  let decoded = src.split(/[?#]/)[0]
  try {
    decoded = decodeURIComponent(decoded)
  } catch {
    // Kept as written: a name with a stray % is still a name.
  }
  const joined = path.normalize(path.join(path.dirname(page), decoded))
  return joined.startsWith('..') ? undefined : joined.replace(/^\.\//, '')
}
