import type { PaginatedDocs, Payload } from 'payload'

import { NOTE_FALLBACKS } from '@/lib/i18n/fallback-paths'
import { reportSkipped } from '@/lib/skipped'

import { payloadClient } from './client'

type FindArgs = Parameters<Payload['find']>[0]

/**
 * A public read: access control always on, and one document that cannot be read (a date the database
 * mangled, a row a manual fix broke) never takes the whole list down. When the list query fails, the ids are
 * read alone and each document on its own; the ones that still fail are reported and left out.
 */
export const findPublic = (async (args: FindArgs) => {
  const payload = await payloadClient()
  // Each document notes its texts shown in the default language, for the page to mark them (src/lib/i18n/fallback-paths.ts).
  const safe = { ...args, overrideAccess: false, context: { ...args.context, [NOTE_FALLBACKS]: true } } as const
  try {
    return await payload.find(safe)
  } catch (error) {
    reportSkipped(`a list of ${args.collection}`, 'one query', error)
  }
  const ids = (await payload.find({ ...safe, select: {}, depth: 0, joins: false as never })) as PaginatedDocs<{
    id: number | string
  }>
  const docs = await Promise.all(
    ids.docs.map(async ({ id }) => {
      try {
        const { docs } = await payload.find({ ...safe, where: { id: { equals: id } }, limit: 1, pagination: false })
        return docs[0]
      } catch (error) {
        reportSkipped(`${args.collection} ${id}`, 'a list', error)
        return undefined
      }
    }),
  )
  return { ...ids, docs: docs.filter((d) => d !== undefined) }
}) as Payload['find']
