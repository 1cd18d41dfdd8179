import Image from 'next/image'

import type { Photo as PhotoDoc } from '@/payload-types'
import { IMAGE_SIZES, type ImageSizeName } from '@/lib/image-sizes'

type Props = {
  /** The word before the credit, in the page's language ("Credits"). */
  creditLabel: string
  photo: PhotoDoc | number | string | null | undefined
  size: ImageSizeName
  priority?: boolean
  /** Cards leave the caption out; the credit is shown wherever the photo is. */
  caption?: boolean
  /** Links the picture to the full-size file: an enlarged view that needs no script and works by keyboard. */
  enlarge?: boolean
}

/** A photo with its caption and its credit, the way every photo of the network is shown. */
export function Photo({ photo, size, creditLabel, priority = false, caption = true, enlarge = false }: Props) {
  if (!photo || typeof photo !== 'object') return null
  const variant = photo.sizes?.[size]
  const src = variant?.url ?? photo.url
  if (!src) return null
  const width = variant?.width ?? photo.width ?? IMAGE_SIZES[size].width
  const height = variant?.height ?? photo.height ?? IMAGE_SIZES[size].height
  const image = <Image src={src} alt={photo.alt} width={width} height={height} priority={priority} unoptimized />
  return (
    <figure className="photo">
      {enlarge && photo.url ? (
        <a href={photo.url} className="photo-enlarge">
          {image}
        </a>
      ) : (
        image
      )}
      <figcaption>
        {caption && photo.caption ? <span className="photo-caption">{photo.caption} </span> : null}
        <span className="photo-credit">
          {creditLabel}: {photo.credit}
        </span>
      </figcaption>
    </figure>
  )
}
