import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionAfterChangeHook } from 'payload'
import sharp from 'sharp'

import { LOCALES } from '@/lib/i18n/locales'
import { photoXmp } from '@/lib/photos/photo-metadata'
import { pngXmpAsItxt } from '@/lib/photos/png-xmp'

type Stored = { filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> }

const inLanguages = (value: unknown) =>
  LOCALES.flatMap((lang) => {
    const text = typeof value === 'object' && value ? (value as Record<string, unknown>)[lang] : undefined
    return typeof text === 'string' && text.trim() ? [{ lang, text: text.trim() }] : []
  })

/** Writes the metadata into one file unless it says so already; the file is replaced whole, never half-written. */
async function stamp(file: string, xmp: string, credit: string, description?: string) {
  const input = await fs.readFile(file).catch(() => null)
  if (!input) return
  const current = (await sharp(input).metadata()).xmp?.toString('utf8')
  if (current === xmp) return
  const { data, info } = await sharp(input, { limitInputPixels: false })
    .keepMetadata()
    .withExifMerge({ IFD0: { Artist: credit, ...(description ? { ImageDescription: description } : {}) } })
    .withXmp(xmp)
    .toBuffer({ resolveWithObject: true })
  const output = info.format === 'png' ? pngXmpAsItxt(data) : data
  const temporary = `${file}.${process.pid}.tmp`
  await fs.writeFile(temporary, output)
  await fs.rename(temporary, file)
}

/**
 * Photo credits travel with the files: the original and every named size carry the credit, caption and alt text
 * in their XMP (IPTC Core) and EXIF metadata, so a downloaded file still says who took it.
 */
export const stampCredit =
  (staticDir: string): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const stored = doc as Stored & { id: number | string; credit?: string }
    if (!stored.filename || !stored.credit) return doc
    const texts = await req.payload.findByID({
      collection: 'photos',
      id: stored.id,
      locale: 'all',
      depth: 0,
      select: { caption: true, alt: true },
      overrideAccess: true,
      req,
    })
    const captions = inLanguages(texts.caption)
    const xmp = photoXmp({ credit: stored.credit, captions, alts: inLanguages(texts.alt) })
    const names = [stored.filename, ...Object.values(stored.sizes ?? {}).map((s) => s?.filename)]
    for (const name of new Set(names)) {
      if (name) await stamp(path.resolve(staticDir, name), xmp, stored.credit, captions[0]?.text)
    }
    return doc
  }
