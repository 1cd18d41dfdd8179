/** A photo's version: changes whenever the photo is saved, and with it every address of its files. */
export const photoVersion = (photo: { updatedAt?: string | null } | null | undefined): string => {
  const time = photo?.updatedAt ? Date.parse(photo.updatedAt) : NaN
  return Number.isNaN(time) ? '' : time.toString(36)
}

/** A file address of the photo with its version, so caches may keep it for good. */
export function versioned(url: string | null | undefined, photo: { updatedAt?: string | null }): string | undefined {
  if (!url) return undefined
  const version = photoVersion(photo)
  return version ? `${url}${url.includes('?') ? '&' : '?'}v=${version}` : url
}
