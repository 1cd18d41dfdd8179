import { detect } from 'tinyld/light'

import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@/lib/i18n/locales'

export type FoundLanguage = { locale: Locale; how: 'found' | 'guessed'; warning?: string }

/**
 * The site language an article's texts go to: the page's own `lang` when it names one of the site's languages;
 * else the language its words are in (tinyld, among the site's languages); a page in another language is
 * imported in the default one, with a warning that says so.
 */
export function languageOf(declared: string | undefined, text: string): FoundLanguage {
  const code = declared?.toLowerCase().split(/[-_]/)[0]
  if (isLocale(code)) return { locale: code, how: 'found' }
  if (code) {
    return {
      locale: DEFAULT_LOCALE,
      how: 'guessed',
      warning: `The page says it is in "${declared}", not a language of this site: its texts went to ${DEFAULT_LOCALE}.`,
    }
  }
  const detected = detect(text.slice(0, 5000), { only: [...LOCALES] })
  if (isLocale(detected)) return { locale: detected, how: 'guessed' }
  return {
    locale: DEFAULT_LOCALE,
    how: 'guessed',
    warning: `The language of the text could not be told: its texts went to ${DEFAULT_LOCALE}.`,
  }
}
