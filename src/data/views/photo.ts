import { type TextLangs, textLangs } from '@/lib/i18n/fallback-paths'
import { IMAGE_SIZES, type ImageSizeName } from '@/lib/photos/image-sizes'
import { versioned } from '@/lib/photos/photos'
import type { Photo } from '@/payload-types'

/** One file of a photo: its versioned address on this site and its pixel size. */
export type PhotoFile = { src: string; width: number; height: number }

/** A photo as every page, card and feed shows it: alt text, caption, credit, and its files by named size. */
export type PhotoView = {
  id: number | string
  alt: string
  caption: string
  credit: string
  /** The file as uploaded, for the enlarged view. */
  original: PhotoFile
  /** Each named size, or the original where that size was not made (a small upload). */
  sizes: Record<ImageSizeName, PhotoFile>
  /** The texts shown in another language than the page's (not yet translated). */
  lang: TextLangs<'alt' | 'caption'>
}

/** The view of an upload field's value; null when it is empty, not populated or has no file. */
export function photoView(value: Photo | number | string | null | undefined): PhotoView | null {
  if (!value || typeof value !== 'object' || !value.url) return null
  const original: PhotoFile = {
    src: versioned(value.url, value) ?? value.url,
    width: value.width ?? IMAGE_SIZES.hero.width,
    height: value.height ?? IMAGE_SIZES.hero.height,
  }
  const sized = (name: ImageSizeName): PhotoFile => {
    const made = value.sizes?.[name]
    return made?.url && made.width && made.height
      ? { src: versioned(made.url, value) ?? made.url, width: made.width, height: made.height }
      : original
  }
  return {
    id: value.id,
    alt: value.alt,
    caption: value.caption ?? '',
    credit: value.credit ?? '',
    original,
    sizes: { thumbnail: sized('thumbnail'), card: sized('card'), hero: sized('hero'), og: sized('og') },
    lang: textLangs(value, ['alt', 'caption']),
  }
}
