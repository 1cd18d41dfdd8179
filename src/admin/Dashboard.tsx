import type { Payload, TypedUser, Where } from 'payload'

import type { Event } from '@/payload-types'
import { knownZone } from '@/lib/time/days'
import { adminDocPath, adminListPath, routes } from '@/lib/routes'

type Props = { payload: Payload; user?: TypedUser | null }
type Row = Pick<Event, 'id' | 'title' | 'startDate' | 'startDate_tz' | 'updatedAt' | '_status' | 'reviewState'> & {
  updatedBy?: unknown
}

const LIMIT = 8
const when = (iso: string | null | undefined, timeZone?: string | null) =>
  iso
    ? new Intl.DateTimeFormat('en-GB', {
        dateStyle: 'long',
        timeStyle: 'short',
        hourCycle: 'h23',
        timeZone: knownZone(timeZone),
      }).format(new Date(iso))
    : ''
const nameOf = (user: unknown) =>
  typeof user === 'object' && user && 'name' in user ? String((user as { name: string }).name) : undefined
/** "29 November 2026 at 22:43 by Ana" (the name only where the reader may see accounts). */
const changed = (row: Row) => `${when(row.updatedAt)}${nameOf(row.updatedBy) ? ` by ${nameOf(row.updatedBy)}` : ''}`

async function events(payload: Payload, user: TypedUser, where: Where, sort: string, draft: boolean) {
  const { docs, totalDocs } = await payload.find({
    collection: 'events',
    where,
    sort,
    limit: LIMIT,
    depth: 1,
    draft,
    user,
    overrideAccess: false,
    select: {
      title: true,
      startDate: true,
      startDate_tz: true,
      updatedAt: true,
      _status: true,
      reviewState: true,
      updatedBy: true,
    },
  })
  return { docs: docs as Row[], totalDocs }
}

function List({
  title,
  rows,
  total,
  empty,
  more,
  detail,
}: {
  title: string
  rows: Row[]
  total: number
  empty: string
  more: string
  detail: (row: Row) => string
}) {
  return (
    <section className="dashboard-panel">
      <h2>
        {title} <span className="dashboard-panel__count">{total}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="dashboard-panel__empty">{empty}</p>
      ) : (
        <ul>
          {rows.map((row) => (
            <li key={row.id}>
              <a href={adminDocPath('events', row.id)}>{row.title || `Untitled event ${row.id}`}</a>
              <span>{detail(row)}</span>
            </li>
          ))}
        </ul>
      )}
      {total > rows.length ? <a href={more}>All {total}</a> : null}
    </section>
  )
}

/**
 * The first screen after signing in: what waits for review (or, for a contributor, what came back with a
 * note), the next events, what changed lately, and the way to the public site. Read with the user's own access.
 */
export async function Dashboard({ payload, user }: Props) {
  if (!user) return null
  const role = (user as { role?: string }).role
  const editor = role === 'admin' || role === 'editor'
  const reviewState = editor ? 'ready' : 'returned'
  const [waiting, upcoming, recent] = await Promise.all([
    events(payload, user, { reviewState: { equals: reviewState } }, '-updatedAt', true),
    events(
      payload,
      user,
      { and: [{ _status: { equals: 'published' } }, { endsAt: { greater_than_equal: new Date().toISOString() } }] },
      'startDate',
      false,
    ),
    events(payload, user, {}, '-updatedAt', true),
  ])
  return (
    <div className="dashboard">
      <p className="dashboard__site">
        <a href={routes().home()} target="_blank" rel="noreferrer">
          Open the public site ↗
        </a>
      </p>
      <div className="dashboard__panels">
        <List
          title={editor ? 'Waiting for review' : 'Sent back to you'}
          rows={waiting.docs}
          total={waiting.totalDocs}
          empty={editor ? 'Nothing waits for review.' : 'Nothing was sent back.'}
          more={adminListPath('events', `where[reviewState][equals]=${reviewState}`)}
          detail={(row) => `changed ${changed(row)}`}
        />
        <List
          title="Upcoming events"
          rows={upcoming.docs}
          total={upcoming.totalDocs}
          empty="No published event is coming up."
          more={adminListPath('events', 'sort=startDate')}
          detail={(row) => when(row.startDate, row.startDate_tz)}
        />
        <List
          title="Recently changed"
          rows={recent.docs}
          total={recent.totalDocs}
          empty="Nothing yet."
          more={adminListPath('events', 'sort=-updatedAt')}
          detail={(row) => `${row._status === 'published' ? 'published' : 'draft'}, ${changed(row)}`}
        />
      </div>
    </div>
  )
}
