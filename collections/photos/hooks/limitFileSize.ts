import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { megabytes } from '@/lib/text/sizes'
import { MAX_PHOTO_BYTES } from '@/lib/photos/image-sizes'

/** HTTP uploads are cut off by the multipart limit in the config; this covers the Local API too. */
export const limitFileSize: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const size = req.file?.size
  if ((operation === 'create' || operation === 'update') && size && size > MAX_PHOTO_BYTES) {
    throw new APIError(
      `The photo is ${megabytes(size)}; the limit is ${megabytes(MAX_PHOTO_BYTES)}. Export it smaller and upload again.`,
      413,
      null,
      true,
    )
  }
  return args
}
