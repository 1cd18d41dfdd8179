import type { Payload, PayloadRequest } from 'payload'

import { clustersOf, roleOf } from '@/access'
import { idsOf } from '@/lib/relations'

import { ReadOnlyNote } from './ReadOnlyNote'

type Props = { payload: Payload; user?: PayloadRequest['user']; data?: { id?: unknown; clusters?: unknown } }

/**
 * Above an event's form, for a contributor who opens an event of other clusters: why the form cannot be changed,
 * naming the event's clusters and the contributor's own. (Whether the form is read-only is Payload's own answer,
 * read by ReadOnlyNote; this only finds the names, and only when they may be needed.)
 */
export async function ReadOnlyNotice({ payload, user, data }: Props) {
  if (!user || !data?.id || roleOf({ user }) !== 'contributor') return null
  const theirs = idsOf(data.clusters).map(String)
  const mine = clustersOf({ user }).map(String)
  if (theirs.some((id) => mine.includes(id))) return null
  const ids = [...new Set([...theirs, ...mine])]
  const { docs } = ids.length
    ? await payload.find({
        collection: 'clusters',
        where: { id: { in: ids } },
        depth: 0,
        limit: ids.length,
        pagination: false,
        select: { name: true },
      })
    : { docs: [] }
  const names = new Map(docs.map((cluster) => [String(cluster.id), cluster.name]))
  const named = (list: string[]) => list.map((id) => names.get(id)).filter((name): name is string => Boolean(name))
  return <ReadOnlyNote eventClusters={named(theirs)} yourClusters={named(mine)} />
}
