import Link from 'next/link'

import { messages } from '@/lib/messages'
import { DEFAULT_LOCALE } from '@/lib/locales'
import { routes } from '@/lib/routes'

// Next gives not-found pages no params; the words are English, the layout around them keeps the language.
export default function NotFound() {
  const t = messages(DEFAULT_LOCALE)
  return (
    <div lang={DEFAULT_LOCALE}>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <Link href={routes(DEFAULT_LOCALE).events()}>{t.notFoundBack}</Link>
      </p>
    </div>
  )
}
