import NextLink from 'next/link'
import type { ComponentProps } from 'react'

/**
 * A link of the public site. Next prefetches every link in view by default — 32 requests for one view of the
 * events index — for pages that are small, cached and server-rendered: the site's links fetch on click only.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />
}
