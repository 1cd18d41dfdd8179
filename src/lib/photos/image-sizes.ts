/**
 * The named image sizes Payload generates for every photo. The site, the seed and later the Open Graph tags
 * all read them from here, so a size is changed in one place.
 */
export const IMAGE_SIZES = {
  thumbnail: { width: 300, height: 300 },
  card: { width: 768, height: 512 },
  hero: { width: 1600, height: 900 },
  og: { width: 1200, height: 630 },
} as const

export type ImageSizeName = keyof typeof IMAGE_SIZES

export const PHOTO_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const

/** Largest photo an editor may upload. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024

/** Most pixels a photo may have (a 40-megapixel camera's full frame); each one costs memory when decoded. */
export const MAX_PHOTO_PIXELS = 50_000_000

/** The quality next/image encodes AVIF and WebP at: the one it accepts (next.config.ts), so no one asks for more. */
export const PHOTO_QUALITY = 70
