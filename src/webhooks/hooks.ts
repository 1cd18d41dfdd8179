import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import { requestJobsRound } from '@/jobs/ticker'

import { changeOf, isWebhookCollection, message, type Change, type WebhookCollection } from './message'

export const DELIVER_TASK = 'deliverWebhook'

type Subscriber = { id: number | string; changes?: string[] | null }
type Doc = { id: number | string; slug?: string | null; _status?: string | null }

/** The active webhooks that asked for a collection (a handful of rows: read on every save of it). */
async function subscribers(req: PayloadRequest, collection: WebhookCollection): Promise<Subscriber[]> {
  const { docs } = await req.payload.find({
    collection: 'webhooks',
    where: { and: [{ active: { equals: true } }, { collections: { in: [collection] } }] },
    select: { changes: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

/** Whether the document's public (main) row is published right now, inside the request's transaction. */
async function isPublished(req: PayloadRequest, collection: WebhookCollection, id: number | string) {
  const row = await req.payload.db.findOne<Doc>({ collection, where: { id: { equals: id } }, req })
  return row?._status === 'published'
}

/**
 * Records one delivery per webhook that asked for this change and queues it, in the same transaction as the
 * change itself: a save that fails sends nothing, a save that lands is delivered even if the app restarts.
 * Nothing is sent here: the jobs round does it, so a slow receiver never slows a save.
 */
async function enqueue(
  req: PayloadRequest,
  collection: WebhookCollection,
  doc: Doc,
  change: Change,
  hooks: Subscriber[],
) {
  const wanted = hooks.filter((h) => h.changes?.includes(change))
  if (wanted.length === 0) return
  for (const hook of wanted) {
    const { id: messageId, body } = message(collection, doc, change, req.locale ?? undefined)
    const delivery = await req.payload.create({
      collection: 'webhook-deliveries',
      data: {
        webhook: hook.id as number,
        messageId,
        eventType: `${collection}.${change}`,
        documentId: String(doc.id),
        body,
        status: 'pending',
        attempts: 0,
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    await req.payload.jobs.queue({
      task: DELIVER_TASK,
      input: { delivery: String(delivery.id) },
      overrideAccess: true,
      req,
    })
  }
  requestJobsRound()
}

type Before = { hooks: Subscriber[]; wasPublic: boolean }
/** What a save looked like before it ran, per request and document (req.context is shared by nested saves). */
const before = new WeakMap<PayloadRequest, Map<string, Before>>()
const key = (collection: string, id: number | string | undefined) => `${collection}:${id ?? 'new'}`

/** Adds the webhook hooks to the collections other sites can subscribe to. */
export function withWebhooks(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    const slug = collection.slug
    if (!isWebhookCollection(slug)) return collection
    const hasDrafts = Boolean(typeof collection.versions === 'object' && collection.versions?.drafts)

    const beforeChange: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
      const hooks = await subscribers(req, slug)
      if (hooks.length === 0) return data
      const id = operation === 'update' ? (originalDoc as Doc | undefined)?.id : undefined
      const wasPublic = id === undefined ? false : !hasDrafts || (await isPublished(req, slug, id))
      const map = before.get(req) ?? new Map<string, Before>()
      map.set(key(slug, id), { hooks, wasPublic })
      before.set(req, map)
      return data
    }
    const afterChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
      const k = key(slug, operation === 'update' ? ((previousDoc as Doc | undefined)?.id ?? doc.id) : undefined)
      const seen = before.get(req)?.get(k)
      before.get(req)?.delete(k)
      if (!seen) return doc
      const change = await changeOf({
        hasDrafts,
        operation,
        status: (doc as Doc)._status,
        wasPublic: seen.wasPublic,
        stillPublic: () => isPublished(req, slug, doc.id),
      })
      if (change) await enqueue(req, slug, doc as Doc, change, seen.hooks)
      return doc
    }
    const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
      if (hasDrafts && (doc as Doc)._status !== 'published') return doc
      const hooks = await subscribers(req, slug)
      if (hooks.length > 0) await enqueue(req, slug, doc as Doc, 'delete', hooks)
      return doc
    }
    const hooks = collection.hooks ?? {}
    return {
      ...collection,
      hooks: {
        ...hooks,
        beforeChange: [...(hooks.beforeChange ?? []), beforeChange],
        afterChange: [...(hooks.afterChange ?? []), afterChange],
        afterDelete: [...(hooks.afterDelete ?? []), afterDelete],
      },
    }
  })
}
