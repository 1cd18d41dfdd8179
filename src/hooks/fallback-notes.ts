import type { CollectionBeforeReadHook, CollectionConfig, Field } from 'payload'

import { FALLBACK_PATHS, NOTE_FALLBACKS } from '@/lib/i18n/fallback-paths'

const TEXT_TYPES = new Set(['text', 'textarea', 'richText'])

/** The dotted paths of a collection's translated texts: "title", "venue.name". Arrays and blocks are left out. */
function translatedPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((field): string[] => {
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? translatedPaths(tab.fields, `${prefix}${tab.name}.`)
          : translatedPaths(tab.fields, prefix),
      )
    if (field.type === 'row' || field.type === 'collapsible') return translatedPaths(field.fields, prefix)
    if (field.type === 'group')
      return 'name' in field && field.name
        ? translatedPaths(field.fields, `${prefix}${field.name}.`)
        : translatedPaths(field.fields, prefix)
    if (!('name' in field) || !TEXT_TYPES.has(field.type) || !('localized' in field) || !field.localized) return []
    return [`${prefix}${field.name}`]
  })
}

/** Empty as Payload's fallback sees it: a text when it is blank, any other value when it is missing. */
const isEmpty = (value: unknown) => value === undefined || value === null || value === ''

function valueAt(doc: unknown, path: string): unknown {
  let at: unknown = doc
  for (const key of path.split('.'))
    at = at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined
  return at
}

/**
 * Before Payload picks each text in the language asked for (or, where it is empty, in the fallback), the document
 * still holds every language: note the texts that will be shown in the fallback, so a page can mark them with
 * their own language (WCAG 3.1.2). Only for reads that ask (the site's), so API answers stay as they were.
 */
function noteFallbacks(paths: string[]): CollectionBeforeReadHook {
  return ({ doc, req, context }) => {
    const { locale, fallbackLocale } = req
    if (!context?.[NOTE_FALLBACKS] || !locale || locale === 'all' || !doc || typeof doc !== 'object') return doc
    const asked: unknown[] = Array.isArray(fallbackLocale) ? fallbackLocale : [fallbackLocale]
    const fallbacks = asked.filter(
      (code): code is string =>
        typeof code === 'string' && code !== locale && !['none', 'null', 'false'].includes(code),
    )
    if (!fallbacks.length) return doc
    const fell = paths.filter((path) => {
      const texts = valueAt(doc, path)
      if (!texts || typeof texts !== 'object' || Array.isArray(texts)) return false
      const byLocale = texts as Record<string, unknown>
      return isEmpty(byLocale[locale]) && fallbacks.some((code) => !isEmpty(byLocale[code]))
    })
    return fell.length ? { ...doc, [FALLBACK_PATHS]: fell } : doc
  }
}

/** Every collection with translated texts notes, when asked, which of them a read shows in the fallback language. */
export const withFallbackNotes = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => {
    const paths = translatedPaths(collection.fields)
    if (!paths.length) return collection
    const beforeRead = [...(collection.hooks?.beforeRead ?? []), noteFallbacks(paths)]
    return { ...collection, hooks: { ...collection.hooks, beforeRead } }
  })
