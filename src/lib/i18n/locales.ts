export const LOCALES = ['en', 'fr', 'de'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

export const LOCALE_LABELS: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The locale Intl formats dates with: a European network writes "25 June 2024", not "June 25, 2024". */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' }
