import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { clustersOf, roleOf } from '@/access'
import { QueryRefused } from '@/hooks/guardOperation'
import { publicState, versionParent } from '@/hooks/publication'
import { idsOf } from '@/lib/relations'

type Id = number | string

const refuse = (path: string, message: string) => new QueryRefused([{ path, message }], 403, `${path}: ${message}`)

const PUBLISHES_IS_EDITORS = 'contributors save drafts; an editor publishes and unpublishes'

/** The newest draft of an event (what the admin shows). */
const newestDraft = (req: PayloadRequest, id: Id) =>
  req.payload.findByID({
    collection: 'events',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })

/** Whether the public reads the event now. */
const isPublished = async (req: PayloadRequest, id: Id) =>
  (await publicState(req, 'events', id))?.status === 'published'

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
    const parent = id === undefined || draft ? undefined : await versionParent(req, 'events', id)
    if (parent !== undefined && (await isPublished(req, parent)))
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

  if (operation === 'update' && !draft && (await isPublished(req, id as Id)))
    throw refuse('_status', `a published event is changed as a draft (save a draft): ${PUBLISHES_IS_EDITORS}`)
  const current = operation === 'update' ? await newestDraft(req, id as Id) : undefined
  const original = copying ? await newestDraft(req, duplicateFromID) : undefined
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
