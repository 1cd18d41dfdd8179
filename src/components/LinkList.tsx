import { LabelledLink } from './LabelledLink'

export type LinkItem = { key: string | number; href: string; label: string; note?: string }

/** A plain list of links (tags, clusters, institutes…), or nothing when empty. */
export function LinkList({ items, className }: { items: LinkItem[]; className?: string }) {
  if (!items.length) return null
  return (
    <ul className={className ?? 'link-list'}>
      {items.map((item) => (
        <li key={item.key}>
          <LabelledLink href={item.href} label={item.label} note={item.note} />
        </li>
      ))}
    </ul>
  )
}
