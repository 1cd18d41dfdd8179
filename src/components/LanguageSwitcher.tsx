'use client'

import { useSearchParams, useSelectedLayoutSegments } from 'next/navigation'
import { Suspense } from 'react'

import { LOCALE_LABELS, LOCALES, type Locale } from '@/lib/i18n/locales'
import { addressInLocale, languageLink } from '@/lib/routes'

type Props = { current: Locale; label: string }

function Links({ current, label, query }: Props & { query?: string }) {
  // Below the [locale] layout: the page's own address within its language.
  const own = addressInLocale(useSelectedLayoutSegments())
  const path = own.path
  query ??= own.query
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
              <a href={languageLink(path, locale, query)} hrefLang={locale} lang={locale}>
                {LOCALE_LABELS[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}

function WithSearch(props: Props) {
  return <Links {...props} query={useSearchParams().toString()} />
}

/**
 * Links to the same page in the other languages, with the same search and filters (a page number is left out:
 * the list may be shorter in the other language). A page that is the same for every reader (and so kept by the
 * caches) is sent with the links of its own address (the events index's filters are in it), and the browser
 * adds the search of the address it shows.
 */
export function LanguageSwitcher(props: Props) {
  return (
    <Suspense fallback={<Links {...props} />}>
      <WithSearch {...props} />
    </Suspense>
  )
}
