import type { Payload } from 'payload'

import { idOf } from '@/lib/relations'

import { LockHolderNote } from './LockHolderNote'

/** How long Payload keeps a lock without a sign of life (its default, which no collection here changes). */
const LOCK_SECONDS = 300

type Props = { id?: number | string; collectionSlug?: string; payload: Payload; user?: { id: unknown } | null }

/**
 * Who is editing this document, by name, for Payload's "Document locked" dialog: Payload names the holder by
 * e-mail address (which only admins may read, so an editor saw "User: 1") and dates the lock the American way.
 * Read on the server, with the lock, when the page is opened.
 */
export async function LockHolder({ id, collectionSlug, payload, user }: Props) {
  if (id === undefined || !collectionSlug || !user) return null
  const { docs } = await payload.find({
    collection: 'payload-locked-documents',
    where: {
      and: [
        { 'document.value': { equals: id } },
        { 'document.relationTo': { equals: collectionSlug } },
        { updatedAt: { greater_than: new Date(Date.now() - LOCK_SECONDS * 1000).toISOString() } },
      ],
    },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const lock = docs[0]
  const holder = idOf(lock?.user && typeof lock.user === 'object' ? lock.user.value : undefined)
  if (!lock || holder === undefined || String(holder) === String(user.id)) return null
  const account = await payload
    .findByID({ collection: 'users', id: holder, depth: 0, select: { name: true }, overrideAccess: true })
    .catch(() => null)
  return <LockHolderNote holder={String(holder)} name={account?.name || 'Another account'} since={lock.updatedAt} />
}
