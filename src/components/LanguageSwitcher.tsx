'use client'

import { usePathname } from 'next/navigation'

import { LOCALE_LABELS, LOCALES, type Locale } from '@/lib/locales'
import { switchLocale } from '@/lib/routes'

/** Links to the same page in the other languages. The only client component of the site's chrome. */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
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
              <a href={switchLocale(pathname, locale)} hrefLang={locale} lang={locale}>
                {LOCALE_LABELS[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
