import type { PayloadRequest } from 'payload'
import sharp, { type Metadata } from 'sharp'

type UploadedFile = NonNullable<PayloadRequest['file']>

const read = new WeakMap<UploadedFile, Promise<Metadata | undefined>>()

/**
 * What an uploaded file's header says (format, width, height, pages), read without decoding it, once per upload
 * for the hooks that look at it; undefined when it is not an image sharp can read.
 */
export function imageHeader(file: UploadedFile): Promise<Metadata | undefined> {
  let header = read.get(file)
  if (!header) {
    header = Promise.resolve()
      .then(() => sharp(file.tempFilePath || file.data, { limitInputPixels: false }).metadata())
      .catch(() => undefined)
    read.set(file, header)
  }
  return header
}
