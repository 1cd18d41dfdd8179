import type { Photo } from '@/payload-types'

import type { ImageSizeName } from './image-sizes'

/** The photo document of an upload field, or null when it is empty or not populated. */
export const photoOf = (value: Photo | number | string | null | undefined): Photo | null =>
  value && typeof value === 'object' ? value : null

/** A photo's version: changes whenever the photo is saved, and with it every address of its files. */
export const photoVersion = (photo: { updatedAt?: string | null } | null | undefined): string => {
  const time = photo?.updatedAt ? Date.parse(photo.updatedAt) : NaN
  return Number.isNaN(time) ? '' : time.toString(36)
}

/** A file address of the photo with its version, so caches may keep it for good. */
export function versioned(url: string | null | undefined, photo: Photo): string | undefined {
  if (!url) return undefined
  const version = photoVersion(photo)
  return version ? `${url}${url.includes('?') ? '&' : '?'}v=${version}` : url
}

/** The (site-relative, versioned) URL of a photo in a named size, the original when that size was not made. */
export const photoUrl = (photo: Photo, size: ImageSizeName): string | undefined =>
  versioned(photo.sizes?.[size]?.url ?? photo.url, photo)
