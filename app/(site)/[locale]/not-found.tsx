'use client'

import { usePathname } from 'next/navigation'

import { Link } from '@/components/Link'
import { messages } from '@/lib/i18n/messages'
import { routes, splitLocale } from '@/lib/routes'

/**
 * The 404 page, in the language of the address. Next gives not-found pages no params, and reading request
 * headers here would make every page of the segment dynamic, so the language comes from the path.
 */
export default function NotFound() {
  const { locale } = splitLocale(usePathname() ?? '/')
  const t = messages(locale)
  const r = routes(locale)
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <ul className="link-list">
        <li>
          <Link href={r.events()}>{t.notFoundBack}</Link>
        </li>
        <li>
          <Link href={r.search()}>{t.search}</Link>
        </li>
      </ul>
    </>
  )
}
