import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { MAX_PHOTO_PIXELS } from '@/lib/photos/image-sizes'

import { imageHeader } from './imageHeader'

/**
 * A small file can hold a huge image (a "decompression bomb"): its size is read from the header, without
 * decoding it, and a photo over MAX_PHOTO_PIXELS is refused before anything is decoded or written.
 */
export const checkPixels: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  const input = file.tempFilePath || file.data
  if (!input || (Buffer.isBuffer(input) && input.length === 0)) {
    throw new APIError('The file is empty.', 400, null, true)
  }
  const meta = await imageHeader(file)
  if (!meta?.width || !meta.height) return args // not an image: Payload's type check answers
  const pixels = meta.width * meta.height * (meta.pages ?? 1)
  if (pixels > MAX_PHOTO_PIXELS) {
    const mp = (n: number) => `${Math.round(n / 1_000_000)} megapixels`
    throw new APIError(
      `The photo is ${meta.width} × ${meta.height} pixels (${mp(pixels)}); the limit is ${mp(MAX_PHOTO_PIXELS)}. Export it smaller and upload again.`,
      413,
      null,
      true,
    )
  }
  return args
}
