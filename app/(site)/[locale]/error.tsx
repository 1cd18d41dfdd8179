'use client'

import { useParams } from 'next/navigation'

import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales'
import { messages } from '@/lib/i18n/messages'

/**
 * Shown when a page fails: a plain apology and a way to ask again, never the error itself (it is in the server
 * log). The site runs no script, so "try again" is a link to the same address (an empty href is the page's own
 * address, query included), not a button.
 */
export default function ErrorPage() {
  const params = useParams<{ locale?: string }>()
  const t = messages(isLocale(params?.locale) ? params.locale : DEFAULT_LOCALE)
  return (
    <>
      <h1>{t.errorTitle}</h1>
      <p>{t.errorText}</p>
      <p>
        <a className="button" href="">
          {t.tryAgain}
        </a>
      </p>
    </>
  )
}
