import type { CollectionConfig, Payload } from 'payload'

import { LOCALE_LABELS, LOCALES } from '@/lib/i18n/locales'
import { plainText } from '@/lib/text/plain-text'

import { titlesOf } from './titles'

/**
 * The list column that says which languages a document's title is still missing in. Its collection is named by
 * the field (`collectionSlug`): the tables of a document's joined events (a cluster's, a tag's) hand a cell no
 * collection of its own.
 */
export async function TranslationsCell({
  rowData,
  payload,
  collectionConfig,
  collectionSlug,
}: {
  rowData?: { id: number | string }
  payload: Payload
  collectionConfig?: CollectionConfig
  collectionSlug?: string
}) {
  const config = collectionSlug ? payload.collections[collectionSlug as 'events']?.config : collectionConfig
  // Asked without a row (Payload renders the columns of an empty table too): nothing to say.
  if (!config || !rowData) return null
  const titleField = config.admin?.useAsTitle ?? 'title'
  const titles = await titlesOf(payload, config.slug, titleField, String(rowData.id))
  const missing = LOCALES.filter((code) => plainText(titles?.[code]) === '')
  if (missing.length === 0) return <span className="translations-cell translations-cell--complete">All languages</span>
  return (
    <span className="translations-cell translations-cell--missing">
      Missing: {missing.map((code) => LOCALE_LABELS[code]).join(', ')}
    </span>
  )
}
