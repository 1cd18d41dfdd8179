'use client'
import { useConfig, useDocumentInfo, useDocumentTitle, useFormFields, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { plainText, valueAt } from '@/lib/text/plain-text'

/** One read of the default-language document per saved state, shared by every hint of the form. */
const sources = new Map<string, Promise<Record<string, unknown> | null>>()

function sourceDocument(url: string) {
  let doc = sources.get(url)
  if (!doc) {
    doc = fetch(url, { credentials: 'include' })
      .then((res) => (res.ok ? (res.json() as Promise<Record<string, unknown>>) : null))
      .catch(() => null)
      .then((found) => {
        if (!found) sources.delete(url) // asked again next time, not remembered as missing
        return found
      })
    sources.set(url, doc)
  }
  return doc
}

const HINT_LENGTH = 280

/**
 * Beside a field left empty in a translation: the text of the default language, so the translator sees what to
 * translate. On the title it also gives the heading and breadcrumb that text instead of the document's id.
 */
export function TranslationHint({ path, initialSource = '' }: { path: string; initialSource?: string }) {
  const { config } = useConfig()
  const locale = useLocale()
  const { id, collectionSlug, data, docConfig } = useDocumentInfo()
  const { title, setDocumentTitle } = useDocumentTitle()
  const value = useFormFields(([fields]) => fields[path]?.value)
  const [source, setSource] = useState<string>(initialSource)

  const localization = config.localization || undefined
  const defaultLocale = localization ? localization.defaultLocale : undefined
  const translating = Boolean(defaultLocale && locale?.code && locale.code !== defaultLocale)
  const savedAt = (data as { updatedAt?: string } | undefined)?.updatedAt ?? ''
  const url =
    translating && id && collectionSlug
      ? `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}?locale=${defaultLocale}&draft=true&depth=0&v=${encodeURIComponent(savedAt)}`
      : undefined

  useEffect(() => {
    if (!url) return setSource(initialSource)
    let current = true
    void sourceDocument(url).then((doc) => {
      // A read that failed keeps what the server handed over.
      if (current && doc) setSource(plainText(valueAt(doc, path)))
    })
    return () => {
      current = false
    }
  }, [url, path, initialSource])

  const empty = plainText(value) === ''
  const languageName = (code?: string) => {
    const found = localization?.locales.find((l) => (typeof l === 'string' ? l : l.code) === code)
    const label = found && typeof found === 'object' ? found.label : code
    return typeof label === 'string' ? label : (code ?? '')
  }
  const isTitle = (docConfig as { admin?: { useAsTitle?: string } } | undefined)?.admin?.useAsTitle === path
  const heading = translating && empty && source ? `${source} (${languageName(defaultLocale)})` : undefined

  useEffect(() => {
    if (!isTitle || !heading || title === heading) return
    // After the effects of this render: Payload's title provider, a parent, sets the id as the title in its own
    // effect when the form mounts, which runs after this one and would otherwise win.
    const later = setTimeout(() => setDocumentTitle(heading), 0)
    return () => clearTimeout(later)
  }, [isTitle, heading, title, setDocumentTitle])

  if (!translating || !empty || !source) return null
  const shown = source.length > HINT_LENGTH ? `${source.slice(0, HINT_LENGTH - 1)}…` : source
  return (
    <div className="translation-hint">
      <span className="translation-hint__label">
        Not yet in {languageName(locale?.code)}. {languageName(defaultLocale)}:
      </span>{' '}
      <span lang={defaultLocale}>{shown}</span>
    </div>
  )
}
