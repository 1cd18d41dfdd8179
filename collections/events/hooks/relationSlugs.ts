import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { EVENT_RELATIONS, type EventRelation, isEventRelation } from '@/lib/relations'

import { namedValues, replaceConditions } from './where'

async function idsOf(relation: EventRelation, slugs: string[], req: PayloadRequest): Promise<Array<number | string>> {
  const { docs } = await req.payload.find({
    collection: EVENT_RELATIONS[relation],
    where: { slug: { in: slugs } },
    select: {},
    depth: 0,
    limit: slugs.length,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((d) => d.id)
}

/**
 * A filter on a related document's slug (`where[tags.slug][equals]=climate`, as other sites write it) becomes
 * the same filter on its id, found by one indexed read. Payload joins the tags table to compare the slug, and
 * the databases then count the list by reading every event and looking up its tags (SQLite: 470 ms at 100k
 * events, against 10 ms by id). Only `equals` and `in` on the slug are rewritten; any other condition stays, and
 * so does one naming no slug that exists (it matches nothing, at no cost).
 */
export const relationSlugsToIds: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const where = 'where' in args ? args.where : undefined
  if ((operation !== 'read' && operation !== 'count') || !where) return args
  const rewritten = await replaceConditions(where, async (key, condition) => {
    const relation = key.endsWith('.slug') ? key.slice(0, -'.slug'.length) : ''
    const slugs = isEventRelation(relation) ? namedValues(condition) : undefined
    if (!slugs?.every((s) => typeof s === 'string' && s)) return undefined
    const ids = await idsOf(relation as EventRelation, slugs as string[], req)
    return ids.length ? { [relation]: { in: ids } } : undefined
  })
  return { ...args, where: rewritten }
}
