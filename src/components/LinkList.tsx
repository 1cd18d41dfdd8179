import type { LinkView } from '@/data/views/entities'

import { LabelledLink } from './LabelledLink'

/** A plain list of links (tags, clusters, institutes…), or nothing when empty. */
export function LinkList({ items, className }: { items: LinkView[]; className?: string }) {
  if (!items.length) return null
  return (
    <ul className={className ?? 'link-list'}>
      {items.map((item) => (
        <li key={item.id}>
          <LabelledLink href={item.href} label={item.label} note={item.note} lang={item.lang} />
        </li>
      ))}
    </ul>
  )
}
