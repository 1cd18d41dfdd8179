import type { ReactNode } from 'react'

import { photoOf, photoUrl } from '@/lib/photos'

import type { Photo as PhotoDoc } from '@/payload-types'

type Props = {
  eyebrow: string
  name: string
  facts: (string | null | undefined | false)[]
  description?: string | null
  website?: string | null
  websiteLabel: string
  logo?: PhotoDoc | number | string | null
  children?: ReactNode
}

/** The head of a cluster, institute or partner page: kind, name, short facts, description, website. */
export function EntityHeader({ eyebrow, name, facts, description, website, websiteLabel, logo, children }: Props) {
  const shown = facts.filter(Boolean)
  const logoDoc = photoOf(logo)
  const logoSrc = logoDoc && photoUrl(logoDoc, 'thumbnail')
  return (
    <header className="archive-header">
      <p className="eyebrow">{eyebrow}</p>
      <h1>{name}</h1>
      {shown.length ? <p className="muted">{shown.join(' · ')}</p> : null}
      {logoDoc && logoSrc ? (
        // Logos are small and kept as uploaded; next/image adds nothing here.
        // eslint-disable-next-line @next/next/no-img-element
        <img className="logo" src={logoSrc} alt={logoDoc.alt} />
      ) : null}
      {description ? <p>{description}</p> : null}
      {website ? (
        <p>
          <a href={website} rel="noopener">
            {websiteLabel}
          </a>
        </p>
      ) : null}
      {children}
    </header>
  )
}
