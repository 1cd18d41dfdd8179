import type { CollectionBeforeOperationHook } from 'payload'

import { eventsHolding } from '@/data/events-sql'
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
