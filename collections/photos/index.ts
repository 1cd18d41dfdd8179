import type { CollectionConfig } from 'payload'

import { photoAccess } from '@/access'
import { authorshipFields } from '@/fields/authorship'
import { TEXT_LENGTHS } from '@/fields/common'
import { photosAffected } from '@/cache/affected'
import { revalidateOnChange } from '@/cache/revalidate'
import { config } from '@/config'
import { IMAGE_SIZES, PHOTO_MIME_TYPES } from '@/lib/photos/image-sizes'

import { checkPixels } from './hooks/checkPixels'
import { nameFile } from './hooks/fileName'
import { limitFileSize } from './hooks/limitFileSize'
import { fileHeaders, serveFile } from './hooks/serveFile'
import { stampCredit } from './hooks/stampCredit'
import { undoFilesOnRollback } from './hooks/undoFiles'

const { mediaDir } = config()
const revalidate = revalidateOnChange(photosAffected)

export const Photos: CollectionConfig = {
  slug: 'photos',
  admin: {
    useAsTitle: 'alt',
    group: 'Media',
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
  },
  access: photoAccess,
  hooks: {
    beforeOperation: [limitFileSize, checkPixels, nameFile],
    beforeChange: [undoFilesOnRollback(mediaDir)],
    ...revalidate,
    afterChange: [stampCredit(mediaDir), ...revalidate.afterChange],
  },
  upload: {
    staticDir: mediaDir,
    handlers: [serveFile(mediaDir)],
    modifyResponseHeaders: fileHeaders,
    mimeTypes: [...PHOTO_MIME_TYPES],
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    // Sharing cards need the full 1200×630 even from a small photo; the other sizes never upscale.
    imageSizes: Object.entries(IMAGE_SIZES).map(([name, size]) => ({
      name,
      ...size,
      withoutEnlargement: name !== 'og',
    })),
  },
  fields: [
    {
      name: 'alt',
      label: 'Alt text',
      type: 'text',
      required: true,
      localized: true,
      maxLength: TEXT_LENGTHS.alt,
      admin: { description: 'What the photo shows, for people who cannot see it.' },
    },
    { name: 'caption', type: 'textarea', localized: true, maxLength: TEXT_LENGTHS.caption },
    {
      name: 'credit',
      type: 'text',
      required: true,
      maxLength: TEXT_LENGTHS.credit,
      admin: { description: 'The photographer or rights holder, shown as "Credits: …" wherever the photo appears.' },
    },
    ...authorshipFields(),
  ],
}
