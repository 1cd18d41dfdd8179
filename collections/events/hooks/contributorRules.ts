import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { clustersOf, roleOf } from '@/access'
import { QueryRefused } from '@/hooks/guardOperation'
import { idsOf } from '@/lib/relations'

type Id = number | string

const refuse = (path: string, message: string) => new QueryRefused([{ path, message }], 403, `${path}: ${message}`)

const PUBLISHES_IS_EDITORS = 'contributors save drafts; an editor publishes and unpublishes'

/** The event as stored: the newest draft (`draft`) or the document the public reads. */
const stored = (req: PayloadRequest, id: Id, draft: boolean) =>
  req.payload.findByID({
    collection: 'events',
    id,
    draft,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })

/** The event a version belongs to. */
async function versionParent(req: PayloadRequest, versionId: Id): Promise<Id | undefined> {
  const { docs } = await req.payload.db.findVersions({
    collection: 'events',
    where: { id: { equals: versionId } },
    limit: 1,
    pagination: false,
    req,
  })
  return docs[0]?.parent as Id | undefined
}

/**
 * What a contributor may do with an event, beyond "events of its clusters" (the access rule): save drafts only
 * (an editor publishes and unpublishes), keep at least one of its own clusters, and leave other clusters' as
 * they are. Runs on every path, the admin included: a plain save of a published event (which would overwrite or
 * unpublish what the public reads, whatever the newest draft says), a version restored over a published event (as a
 * draft only) and a copy (a draft, of an event of its own clusters). src/hooks/publication.ts checks the outcome as well.
 */
export const contributorRules: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (roleOf(req) !== 'contributor') return args
  const { data, draft, id, overrideAccess, duplicateFromID } = args as {
    data?: Record<string, unknown>
    draft?: boolean
    id?: Id
    overrideAccess?: boolean
    duplicateFromID?: Id
  }
  if (overrideAccess) return args
  if (operation === 'restoreVersion') {
    // Restored plainly, a version replaces what the public reads (a draft one unpublishes it).
    const version = id === undefined || draft ? undefined : await versionParent(req, id)
    if (version !== undefined && (await stored(req, version, false))?._status === 'published')
      throw refuse(
        'draft',
        `a version of a published event is restored as a draft (draft=true): ${PUBLISHES_IS_EDITORS}`,
      )
    return args
  }
  if ((operation !== 'create' && operation !== 'update') || !data) return args
  if (operation === 'update' && id === undefined) throw refuse('where', 'contributors change events one at a time')
  if (data._status === 'published') throw refuse('_status', PUBLISHES_IS_EDITORS)
  const copying = operation === 'create' && duplicateFromID !== undefined && duplicateFromID !== null

  if (operation === 'update' && !draft && (await stored(req, id as Id, false))?._status === 'published')
    throw refuse('_status', `a published event is changed as a draft (save a draft): ${PUBLISHES_IS_EDITORS}`)
  const current = operation === 'update' ? await stored(req, id as Id, true) : undefined
  const original = copying ? await stored(req, duplicateFromID, true) : undefined
  const mine = new Set(clustersOf(req).map(String))
  const before = idsOf(current?.clusters)
  // Left out on create, the clusters default to the contributor's own (the field's default value), or, for a
  // copy, to the original's.
  const after =
    data.clusters !== undefined
      ? idsOf(data.clusters)
      : copying
        ? idsOf(original?.clusters)
        : operation === 'create'
          ? clustersOf(req)
          : before
  const foreign = (list: Id[]) =>
    list
      .filter((c) => !mine.has(String(c)))
      .map(String)
      .sort()
      .join(',')
  if (foreign(before) !== foreign(after)) throw refuse('clusters', 'only your own clusters can be added or removed')
  if (!after.some((c) => mine.has(String(c))))
    throw refuse('clusters', 'the event must keep at least one of your clusters')
  // A copy is a new draft, whatever the original's status.
  return copying ? { ...args, draft: true } : args
}
