import type { AnchorHTMLAttributes } from 'react'

/**
 * A link of the public site: a plain anchor. The pages are small, server-rendered and cached, so a link loads
 * the next page like any web page does; next/link would hydrate every link on the page and prefetch on sight
 * for no gain a reader notices.
 */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} />
}
