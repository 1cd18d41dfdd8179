import { getImageProps } from 'next/image'

import type { PhotoView } from '@/data/views/photo'
import { PHOTO_QUALITY } from '@/lib/photos/image-sizes'
import type { Locale } from '@/lib/i18n/locales'
import { messages } from '@/lib/i18n/messages'

/** How wide each kind of photo is drawn, for the browser to pick the smallest file that is sharp enough. */
export const PHOTO_SLOTS = {
  hero: '(min-width: 70rem) 46rem, (min-width: 48rem) 62vw, 100vw',
  card: '(min-width: 70rem) 22rem, (min-width: 40rem) 45vw, 100vw',
  gallery: '(min-width: 70rem) 22rem, (min-width: 40rem) 30vw, 100vw',
} as const

type Props = {
  /** The page's language, for the words before the credit ("Credits:", "Crédits :"). */
  locale: Locale
  photo: PhotoView | null
  slot: keyof typeof PHOTO_SLOTS
  priority?: boolean
  /** Links the picture to the full-size file: an enlarged view that needs no script and works by keyboard. */
  enlarge?: boolean
}

/** The credit line every shown photo carries. */
export function Credit({ photo, locale, className }: { photo: PhotoView; locale: Locale; className?: string }) {
  const t = messages(locale)
  return (
    <span className={className ?? 'photo-credit'}>
      {t.credits}
      {t.colon} {photo.credit}
    </span>
  )
}

/**
 * A photo in the sizes and formats (AVIF, WebP) the reader's screen needs, chosen by the browser from a srcset
 * that next/image's optimizer serves. A plain <img> rendered on the server: no script. The first photo of a
 * page (`priority`) loads at once, the others when they come near the screen. It is not preloaded with a high
 * priority: on a phone it sits below the key facts, and would hold back the text a reader sees first.
 */
export function PhotoImage({ photo, slot, priority = false }: Pick<Props, 'slot' | 'priority'> & { photo: PhotoView }) {
  const file = slot === 'hero' ? photo.sizes.hero : photo.sizes.card
  const { props } = getImageProps({
    src: file.src,
    alt: photo.alt,
    width: file.width,
    height: file.height,
    sizes: PHOTO_SLOTS[slot],
    quality: PHOTO_QUALITY,
    loading: priority ? 'eager' : 'lazy',
  })
  // eslint-disable-next-line @next/next/no-img-element -- next/image's props, made by getImageProps above
  return <img {...props} lang={photo.lang.alt} />
}

/** A photo with its caption and its credit, the way every photo of the network is shown. */
export function Photo({ photo, slot, locale, priority = false, enlarge = false }: Props) {
  if (!photo) return null
  const image = <PhotoImage photo={photo} slot={slot} priority={priority} />
  return (
    <figure className="photo">
      {enlarge ? (
        <a href={photo.original.src} className="photo-enlarge">
          {image}
        </a>
      ) : (
        image
      )}
      <figcaption>
        {photo.caption ? (
          <span className="photo-caption" lang={photo.lang.caption}>
            {photo.caption}{' '}
          </span>
        ) : null}
        <Credit photo={photo} locale={locale} />
      </figcaption>
    </figure>
  )
}
