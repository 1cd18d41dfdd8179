import type { CollectionConfig, Payload } from 'payload'

import { LOCALE_LABELS, LOCALES } from '@/lib/locales'
import { plainText } from '@/lib/plain-text'

import { batched } from './batched'

/** Each collection's titles in every language, read for a whole list page at once. */
const titleReaders = new Map<string, ReturnType<typeof batched<Record<string, unknown>>>>()

function titlesOf(payload: Payload, collection: string, titleField: string, id: string) {
  let read = titleReaders.get(collection)
  if (!read) {
    read = batched(async (p, ids) => {
      const { docs } = await p.find({
        collection: collection as 'events',
        where: { id: { in: ids } },
        locale: 'all',
        draft: true,
        depth: 0,
        limit: ids.length,
        pagination: false,
        select: { [titleField]: true },
        // The rows were read with the editor's access; only their titles are looked at here.
        overrideAccess: true,
      })
      const titleOf = (doc: unknown) => (doc as Record<string, unknown>)[titleField] as Record<string, unknown>
      return new Map(docs.map((doc) => [String(doc.id), titleOf(doc)]))
    })
    titleReaders.set(collection, read)
  }
  return read(payload, id)
}

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
  rowData: { id: number | string }
  payload: Payload
  collectionConfig?: CollectionConfig
  collectionSlug?: string
}) {
  const config = collectionSlug ? payload.collections[collectionSlug as 'events']?.config : collectionConfig
  if (!config) return null
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
