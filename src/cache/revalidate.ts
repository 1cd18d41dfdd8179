import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { purgeCacheKeys } from '@/cache/purge'
import { onCommit } from '@/db/transactions'
import { config } from '@/config'

type Doc = { id: number | string; slug?: string | null }
export type AffectedTags = (args: { doc: Doc; previousDoc?: Doc; req: PayloadRequest }) => Promise<string[]> | string[]

/** Tags found before a delete, kept per request until the delete is done (req.context does not keep them). */
const pending = new WeakMap<PayloadRequest, Map<string, string[]>>()
const pendingKey = (collection: string, id: number | string) => `${collection}:${id}`

/** When the cache in front is purged a second time after a change. */
const REPEAT_PURGE_MS = 1000

async function expire(tags: string[], req: PayloadRequest) {
  const unique = [...new Set(tags.filter(Boolean))]
  for (const tag of unique) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `Could not expire cache tag ${tag}` })
    }
  }
  // The HTTP cache in front forgets the same keys once the change is committed (src/cache/purge.ts), and once
  // more a moment later: Next applies its own expiry just after the answer is sent, so a read in between could
  // fill the cache in front from Next's old data.
  const purge = () =>
    purgeCacheKeys(unique).catch((error: Error) =>
      req.payload.logger.error({ err: error, msg: `Could not purge the cache in front: ${error.message}` }),
    )
  await onCommit(req, async () => {
    await purge()
    setTimeout(() => void purge(), REPEAT_PURGE_MS).unref()
  })
}

const skip = (req: PayloadRequest) => Boolean(req.context?.disableRevalidate) || !config().insideNextServer

/**
 * The one revalidation factory: a collection says which cache tags a change of one of its documents touches
 * (src/cache/affected.ts), and these hooks expire exactly those, at once, after every create, update,
 * publish, unpublish and delete. A delete is looked at before it happens, while the documents that refer to
 * it still do. Seeds and tests pass `context.disableRevalidate`; outside the Next server (scripts, jest)
 * there is no cache to expire. `checks.before` are after-change checks that may still refuse the change: they run
 * first, so nothing is expired for a change that is rolled back.
 */
export function revalidateOnChange(affected: AffectedTags, checks: { before?: CollectionAfterChangeHook[] } = {}) {
  const afterChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
    // A new draft shows nowhere public (and the admin's "Create new" makes one while it renders, where Next
    // refuses to expire anything).
    const newDraft = operation === 'create' && (doc as { _status?: unknown })._status === 'draft'
    if (!skip(req) && !newDraft) await expire(await affected({ doc, previousDoc, req }), req)
    return doc
  }
  const beforeDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
    if (skip(req)) return
    const doc = await req.payload.findByID({ collection: collection.slug, id, depth: 0, req, disableErrors: true })
    if (!doc) return
    const byDoc = pending.get(req) ?? new Map<string, string[]>()
    byDoc.set(pendingKey(collection.slug, id), await affected({ doc: doc, req }))
    pending.set(req, byDoc)
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
    const key = pendingKey(collection.slug, doc.id)
    const tags = pending.get(req)?.get(key)
    pending.get(req)?.delete(key)
    if (!skip(req) && tags) await expire(tags, req)
    return doc
  }
  return {
    afterChange: [...(checks.before ?? []), afterChange],
    beforeDelete: [beforeDelete],
    afterDelete: [afterDelete],
  }
}

/** The same for a global: a change expires the tags of everything that shows it. */
export function revalidateGlobal(tags: string[]) {
  const afterChange: GlobalAfterChangeHook = async ({ doc, req }) => {
    if (!skip(req)) await expire(tags, req)
    return doc
  }
  return { afterChange: [afterChange] }
}
