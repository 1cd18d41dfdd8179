import type {
  CollectionAfterChangeHook,
  CollectionAfterReadHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import { clustersOf, roleOf } from '@/access'
import { hitCounter } from '@/api/hit-counter'
import { QueryRefused } from '@/hooks/guardOperation'
import { idsOf } from '@/lib/relations'
import { invitationPath } from '@/lib/routes'
import { queueMail } from '@/mail/outbox'

import { invitationPending } from '@/accounts/invitation-link'
import { newToken } from '@/accounts/invitation-token'

const HOUR = 60 * 60_000
/** Invitations are mails to addresses someone types: limited like reset mails, per sender and per address. */
export const INVITATION_LIMITS = {
  perInviter: { max: 20, windowMs: HOUR },
  perAddress: { max: 3, windowMs: HOUR },
} as const

/** The one-time token of an invitation being written, kept only until its mail is queued (never stored). */
const tokens = new WeakMap<PayloadRequest, Map<string, string>>()

const refuse = (path: string, message: string, status = 400) =>
  new QueryRefused([{ path, message }], status, `The invitation cannot be sent: ${path} ${message}.`)

/** Counts one invitation mail from this person to this address; refuses past the limits. */
export async function countInvitation(req: PayloadRequest, email: string) {
  const counter = hitCounter()
  const { perInviter, perAddress } = INVITATION_LIMITS
  const bySender = await counter.hit(`invite:from:${String(req.user?.id)}`, perInviter.windowMs)
  if (bySender.count > perInviter.max)
    throw refuse('invitations', `are limited to ${perInviter.max} an hour for each sender; try again later`, 429)
  const byAddress = await counter.hit(`invite:to:${email}`, perAddress.windowMs)
  if (byAddress.count > perAddress.max)
    throw refuse('email', `was invited ${perAddress.max} times this hour, the most there may be; try again later`, 429)
}

/** A fresh token for an invitation; the link goes out with its mail (see mailInvitation). */
export function freshToken(req: PayloadRequest, email: string) {
  const made = newToken()
  const map = tokens.get(req) ?? new Map<string, string>()
  map.set(email, made.token)
  tokens.set(req, map)
  return { tokenHash: made.tokenHash, expiresAt: made.expiresAt }
}

/**
 * Who may invite whom: an admin anyone, in any role; an editor contributors of their own clusters only. Nobody
 * invites an address that has an account, or one with an invitation still waiting (send that one again).
 */
export const checkInvitation: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const email = String(data.email ?? '')
    .trim()
    .toLowerCase()
  const role = String(data.role ?? 'contributor')
  const clusters = idsOf(data.clusters)
  if (roleOf(req) === 'editor') {
    if (role !== 'contributor') throw refuse('role', 'can only be contributor: an editor invites contributors', 403)
    const own = new Set(clustersOf(req).map(String))
    if (own.size === 0)
      throw refuse('clusters', 'cannot be chosen: you have no clusters of your own; ask an admin to invite', 403)
    const others = clusters.filter((id) => !own.has(String(id)))
    if (clusters.length === 0 || others.length > 0)
      throw refuse('clusters', 'must be one or more of your own clusters', 403)
  }
  if (role === 'contributor' && clusters.length === 0)
    throw refuse('clusters', 'must name at least one cluster: a contributor writes the events of their clusters')
  const accounts = await req.payload.count({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
    req,
  })
  if (accounts.totalDocs > 0) throw refuse('email', 'has an account already: nobody needs to invite it', 409)
  if (await invitationPending(req, email))
    throw refuse('email', 'has an invitation waiting already: send that one again or withdraw it', 409)
  await countInvitation(req, email)
  return {
    ...data,
    email,
    role,
    clusters,
    language: data.language ?? (req.user as { language?: string } | null)?.language ?? 'en',
    invitedBy: req.user?.id ?? null,
    status: 'pending',
    ...freshToken(req, email),
  }
}

type Invitation = {
  id: number | string
  email: string
  name?: string | null
  role: string
  language?: string | null
  invitedBy?: unknown
  expiresAt: string
}

/** Sends the invitation's link in the invitee's language, in the transaction that wrote it. */
export async function mailInvitation(req: PayloadRequest, invitation: Invitation) {
  const token = tokens.get(req)?.get(invitation.email)
  if (!token) return
  tokens.get(req)?.delete(invitation.email)
  const inviter = (req.user as { name?: string; email?: string } | null) ?? {}
  await queueMail(
    req,
    { email: invitation.email, name: invitation.name, language: invitation.language },
    'invitation',
    {
      person: inviter.name || inviter.email || 'An admin',
      role: invitation.role,
      until: new Date(invitation.expiresAt),
    },
    invitationPath(token),
    { oneTimeLink: true },
  )
}

export const sendInvitation: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') await mailInvitation(req, doc as Invitation)
  return doc
}

/** A waiting invitation whose link has run out reads as expired. */
export const showExpiry: CollectionAfterReadHook = ({ doc }) =>
  doc.status === 'pending' && typeof doc.expiresAt === 'string' && Date.parse(doc.expiresAt) <= Date.now()
    ? { ...doc, status: 'expired' }
    : doc
