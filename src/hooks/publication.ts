import type { CollectionAfterChangeHook, CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'

import { editorField } from '@/access'
import { QueryRefused } from '@/hooks/guardOperation'

type Id = number | string
/** What the public reads of a document: its status and when that document (not a draft of it) last changed. */
type PublicState = { status: unknown; updatedAt: unknown } | null

const noted = new WeakMap<PayloadRequest, Map<string, PublicState>>()

/** Someone signed in who may not publish (a contributor). Calls without a user are the app's own. */
const mayNotPublish = (req: PayloadRequest) => Boolean(req.user) && !editorField({ req } as never)

/** What the public reads of a document now (its stored document, not a draft of it); null when there is none. */
export async function publicState(req: PayloadRequest, collection: CollectionSlug, id: Id): Promise<PublicState> {
  const doc = (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as {
    _status?: unknown
    updatedAt?: unknown
  } | null
  return doc ? { status: doc._status, updatedAt: doc.updatedAt } : null
}

/** The document a version belongs to. */
export async function versionParent(
  req: PayloadRequest,
  collection: CollectionSlug,
  versionId: Id,
): Promise<Id | undefined> {
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: { id: { equals: versionId } },
    limit: 1,
    pagination: false,
    req,
  })
  return docs[0]?.parent
}

/**
 * Notes what the public reads of the document a change by someone who may not publish is about to touch
 * (an update, or the parent of a restored version), for `publicStateKept` to compare after the write.
 */
export const notePublicState: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const { id, overrideAccess } = args as { id?: Id; overrideAccess?: boolean }
  if (!mayNotPublish(req) || overrideAccess || id === undefined) return args
  if (operation !== 'update' && operation !== 'restoreVersion') return args
  const slug = collection.slug
  const target = operation === 'update' ? id : await versionParent(req, slug, id)
  if (target === undefined) return args
  const map = noted.get(req) ?? new Map<string, PublicState>()
  map.set(String(target), await publicState(req, slug, target))
  noted.set(req, map)
  return args
}

/**
 * The outcome, whatever path the change came by: a change by someone who may not publish that wrote the
 * document the public reads while it was, or became, published — published, unpublished, or changed live — is
 * refused, and its transaction rolled back. (The rules before the write say so first where they can; this
 * holds for every path they do not know.)
 */
export const publicStateKept: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (!mayNotPublish(req)) return doc
  const slug = collection.slug
  const before = operation === 'create' ? null : noted.get(req)?.get(String(doc.id))
  if (before === undefined) return doc // a write the caller's access was not asked for
  const after = await publicState(req, slug, doc.id as Id)
  const touched = before?.updatedAt !== after?.updatedAt || before?.status !== after?.status
  if (touched && (before?.status === 'published' || after?.status === 'published'))
    throw new QueryRefused(
      [{ path: '_status', message: 'only an editor publishes, unpublishes or changes what the public reads' }],
      403,
      '_status: only an editor publishes, unpublishes or changes what the public reads; save a draft instead.',
    )
  return doc
}
