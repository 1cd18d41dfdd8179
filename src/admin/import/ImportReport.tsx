import type { DocumentViewServerProps } from 'payload'

import { REPORTED_FIELDS } from '@/import/draft'
import type { ItemReport } from '@/import/save'
import { adminDocPath, adminImportPath } from '@/lib/routes'

import { FIELD_NAMES, HOW_NAMES } from './words'
import { KeepFresh } from './KeepFresh'
import { SuggestionButton } from './SuggestionButton'

const OUTCOMES: Record<ItemReport['outcome'], string> = {
  created: 'Draft made',
  updated: 'Draft updated',
  skipped: 'Skipped',
  failed: 'Not imported',
}
const STATUSES: Record<string, string> = { queued: 'Waiting', running: 'Running', done: 'Done', failed: 'Failed' }

type ImportDoc = {
  id: number | string
  label?: string
  status?: string
  progress?: { done?: number | null; total?: number | null }
  error?: string | null
  items?: ItemReport[] | null
}

function Item({ item, index, importId }: { item: ItemReport; index: number; importId: number | string }) {
  const unsure = REPORTED_FIELDS.filter((f) => item.fields?.[f] && item.fields[f] !== 'found')
  return (
    <li className={`import-item import-item--${item.outcome}`} id={`item-${index + 1}`}>
      <h3>
        {item.event !== undefined ? (
          <a href={adminDocPath('events', item.event)}>{item.title ?? item.label}</a>
        ) : (
          (item.title ?? item.label)
        )}{' '}
        <span className="import-item__outcome">{OUTCOMES[item.outcome]}</span>
      </h3>
      {item.title && item.title !== item.label ? <p className="import-item__source">{item.label}</p> : null}
      {item.fields ? (
        <p className="import-item__fields">
          {unsure.length === 0
            ? 'Every field was found in the page.'
            : unsure.map((f) => `${FIELD_NAMES[f]}: ${HOW_NAMES[item.fields![f]!]}`).join(' · ')}
        </p>
      ) : null}
      {item.warnings.length ? (
        <ul className="import-item__warnings">
          {item.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      {item.suggestions.length ? (
        <div className="import-item__suggestions">
          <p>Not on this site yet — create with one click, or leave them:</p>
          <ul>
            {item.suggestions.map((s) => (
              <li key={`${s.collection}:${s.name}`}>
                <SuggestionButton
                  importId={importId}
                  item={index}
                  collection={s.collection}
                  name={s.name}
                  created={s.created}
                />{' '}
                <small>({s.why})</small>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  )
}

/**
 * An import's report, in place of the usual form (nobody edits an import): its progress while it runs (the page
 * refreshes itself), then one entry per page, post or calendar event — the draft it became, the fields it was
 * unsure of, its warnings and the names to create.
 */
export async function ImportReport({ initPageResult, routeSegments }: DocumentViewServerProps) {
  const { req } = initPageResult
  const id = routeSegments.at(-1)
  const doc = id
    ? ((await req.payload.findByID({
        collection: 'imports',
        id,
        depth: 0,
        user: req.user,
        overrideAccess: false,
        disableErrors: true,
      })) as ImportDoc | null)
    : null
  if (!doc)
    return <div className="gutter--left gutter--right">This import does not exist, or is not yours to read.</div>
  const items = doc.items ?? []
  const counts = Object.entries(OUTCOMES)
    .map(([outcome, name]) => [name, items.filter((i) => i.outcome === outcome).length] as const)
    .filter(([, n]) => n > 0)
  const running = doc.status === 'queued' || doc.status === 'running'
  return (
    <div className="gutter--left gutter--right import-report">
      {running ? <KeepFresh /> : null}
      <p className="import-report__status" role="status">
        {STATUSES[doc.status ?? 'queued']}
        {doc.progress?.total ? ` — ${doc.progress.done ?? 0} of ${doc.progress.total}` : ''}
        {counts.length ? ` · ${counts.map(([name, n]) => `${name}: ${n}`).join(' · ')}` : ''}
      </p>
      {running ? <progress max={doc.progress?.total || 1} value={doc.progress?.done ?? 0} /> : null}
      {doc.error ? <p role="alert">{doc.error}</p> : null}
      <ol className="import-report__items">
        {items.map((item, index) => (
          <Item key={`${item.source}-${index}`} item={item} index={index} importId={doc.id} />
        ))}
      </ol>
      <p>
        <a href={adminImportPath()}>Import more</a>
      </p>
    </div>
  )
}
