import type { Payload, PayloadRequest } from 'payload'

import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/locales'

/** How long an untouched new event is kept before it counts as abandoned. */
export const ABANDONED_AFTER_MINUTES = 60
/** Payload's create view saves once on opening; a draft saved again within this was worked on. */
const TOUCHED_WITHIN_MS = 2000
/** Removed per jobs round; more wait for the next round. */
const ABANDONED_PER_ROUND = 100

/**
 * "Create new" on an event makes an empty draft at once (Payload's autosave needs a document to save to). When an
 * editor leaves without writing anything, that draft would stay in the lists for good: drafts never published,
 * without a title in any language and never saved again are removed once they are an hour old.
 * Returns the ids removed.
 */
export async function removeAbandonedDrafts(
  payload: Payload,
  req?: PayloadRequest,
  now = new Date(),
): Promise<Array<number | string>> {
  const before = new Date(now.getTime() - ABANDONED_AFTER_MINUTES * 60_000).toISOString()
  // Candidates from the database: old drafts without a title in the default language (an index range, not
  // every draft there is); then those without a title in any language that were never saved again.
  const { docs: candidates } = await payload.find({
    collection: 'events',
    where: {
      and: [{ _status: { equals: 'draft' } }, { createdAt: { less_than: before } }, { title: { exists: false } }],
    },
    draft: true,
    locale: DEFAULT_LOCALE,
    fallbackLocale: false,
    depth: 0,
    sort: 'createdAt',
    limit: ABANDONED_PER_ROUND,
    pagination: false,
    select: { createdAt: true, updatedAt: true },
    overrideAccess: true,
    req,
  })
  const untouched = candidates.filter(
    (doc) => Date.parse(doc.updatedAt) - Date.parse(doc.createdAt) < TOUCHED_WITHIN_MS,
  )
  if (untouched.length === 0) return []
  const { docs } = await payload.find({
    collection: 'events',
    where: { id: { in: untouched.map((doc) => doc.id) } },
    draft: true,
    locale: 'all',
    depth: 0,
    limit: untouched.length,
    pagination: false,
    select: { title: true },
    overrideAccess: true,
    req,
  })
  const abandoned = docs.filter((doc) => {
    const titles = (doc.title ?? {}) as unknown as Record<string, unknown>
    return LOCALES.every((l) => typeof titles[l] !== 'string' || !titles[l].trim())
  })
  if (abandoned.length === 0) return []
  const ids = abandoned.map((doc) => doc.id)
  // Never published: no public page to expire. Another replica may have removed some already.
  await payload.delete({
    collection: 'events',
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'draft' } }] },
    overrideAccess: true,
    context: { disableRevalidate: true },
    req,
  })
  return ids
}
