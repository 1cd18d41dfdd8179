import type { Locale } from './locales'

/** An account's role as a sentence names it ("invited as a contributor"), in each language. */
export const ROLE_NAMES: Record<Locale, Record<string, string>> = {
  en: { admin: 'an admin', editor: 'an editor', contributor: 'a contributor' },
  fr: { admin: 'administrateur', editor: 'éditeur', contributor: 'contributeur' },
  de: { admin: 'Admin', editor: 'Redakteur·in', contributor: 'Beitragende·r' },
}

export const roleName = (role: string, locale: Locale) => ROLE_NAMES[locale][role] ?? role
