import type { Locale } from '@/lib/i18n/locales'
import { messages } from '@/lib/i18n/messages'
import { routes } from '@/lib/routes'

import { Link } from './Link'

/** What a reader sees at an address the site does not have: where to go instead, in the address's language. */
export function NotFoundContent({ locale }: { locale: Locale }) {
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
