import { LOCALE_LABELS, LOCALES, type Locale } from '@/lib/locales'
import { switchLocale } from '@/lib/routes'

type Props = { current: Locale; label: string; address: string }

/**
 * Links to the same page in the other languages, with the same search and filters (a page number is left out:
 * the list may be shorter in the other language). Rendered on the server from the address the reader asked for.
 */
export function LanguageSwitcher({ current, label, address }: Props) {
  const [path, query = ''] = address.split('?')
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
              <a href={switchLocale(path || '/', locale, query)} hrefLang={locale} lang={locale}>
                {LOCALE_LABELS[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
