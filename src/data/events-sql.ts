import type { Payload } from 'payload'

import type { EventRelation } from '@/lib/relations'

import { relationColumn, sql, sqlList, sqlRows, type Statement } from '@/db/sql'

type Id = number | string

/** The relations an event shares with others. */
const SHARED = ['tags', 'clusters'] as const

/**
 * What an anonymous reader may see of the events, as events' read access says it (src/access: published): the
 * lists below read ids here and the documents through Payload, which checks access again; the sitemap's slugs
 * are read here only.
 */
const PUBLISHED = sql`e._status = 'published'`

/**
 * The newest published events other than `eventId` that share one of its tags or clusters, newest first, on
 * the SQL databases: one statement that walks the events by start date and stops at the first `limit` with a
 * shared relation (about 1 ms at 100k events on either database). Payload's list with the same filters joins
 * every relation row of the tags and clusters and sorts them (30–50 ms each at 100k on PostgreSQL, whose
 * planner also hands that walk to a parallel worker that reads far past the few rows asked for).
 * Undefined on MongoDB, where the caller asks Payload.
 */
export async function newestSharing(
  payload: Payload,
  eventId: Id,
  shared: { tags: Id[]; clusters: Id[] },
  limit: number,
): Promise<Id[] | undefined> {
  const conditions = SHARED.filter((path) => shared[path].length > 0).map(
    (path) => sql`(r.path = ${path} AND r.${relationColumn(path)} IN (${sqlList(shared[path])}))`,
  )
  if (!conditions.length) return []
  const statement = sql`SELECT e.id AS id FROM events e
    WHERE ${PUBLISHED} AND e.id <> ${eventId}
      AND EXISTS (SELECT 1 FROM events_rels r WHERE r.parent_id = e.id AND (${sql.join(conditions, sql` OR `)}))
    ORDER BY e.start_date DESC, e.id DESC LIMIT ${limit}`
  return (await sqlRows(payload, statement))?.map((row) => row.id as Id)
}

type PageOptions = { when?: 'upcoming' | 'past'; now: Date; limit: number; offset: number }

/** ` AND` the events that have not ended (upcoming) or have (past) at `now`; nothing without `when`. */
const endingAt = (when: PageOptions['when'], now: Date) =>
  when === 'upcoming'
    ? sql` AND e.ends_at > ${now.toISOString()}`
    : when === 'past'
      ? sql` AND e.ends_at <= ${now.toISOString()}`
      : sql``

/** A page's order: upcoming events soonest first, the others latest first; ties as Payload breaks them. */
const pageOrder = (when: PageOptions['when']) =>
  sql`ORDER BY e.start_date ${when === 'upcoming' ? sql`ASC` : sql`DESC`}, e.created_at DESC, e.id DESC`

/**
 * One page of the published events of a tag, cluster, institute or partner (optionally only the upcoming or the
 * past ones), and how many there are, on the SQL databases. The relation's rows are read first through their
 * index and the page sorted from them: the cost follows the size of the list (about 10 ms for 2,000 events of
 * 100k). Payload's list with the same filter walks all events by date and looks up each one's relations, which
 * PostgreSQL hands to a parallel worker that reads far past the page (60–140 ms at 100k). Upcoming events come
 * soonest first, the others latest first; ties as Payload breaks them (newest created first). Undefined on
 * MongoDB, where the caller asks Payload.
 */
export async function pageOfRelation(
  payload: Payload,
  relation: { path: EventRelation; id: Id },
  { when, now, limit, offset }: PageOptions,
): Promise<{ ids: Id[]; total: number } | undefined> {
  const from = sql`WITH m AS MATERIALIZED (
      SELECT DISTINCT parent_id FROM events_rels WHERE path = ${relation.path} AND ${relationColumn(relation.path)} = ${relation.id})
    SELECT`
  const events = sql`FROM m JOIN events e ON e.id = m.parent_id WHERE ${PUBLISHED}${endingAt(when, now)}`
  const [page, count] = await Promise.all([
    sqlRows(payload, sql`${from} e.id AS id ${events} ${pageOrder(when)} LIMIT ${limit} OFFSET ${offset}`),
    sqlRows(payload, sql`${from} count(*) AS total ${events}`),
  ])
  if (!page || !count) return undefined
  return { ids: page.map((row) => row.id as Id), total: Number(count[0]?.total ?? 0) }
}

/**
 * One page of all published events that are upcoming (soonest first) or past (latest first), and how many there
 * are, on the SQL databases. The past ones are found by walking the start-date index from the latest and passing
 * over the few that have not ended yet. SQLite, which keeps no statistics of the values themselves, would rather
 * read every past event through the index of their ends (or their status) and sort them all to take one page
 * (3–4 s at 100k events): it is told which index to walk. The upcoming ones are found through that
 * index and sorted, as they are few however long the archive. Past ones are counted as all less the upcoming.
 * Undefined on MongoDB, where the caller asks Payload.
 */
export async function pageOfEvents(
  payload: Payload,
  { when, now, limit, offset }: PageOptions & { when: 'upcoming' | 'past' },
): Promise<{ ids: Id[]; total: number } | undefined> {
  const walk = payload.db.name === 'sqlite' && when === 'past' ? sql` INDEXED BY events_start_date_idx` : sql``
  const count = async (where: Statement) =>
    Number((await sqlRows(payload, sql`SELECT count(*) AS n FROM events e WHERE ${PUBLISHED}${where}`))?.[0]?.n ?? 0)
  const [page, upcoming, all] = await Promise.all([
    sqlRows(
      payload,
      sql`SELECT e.id AS id FROM events e${walk} WHERE ${PUBLISHED}${endingAt(when, now)} ${pageOrder(when)}
        LIMIT ${limit} OFFSET ${offset}`,
    ),
    count(endingAt('upcoming', now)),
    when === 'past' ? count(sql``) : 0,
  ])
  if (!page) return undefined
  const total = when === 'upcoming' ? upcoming : all - upcoming
  return { ids: page.map((row) => row.id as Id), total }
}

/** An ISO string from what the driver gives for a date (PostgreSQL: a Date; SQLite: the stored ISO text). */
const isoDate = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : new Date(value as string | Date).toISOString()

/**
 * The slugs and last changes of the published events of one sitemap file, in the order they were made, on the
 * SQL databases: one indexed read (about 10 ms for 5,000 events, where Payload's read of the same two fields
 * takes 350 ms). Undefined on MongoDB, where the caller asks Payload.
 */
export async function slugsInOrderMade(
  payload: Payload,
  { limit, offset }: { limit: number; offset: number },
): Promise<Array<{ id: Id; slug?: string | null; updatedAt?: string }> | undefined> {
  const rows = await sqlRows(
    payload,
    sql`SELECT e.id, e.slug, e.updated_at AS updated FROM events e WHERE ${PUBLISHED}
      ORDER BY e.id LIMIT ${limit} OFFSET ${offset}`,
  )
  return rows?.map((row) => ({
    id: row.id as Id,
    slug: (row.slug as string | null) ?? null,
    updatedAt: isoDate(row.updated),
  }))
}
