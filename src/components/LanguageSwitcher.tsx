'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { Suspense } from 'react'

import { LOCALE_LABELS, LOCALES, type Locale } from '@/lib/locales'
import { switchLocale } from '@/lib/routes'

type Props = { current: Locale; label: string }

function Links({ current, label, query }: Props & { query: string }) {
  const pathname = usePathname() ?? '/'
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale}>
                {LOCALE_LABELS[locale]}
              </span>
            ) : (
              <a href={switchLocale(pathname, locale, query)} hrefLang={locale} lang={locale}>
                {LOCALE_LABELS[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}

function WithQuery(props: Props) {
  return <Links {...props} query={useSearchParams()?.toString() ?? ''} />
}

/**
 * Links to the same page in the other languages, with the same search and filters (a page number is left out:
 * the list may be shorter in the other language). The only client component of the site's chrome.
 */
export function LanguageSwitcher(props: Props) {
  return (
    <Suspense fallback={<Links {...props} query="" />}>
      <WithQuery {...props} />
    </Suspense>
  )
}
