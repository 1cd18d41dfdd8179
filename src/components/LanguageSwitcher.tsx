'use client'

import { useSearchParams, useSelectedLayoutSegments } from 'next/navigation'
import { Suspense } from 'react'

import { LOCALE_LABELS, LOCALES, type Locale } from '@/lib/i18n/locales'
import { addressInLocale, languageLink } from '@/lib/routes'

type Props = { current: Locale; label: string }

function Links({ current, label, search = '' }: Props & { search?: string }) {
  // Below the [locale] layout: the page's own address within its language (the filtered events index carries its
  // filters in its path, and they come back as the query).
  const own = addressInLocale(useSelectedLayoutSegments())
  const query = own.query || search
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
              <a href={languageLink(own.path, locale, query)} hrefLang={locale} lang={locale}>
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
  return <Links {...props} search={useSearchParams().toString()} />
}

/**
 * Links to the same page in the other languages, with the same search and filters (a page number is left out:
 * the list may be shorter in the other language). Rendered on the server only, like the rest of the site: a
 * page rendered per request (the search) reads its query; a page that is the same for every reader (and kept by
 * the caches) has only its address, which for the events index holds its filters.
 */
export function LanguageSwitcher(props: Props) {
  return (
    <Suspense fallback={<Links {...props} />}>
      <WithSearch {...props} />
    </Suspense>
  )
}
