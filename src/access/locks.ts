import type { Access, CollectionSlug, PayloadRequest, SanitizedConfig } from 'payload'

import { editorField } from './index'

const LOCKS = 'payload-locked-documents'

type Relation = { relationTo?: unknown; value?: unknown }

const relationOf = (value: unknown): Relation | undefined =>
  typeof value === 'object' && value !== null ? value : undefined

/** Whether the caller may change the document a lock is about (so a lock on it blocks nobody it should not). */
async function mayChange(req: PayloadRequest, document: Relation | undefined, globalSlug: unknown) {
  if (editorField({ req } as never)) return true
  if (globalSlug) return false // only editors change the site settings
  const slug = document?.relationTo
  const id = typeof document?.value === 'object' ? (document.value as { id?: unknown })?.id : document?.value
  if (typeof slug !== 'string' || (typeof id !== 'string' && typeof id !== 'number')) return false
  const collection = req.payload.collections[slug as CollectionSlug]?.config
  const rule = collection?.access?.update
  if (!rule) return false
  const result = await rule({ req, id: id as number })
  if (typeof result === 'boolean') return result
  const { totalDocs } = await req.payload.count({
    collection: slug as CollectionSlug,
    where: { and: [{ id: { equals: id } }, result] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * A lock is taken in the caller's own name, on a document the caller may change: otherwise anyone signed in could
 * lock editors out of any document (Payload's own rule is "signed in"). Locks are removed by whoever holds them,
 * or by an editor.
 */
const lockInOwnName: Access = async ({ req, data }) => {
  if (!req.user) return false
  if (!data) return true // asked without a change (the admin's permissions): the change itself is checked
  const user = relationOf(data.user)
  const holder = typeof user?.value === 'object' ? (user.value as { id?: unknown })?.id : (user?.value ?? data.user)
  if (String(holder) !== String(req.user.id)) return false
  return mayChange(req, relationOf(data.document), data.globalSlug)
}

const ownLocksOrEditor: Access = ({ req }) => {
  if (!req.user) return false
  if (editorField({ req } as never)) return true
  return { 'user.value': { equals: req.user.id } }
}

/** Payload's locked-documents collection with the rules above, set on the built configuration. */
export function withLockRules(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === LOCKS)
  if (locks) locks.access = { ...locks.access, create: lockInOwnName, update: lockInOwnName, delete: ownLocksOrEditor }
  return config
}
