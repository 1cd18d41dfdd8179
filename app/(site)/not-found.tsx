import Link from 'next/link'

import { routes } from '@/lib/routes'

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>This page does not exist, or the event has not been published.</p>
      <p>
        <Link href={routes.home()}>See the events of the network</Link>
      </p>
    </>
  )
}
