import type { CollectionBeforeOperationHook, Payload } from 'payload'

import { relationColumn, sql, sqlList, sqlRows } from '@/db/sql'
import { type EventRelation, isEventRelation } from '@/lib/relations'

import { namedValues, replaceConditions } from './where'

/** Up to this many events, a filter on a relation becomes a filter on the events' ids. */
const MOST_EVENTS = 5000

/** The ids an `equals` or `in` condition on a relation names, as numbers (the REST API sends text). */
function idsOf(condition: unknown): number[] | undefined {
  const ids = namedValues(condition)?.map((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v))
  return ids?.every((id) => typeof id === 'number' && Number.isSafeInteger(id)) ? (ids as number[]) : undefined
}

/**
 * The events that hold any of `ids` in `relation`, read through the relation's index; undefined when there are
 * more than `most` of them, and on MongoDB.
 */
async function eventsHolding(
  payload: Payload,
  relation: EventRelation,
  ids: number[],
  most: number,
): Promise<Array<number | string> | undefined> {
  const rows = await sqlRows(
    payload,
    sql`SELECT DISTINCT parent_id AS id FROM events_rels
      WHERE path = ${relation} AND ${relationColumn(relation)} IN (${sqlList(ids)}) LIMIT ${most + 1}`,
  )
  return rows && rows.length <= most ? rows.map((row) => row.id as number | string) : undefined
}

/**
 * On PostgreSQL, a filter on a tag, cluster, host or partner (`where[tags][in]=12`, and a slug once
 * relationSlugsToIds made it an id) becomes a filter on the ids of the events that hold it, read through the
 * relation's index. Payload joins the relations to every event and PostgreSQL, sure that a tag's events are spread
 * evenly over the dates, walks the events newest first and looks up each one's relations: for a tag whose events
 * are years old that is every event of those years (0.5 s at 100k). By id it finds the few and sorts them (a few
 * ms). A relation with more than 5,000 events is left as it is: its events are everywhere, and the walk finds a
 * page at once. Not on SQLite, which already reads such a list through the relation first and would compute the
 * columns of every listed event before sorting them, nor for drafts (their relations are the versions').
 */
export const relationsToEventIds: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const where = 'where' in args ? args.where : undefined
  if ((operation !== 'read' && operation !== 'count') || !where || req.payload.db.name !== 'postgres') return args
  if ('draft' in args && args.draft) return args
  const rewritten = await replaceConditions(where, async (key, condition) => {
    const ids = isEventRelation(key) ? idsOf(condition) : undefined
    const events = ids && (await eventsHolding(req.payload, key as EventRelation, ids, MOST_EVENTS))
    return events?.length ? { id: { in: events } } : undefined
  })
  return { ...args, where: rewritten }
}
