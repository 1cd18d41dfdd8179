import Image from 'next/image'

import type { Photo as PhotoDoc } from '@/payload-types'
import { IMAGE_SIZES, type ImageSizeName } from '@/lib/image-sizes'
import type { Locale } from '@/lib/locales'
import { messages } from '@/lib/messages'
import { photoOf, photoUrl, versioned } from '@/lib/photos'

type Props = {
  /** The page's language, for the words before the credit ("Credits:", "Crédits :"). */
  locale: Locale
  photo: PhotoDoc | number | string | null | undefined
  size: ImageSizeName
  priority?: boolean
  /** Cards leave the caption out; the credit is shown wherever the photo is. */
  caption?: boolean
  /** Links the picture to the full-size file: an enlarged view that needs no script and works by keyboard. */
  enlarge?: boolean
}

/** A photo with its caption and its credit, the way every photo of the network is shown. */
export function Photo({ photo, size, locale, priority = false, caption = true, enlarge = false }: Props) {
  const doc = photoOf(photo)
  const t = messages(locale)
  const src = doc && photoUrl(doc, size)
  if (!doc || !src) return null
  const variant = doc.sizes?.[size]
  const width = variant?.width ?? doc.width ?? IMAGE_SIZES[size].width
  const height = variant?.height ?? doc.height ?? IMAGE_SIZES[size].height
  const image = <Image src={src} alt={doc.alt} width={width} height={height} priority={priority} unoptimized />
  return (
    <figure className="photo">
      {enlarge && doc.url ? (
        <a href={versioned(doc.url, doc)} className="photo-enlarge">
          {image}
        </a>
      ) : (
        image
      )}
      <figcaption>
        {caption && doc.caption ? <span className="photo-caption">{doc.caption} </span> : null}
        <span className="photo-credit">
          {t.credits}
          {t.colon} {doc.credit}
        </span>
      </figcaption>
    </figure>
  )
}
