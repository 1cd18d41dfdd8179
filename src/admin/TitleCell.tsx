import type { I18nClient } from '@payloadcms/translations'
import { RenderDefaultCell } from '@payloadcms/ui'
import { createClientField, type CollectionConfig, type CollectionSlug, type Field, type Payload } from 'payload'

import { DEFAULT_LOCALE, LOCALE_LABELS } from '@/lib/i18n/locales'
import { plainText } from '@/lib/text/plain-text'

import { titlesOf } from './titles'

type Props = {
  cellData?: unknown
  rowData?: { id: number | string }
  payload: Payload
  i18n: I18nClient
  field: Field
  link?: boolean
  linkURL?: string
  columnIndex?: number
  customCellProps?: Record<string, unknown>
  collectionConfig?: CollectionConfig
  collectionSlug?: string
}

/**
 * A list's title column: a document not yet translated into the list's language shows its title in the default
 * language, marked as such ("Poetry night (English)"), where Payload would print "<No Title>". Links and the
 * choosing of a row in a drawer stay Payload's own.
 */
export async function TitleCell(props: Props) {
  const { cellData, rowData, payload, i18n, field, link, linkURL, columnIndex, customCellProps } = props
  const collection = (props.collectionSlug ?? props.collectionConfig?.slug) as CollectionSlug | undefined
  if (!collection || !rowData) return null
  let shown = cellData
  if (plainText(cellData) === '' && 'name' in field) {
    const titles = await titlesOf(payload, collection, field.name, String(rowData.id))
    const original = plainText(titles?.[DEFAULT_LOCALE])
    if (original) shown = `${original} (${LOCALE_LABELS[DEFAULT_LOCALE]})`
  }
  const clientField = createClientField({
    defaultIDType: payload.db.defaultIDType,
    field,
    i18n,
    importMap: payload.importMap,
  })
  return (
    <RenderDefaultCell
      clientProps={{
        cellData: shown,
        collectionSlug: collection,
        customCellProps,
        field: clientField,
        link,
        linkURL,
        rowData,
      }}
      columnIndex={columnIndex ?? 0}
      isLinkedColumn={Boolean(link)}
    />
  )
}
