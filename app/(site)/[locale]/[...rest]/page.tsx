import { notFound } from 'next/navigation'

/** Any address the site does not have: the 404 page inside the site's layout. */
export default function UnknownPage() {
  notFound()
}
