import { DEFAULT_LOCALE, type Locale } from './locales'

/** Set in a read's `context` to have each document say which of its texts fell back to the default language. */
export const NOTE_FALLBACKS = 'noteFallbacks'

/** Where a document read with NOTE_FALLBACKS lists the paths of its texts shown in the fallback language. */
export const FALLBACK_PATHS = 'fallbackPaths'

/** The language of each text that is not in the page's own: what a page marks with `lang` (WCAG 3.1.2). */
export type TextLangs<K extends string> = Partial<Record<K, Locale>>

/** Which of a document's texts (by path) are shown in the default language, its page being in another. */
export function textLangs<K extends string>(doc: unknown, paths: readonly K[]): TextLangs<K> {
  const fell = doc && typeof doc === 'object' ? (doc as Record<string, unknown>)[FALLBACK_PATHS] : undefined
  if (!Array.isArray(fell)) return {}
  return Object.fromEntries(
    paths.filter((path) => fell.includes(path)).map((path) => [path, DEFAULT_LOCALE]),
  ) as TextLangs<K>
}
