import type { PayloadRequest } from 'payload'

import { looksLikeToken, tokenHash } from './invitation-token'

/** An invitation as stored, whatever its state. */
export type StoredInvitation = {
  id: number | string
  email: string
  name?: string | null
  role: string
  clusters?: unknown
  language?: string | null
  status: string
  expiresAt: string
  acceptedAt?: string | null
  invitedBy?: unknown
}
type Stored = StoredInvitation

/** A date as the link's pages say it, the same for every reader: "Mon, 14 Dec 2026 09:30 UTC". */
const day = (iso: string) => new Date(iso).toUTCString().replace(/:\d\d GMT$/, ' UTC')

/** Why a stored invitation's link does not open an account, or nothing when it does. */
export function linkProblem(invitation: Stored | undefined, now = Date.now()): [number, string] | undefined {
  if (!invitation)
    return [404, 'This invitation link does not work: a newer mail may have replaced it. Ask whoever invited you.']
  if (invitation.status === 'accepted')
    return [
      410,
      `This invitation was used on ${day(invitation.acceptedAt ?? invitation.expiresAt)}: sign in with your address and password.`,
    ]
  if (invitation.status === 'withdrawn') return [410, 'This invitation was withdrawn. Ask whoever invited you.']
  if (Date.parse(invitation.expiresAt) <= now)
    return [410, `This invitation ran out on ${day(invitation.expiresAt)}. Ask whoever invited you to send it again.`]
  return undefined
}

/** The invitation a link's token opens, whatever its state. */
export async function invitationOfToken(req: PayloadRequest, token: unknown): Promise<Stored | undefined> {
  if (!looksLikeToken(token)) return undefined
  const { docs } = await req.payload.find({
    collection: 'invitations',
    where: { tokenHash: { equals: tokenHash(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  return docs[0] as Stored | undefined
}
