import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { insideNextServer } from '@/lib/runtime'

type Doc = { id: number | string; slug?: string | null }
export type AffectedTags = (args: { doc: Doc; previousDoc?: Doc; req: PayloadRequest }) => Promise<string[]> | string[]

/**
 * The one revalidation factory: a collection says which cache tags a change of one of its documents touches
 * (src/hooks/affected.ts), and these hooks expire exactly those, at once, after every create, update,
 * publish, unpublish and delete. Seeds and tests pass `context.disableRevalidate`; outside the Next server
 * (scripts, jest) there is no cache to expire.
 */
export function revalidateOnChange(affected: AffectedTags) {
  const expire = async (args: { doc: Doc; previousDoc?: Doc; req: PayloadRequest }) => {
    if (args.req.context?.disableRevalidate || !insideNextServer()) return
    const tags = [...new Set((await affected(args)).filter(Boolean))]
    for (const tag of tags) {
      try {
        revalidateTag(tag, { expire: 0 })
      } catch (error) {
        args.req.payload.logger.error({ err: error, msg: `Could not expire cache tag ${tag}` })
      }
    }
  }
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
    await expire({ doc, previousDoc, req })
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await expire({ doc, req })
    return doc
  }
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}
