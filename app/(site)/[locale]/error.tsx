'use client'

import { useParams } from 'next/navigation'

import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales'
import { messages } from '@/lib/i18n/messages'

/** Shown when a page fails: a plain apology and a retry, never the error itself (it is in the server log). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const params = useParams<{ locale?: string }>()
  const t = messages(isLocale(params?.locale) ? params.locale : DEFAULT_LOCALE)
  return (
    <>
      <h1>{t.errorTitle}</h1>
      <p>{t.errorText}</p>
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          {t.tryAgain}
        </button>
      </p>
    </>
  )
}
