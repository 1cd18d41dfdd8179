import type { CollectionAfterForgotPasswordHook, PayloadRequest } from 'payload'

import { adminResetPath } from '@/lib/routes'
import { queueMail } from '@/mail/outbox'

import { wantsResetMail } from './accountGuards'

/** How long a reset link works. */
export const RESET_LINK_MS = 60 * 60_000

type Account = {
  id: number | string
  email?: string | null
  name?: string | null
  language?: string | null
  resetPasswordToken?: string | null
}

/**
 * Payload has just given the account a one-time reset token (in the request's transaction): its link goes out in the
 * person's language through the outbox. Nothing is sent for an address without an account, and the answer is the
 * same either way (accountGuards.ts times it).
 */
export const mailResetLink: CollectionAfterForgotPasswordHook = async ({ args }) => {
  const { req, data } = args as { req?: PayloadRequest; data?: { email?: unknown } }
  if (!req || !wantsResetMail.has(req)) return
  wantsResetMail.delete(req)
  const email = typeof data?.email === 'string' ? data.email.trim().toLowerCase() : ''
  if (!email) return
  const account = await req.payload.db.findOne<Account>({
    collection: 'users',
    where: { email: { equals: email } },
    req,
  })
  if (!account?.email || !account.resetPasswordToken) return
  await queueMail(
    req,
    account as Account & { email: string },
    'reset',
    {},
    adminResetPath(account.resetPasswordToken),
    {
      oneTimeLink: true,
    },
  )
}
