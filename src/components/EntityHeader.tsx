import type { ReactNode } from 'react'

import type { EntityView } from '@/data/views/entities'
import type { Locale } from '@/lib/i18n/locales'
import { messages } from '@/lib/i18n/messages'

/** The head of a tag, cluster, institute or partner page: kind, name, short facts, description, website, logo. */
export function EntityHeader({
  entity,
  locale,
  children,
}: {
  entity: EntityView
  locale: Locale
  children?: ReactNode
}) {
  const t = messages(locale)
  const logo = entity.logo
  return (
    <header className="archive-header">
      <div>
        <p className="eyebrow">{entity.kind}</p>
        <h1 lang={entity.lang}>{entity.name}</h1>
        {entity.facts.length ? <p className="muted">{entity.facts.join(' · ')}</p> : null}
        {entity.description ? <p className="lead">{entity.description}</p> : null}
        {entity.website ? (
          <p>
            <a href={entity.website} rel="noopener">
              {t.website}
            </a>
          </p>
        ) : null}
        {children}
      </div>
      {logo ? (
        // Logos are small and kept as uploaded; next/image adds nothing here.
        // eslint-disable-next-line @next/next/no-img-element
        <img className="logo" src={logo.original.src} alt={logo.alt} />
      ) : null}
    </header>
  )
}
