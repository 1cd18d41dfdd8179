import {
  commitTransaction,
  type Endpoint,
  initTransaction,
  killTransaction,
  type PayloadRequest,
  type TypedUser,
} from 'payload'

import {
  invitationOfToken,
  linkProblem,
  problemText,
  type StoredInvitation as Stored,
} from '@/accounts/invitation-link'
import { passwordProblem } from '@/accounts/password'
import { sessionCookie } from '@/accounts/session'
import { isEditor, roleOf } from '@/access'
import { clientAddress } from '@/api/client-address'
import { hitCounter } from '@/api/hit-counter'
import { TEXT_LENGTHS } from '@/fields/common'
import { idsOf } from '@/lib/relations'
import { forbiddenCharacter } from '@/lib/text/plain-text'
import { refusal } from '@/api/errors'

import { countInvitation, freshToken, mailInvitation } from './hooks/invite'
const MINUTE = 60_000
/** Tries at a link from one address: a token cannot be guessed, but nobody needs more tries than this. */
const ACCEPT_LIMIT = { max: 20, windowMs: 15 * MINUTE }

async function body(req: PayloadRequest): Promise<Record<string, unknown> | undefined> {
  try {
    const data: unknown = await req.json?.()
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

function nameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string' || name.trim() === '') return 'Write your name: others see it beside your events.'
  if (name.length > TEXT_LENGTHS.name) return `Your name may have at most ${TEXT_LENGTHS.name} characters.`
  if (/[\r\n\u2028\u2029]/.test(name)) return 'Your name must be on one line.'
  const bad = forbiddenCharacter(name)
  return bad ? `Your name holds a character that cannot be stored (${bad}).` : undefined
}

/**
 * POST /api/invitations/accept { token, name, password }: the invited person sets up their account from the link
 * of the mail. The link works once, for seven days, and not after the invitation was withdrawn or sent again.
 * The account gets the invitation's role and clusters; the person is signed in.
 */
const accept: Endpoint = {
  path: '/accept',
  method: 'post',
  handler: async (req) => {
    const tries = await hitCounter().hit(`invite:accept:${clientAddress(req)}`, ACCEPT_LIMIT.windowMs)
    if (tries.count > ACCEPT_LIMIT.max)
      return refusal(
        429,
        `Too many tries from this address. Try again in ${Math.ceil(tries.resetMs / MINUTE)} minute(s).`,
      )
    const data = await body(req)
    if (!data) return refusal(400, 'Send a JSON object: { "token", "name", "password" }.')
    const invitation = await invitationOfToken(req, data.token)
    const problem = linkProblem(invitation)
    if (problem || !invitation) {
      const why = problem ?? { status: 404 as const, reason: 'unknown' as const }
      return refusal(why.status, problemText(why), 'token')
    }
    const badName = nameProblem(data.name)
    if (badName) return refusal(400, badName, 'name')
    const badPassword = passwordProblem(data.password)
    if (badPassword) return refusal(400, `The password ${badPassword}.`, 'password')
    const password = data.password as string
    let account: TypedUser
    const shouldCommit = await initTransaction(req)
    try {
      // Taken by one request only: the row changes from waiting to used in this transaction.
      const { docs } = await req.payload.update({
        collection: 'invitations',
        where: { and: [{ id: { equals: invitation.id } }, { status: { equals: 'pending' } }] },
        data: { status: 'accepted', acceptedAt: new Date().toISOString() },
        depth: 0,
        overrideAccess: true,
        req,
      })
      if (docs.length === 0) throw new Error('taken')
      account = await req.payload.create({
        collection: 'users',
        data: {
          email: invitation.email,
          name: (data.name as string).trim(),
          password,
          role: invitation.role as 'contributor',
          clusters: invitation.clusters as number[],
          language: (invitation.language ?? 'en') as 'en',
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
      await req.payload.update({
        collection: 'invitations',
        id: invitation.id,
        data: { account: account.id },
        depth: 0,
        overrideAccess: true,
        req,
      })
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      if ((error as Error).message === 'taken')
        return refusal(410, 'This invitation was used a moment ago: sign in.', 'token')
      throw error
    }
    const cookie = await sessionCookie(req, { ...account, collection: 'users' })
    return Response.json(
      {
        message: 'Your account is set up and you are signed in.',
        user: { email: invitation.email, role: invitation.role },
      },
      { status: 201, headers: { 'Set-Cookie': cookie } },
    )
  },
}

/** An invitation someone may send again or withdraw: an admin any, an editor the ones they sent. */
async function ownInvitation(req: PayloadRequest): Promise<Stored | Response> {
  if (!isEditor({ req })) return refusal(403, 'Only admins and editors manage invitations.')
  const role = roleOf(req)
  const id = req.routeParams?.id
  const found = await req.payload.findByID({
    collection: 'invitations',
    id: String(id),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!found) return refusal(404, 'There is no such invitation.')
  const invitedBy = idsOf([found.invitedBy])[0]
  if (role === 'editor' && String(invitedBy) !== String(req.user?.id))
    return refusal(403, 'An editor manages the invitations they sent.')
  if (found.status === 'accepted') return refusal(409, 'This invitation was used: the account exists.')
  if (found.status === 'withdrawn') return refusal(409, 'This invitation was withdrawn: invite the address again.')
  return found as Stored
}

/** POST /api/invitations/:id/resend: a new link (the old one stops working), valid seven days from now. */
const resend: Endpoint = {
  path: '/:id/resend',
  method: 'post',
  handler: async (req) => {
    const found = await ownInvitation(req)
    if (found instanceof Response) return found
    await countInvitation(req, found.email)
    const shouldCommit = await initTransaction(req)
    try {
      const updated = await req.payload.update({
        collection: 'invitations',
        id: found.id,
        data: { ...freshToken(req, found.email), status: 'pending' },
        depth: 0,
        overrideAccess: true,
        req,
      })
      await mailInvitation(req, { ...found, expiresAt: updated.expiresAt as string })
      if (shouldCommit) await commitTransaction(req)
      return Response.json({
        message: `Sent again to ${found.email}; the earlier link no longer works.`,
        expiresAt: updated.expiresAt,
      })
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
}

/** POST /api/invitations/:id/withdraw: the link stops working; the record stays, marked withdrawn. */
const withdraw: Endpoint = {
  path: '/:id/withdraw',
  method: 'post',
  handler: async (req) => {
    const found = await ownInvitation(req)
    if (found instanceof Response) return found
    await req.payload.update({
      collection: 'invitations',
      id: found.id,
      data: { status: 'withdrawn' },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return Response.json({ message: `The invitation to ${found.email} is withdrawn; its link no longer works.` })
  },
}

export const invitationEndpoints = [accept, resend, withdraw]
