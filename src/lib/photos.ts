import type { Photo } from '@/payload-types'

import type { ImageSizeName } from './image-sizes'

/** The photo document of an upload field, or null when it is empty or not populated. */
export const photoOf = (value: Photo | number | string | null | undefined): Photo | null =>
  value && typeof value === 'object' ? value : null

/** The (site-relative) URL of a photo in a named size, the original when that size was not made. */
export const photoUrl = (photo: Photo, size: ImageSizeName): string | undefined =>
  photo.sizes?.[size]?.url ?? photo.url ?? undefined
