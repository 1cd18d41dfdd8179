import { Link } from './Link'

export type NavItem = { href: string; label: string }

/** A list of links: the header's sections, the footer's columns. */
export function NavList({ items }: { items: NavItem[] }) {
  return (
    <ul>
      {items.map((item, i) => (
        <li key={`${i}-${item.href}`}>
          <Link href={item.href}>{item.label}</Link>
        </li>
      ))}
    </ul>
  )
}
