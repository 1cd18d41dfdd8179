import type { CollectionAfterChangeHook } from 'payload'

import { type NoticeEvent, noticePublished, noticeReviewReady, noticeReviewReturned } from '@/mail/notices'

type Doc = NoticeEvent & { _status?: string | null; reviewState?: string | null; reviewNote?: string | null }

/**
 * The review loop's mails: "ready for review" to the cluster's editors, "changes requested" with the note to the
 * author, and "published" to the author when an event goes public or a review round ends in a publish. Queued in
 * the save's transaction (src/mail), so a save that fails mails nobody.
 */
export const reviewNotices: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const now = doc as Doc
  const before = (previousDoc ?? {}) as Doc
  if (now._status !== 'published' && now.reviewState === 'ready' && before.reviewState !== 'ready')
    await noticeReviewReady(req, now)
  if (now.reviewState === 'returned' && before.reviewState !== 'returned')
    await noticeReviewReturned(req, now, now.reviewNote ?? '')
  const roundEnds = before.reviewState === 'ready' || before.reviewState === 'returned'
  if (now._status === 'published' && (before._status !== 'published' || roundEnds)) await noticePublished(req, now)
  return doc
}
