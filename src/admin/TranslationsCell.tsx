import type { CollectionConfig, Payload } from 'payload'

import { LOCALE_LABELS, LOCALES } from '@/lib/locales'
import { plainText } from '@/lib/plain-text'

type Titles = Map<string, Record<string, unknown> | undefined>
type Batch = { ids: Set<string>; titles: Promise<Titles> }

/** The cells of one list render ask together: one query for the page, not one per row. */
const batches = new Map<string, Batch>()

function titlesOf(payload: Payload, collection: string, titleField: string, id: string) {
  let batch = batches.get(collection)
  if (!batch) {
    const ids = new Set<string>()
    const titles = new Promise((resolve) => setTimeout(resolve, 0)).then(async (): Promise<Titles> => {
      batches.delete(collection)
      const { docs } = await payload.find({
        collection: collection as 'events',
        where: { id: { in: [...ids] } },
        locale: 'all',
        draft: true,
        depth: 0,
        limit: ids.size,
        pagination: false,
        select: { [titleField]: true },
        // The rows were read with the editor's access; only their titles are looked at here.
        overrideAccess: true,
      })
      return new Map(
        docs.map((doc) => [
          String(doc.id),
          (doc as unknown as Record<string, unknown>)[titleField] as Record<string, unknown>,
        ]),
      )
    })
    batch = { ids, titles }
    batches.set(collection, batch)
  }
  batch.ids.add(id)
  return batch.titles.then((titles) => titles.get(id))
}

/** The list column that says which languages a document's title is still missing in. */
export async function TranslationsCell({
  rowData,
  payload,
  collectionConfig,
}: {
  rowData: { id: number | string }
  payload: Payload
  collectionConfig: CollectionConfig
}) {
  const titleField = collectionConfig.admin?.useAsTitle ?? 'title'
  const titles = await titlesOf(payload, collectionConfig.slug, titleField, String(rowData.id))
  const missing = LOCALES.filter((code) => plainText(titles?.[code]) === '')
  if (missing.length === 0) return <span className="translations-cell translations-cell--complete">All languages</span>
  return (
    <span className="translations-cell translations-cell--missing">
      Missing: {missing.map((code) => LOCALE_LABELS[code]).join(', ')}
    </span>
  )
}
