import type { Payload, PayloadRequest } from 'payload'

import type { ItemReport } from './save'

type Id = number | string
type Row = Omit<ItemReport, 'event'> & { id: Id; position: number; event?: Id | { id: Id } | null }

const PAGE = 1000

/** An import's report: its rows in the order they were imported, as the API and the admin show them. */
export async function reportOf(payload: Payload, importId: Id, req?: PayloadRequest): Promise<ItemReport[]> {
  const rows: Row[] = []
  for (let page = 1; ; page++) {
    const found = await payload.find({
      collection: 'import-items',
      where: { import: { equals: importId } },
      sort: 'position',
      depth: 0,
      limit: PAGE,
      page,
      overrideAccess: true,
      req,
    })
    rows.push(...(found.docs as unknown as Row[]))
    if (!found.hasNextPage) break
  }
  return rows.map(({ source, label, outcome, event, title, fields, warnings, suggestions, photos }) => ({
    source,
    label,
    outcome,
    ...(event !== null && event !== undefined ? { event: typeof event === 'object' ? event.id : event } : {}),
    ...(title ? { title } : {}),
    ...(fields ? { fields } : {}),
    warnings: warnings ?? [],
    suggestions: suggestions ?? [],
    photos: photos ?? [],
  }))
}

/** Adds one row to an import's report. */
export function addToReport(payload: Payload, importId: Id, position: number, item: ItemReport) {
  return payload.create({
    collection: 'import-items',
    data: {
      import: importId as number,
      position,
      source: item.source,
      label: item.label,
      outcome: item.outcome,
      ...(item.event !== undefined ? { event: item.event as number } : {}),
      title: item.title,
      fields: item.fields,
      warnings: item.warnings,
      suggestions: item.suggestions,
      photos: item.photos,
    },
    overrideAccess: true,
    depth: 0,
  })
}
