import type { Found } from '@/import/find/place'
import { REPORTED_FIELDS, type ReportedField } from '@/import/draft'
import { adminDocPath } from '@/lib/routes'

import { FIELD_NAMES, FORM_FIELDS, HOW_NAMES } from './words'

type Facts = {
  source?: string | null
  import?: number | string | { id: number | string } | null
  unsure?: Array<{ field: ReportedField; how: Found }> | null
}
type Props = { data?: { imported?: Facts | null; _status?: string | null } }

const isReported = (field: unknown): field is ReportedField =>
  (REPORTED_FIELDS as readonly string[]).includes(field as string)

/**
 * In an imported draft's sidebar: where it came from and what the import was unsure of; those fields are marked in
 * the form (an outline and a note) until the event is published. The marks are plain CSS on the fields' own ids.
 */
export function ImportedFacts({ data }: Props) {
  const facts = data?.imported
  if (!facts?.source) return null
  const unsure = (facts.unsure ?? []).filter((u) => isReported(u.field))
  const importId = typeof facts.import === 'object' && facts.import ? facts.import.id : facts.import
  const marked =
    data?._status === 'published' ? [] : unsure.flatMap((u) => FORM_FIELDS[u.field].map((id) => ({ id, how: u.how })))
  const css = marked
    .map(
      ({ id, how }) =>
        `#field-${id}{outline:2px dashed var(--theme-warning-500);outline-offset:4px}` +
        `#field-${id}::before{content:"Import: ${HOW_NAMES[how]} — check";display:block;font-size:12px;color:var(--theme-warning-750)}`,
    )
    .join('')
  return (
    <div className="imported-facts">
      {css ? <style>{css}</style> : null}
      <p className="field-label">Imported</p>
      <p className="imported-facts__source">
        {/^https?:\/\//.test(facts.source) ? <a href={facts.source}>{facts.source}</a> : facts.source}
      </p>
      {importId !== undefined && importId !== null ? (
        <p>
          <a href={adminDocPath('imports', importId)}>The import’s report</a>
        </p>
      ) : null}
      {unsure.length ? (
        <ul className="imported-facts__unsure">
          {unsure.map((u) => (
            <li key={u.field}>
              {FIELD_NAMES[u.field]}: {HOW_NAMES[u.how]}
            </li>
          ))}
        </ul>
      ) : (
        <p>Every field was found in the page.</p>
      )}
    </div>
  )
}
