import type { CollectionBeforeOperationHook } from 'payload'

import { clustersOf, roleOf } from '@/access'
import { QueryRefused } from '@/hooks/guardOperation'
import { idsOf } from '@/lib/relations'

type Id = number | string

const refuse = (path: string, message: string) => new QueryRefused([{ path, message }], 403, `${path}: ${message}`)

/**
 * What a contributor may do with an event, beyond "events of its clusters" (the access rule): save drafts only
 * (an editor publishes and unpublishes), keep at least one of its own clusters, and leave other clusters' as
 * they are. Runs on every path, the admin included.
 */
export const contributorRules: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (roleOf(req) !== 'contributor' || (operation !== 'create' && operation !== 'update')) return args
  const { data, draft, id, overrideAccess } = args as {
    data?: Record<string, unknown>
    draft?: boolean
    id?: Id
    overrideAccess?: boolean
  }
  if (overrideAccess || !data) return args
  if (operation === 'update' && id === undefined) throw refuse('where', 'contributors change events one at a time')
  if (data._status === 'published') throw refuse('_status', 'contributors save drafts; an editor publishes them')

  const current =
    operation === 'update'
      ? await req.payload.findByID({
          collection: 'events',
          id: id as Id,
          draft: true,
          depth: 0,
          overrideAccess: true,
          req,
        })
      : undefined
  if (operation === 'update' && !draft && current?._status === 'published') {
    throw refuse('_status', 'a published event is changed as a draft (save a draft); an editor publishes it')
  }
  const mine = new Set(clustersOf(req).map(String))
  const before = idsOf(current?.clusters)
  // Left out on create, the clusters default to the contributor's own (the field's default value).
  const after = data.clusters !== undefined ? idsOf(data.clusters) : operation === 'create' ? clustersOf(req) : before
  const foreign = (list: Id[]) =>
    list
      .filter((c) => !mine.has(String(c)))
      .map(String)
      .sort()
      .join(',')
  if (foreign(before) !== foreign(after)) throw refuse('clusters', 'only your own clusters can be added or removed')
  if (!after.some((c) => mine.has(String(c))))
    throw refuse('clusters', 'the event must keep at least one of your clusters')
  return args
}
