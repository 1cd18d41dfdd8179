import type { PayloadRequest } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import { utcMoment } from '@/lib/time/format'

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

/** Why a link does not open an account: the reason, and the moment it names (when it was used, or ran out). */
export type LinkProblem = { status: 404 | 410; reason: 'unknown' | 'used' | 'withdrawn' | 'expired'; at?: string }

/** Why a stored invitation's link does not open an account, or nothing when it does. */
export function linkProblem(invitation: Stored | undefined, now = Date.now()): LinkProblem | undefined {
  if (!invitation) return { status: 404, reason: 'unknown' }
  if (invitation.status === 'accepted')
    return { status: 410, reason: 'used', at: invitation.acceptedAt ?? invitation.expiresAt }
  if (invitation.status === 'withdrawn') return { status: 410, reason: 'withdrawn' }
  if (Date.parse(invitation.expiresAt) <= now) return { status: 410, reason: 'expired', at: invitation.expiresAt }
  return undefined
}

const PROBLEM_WORDS: Record<Locale, Record<LinkProblem['reason'], (at: string) => string>> = {
  en: {
    unknown: () => 'This invitation link does not work: a newer mail may have replaced it. Ask whoever invited you.',
    used: (at) => `This invitation was used on ${at}: sign in with your address and password.`,
    withdrawn: () => 'This invitation was withdrawn. Ask whoever invited you.',
    expired: (at) => `This invitation ran out on ${at}. Ask whoever invited you to send it again.`,
  },
  fr: {
    unknown: () =>
      'Ce lien d’invitation ne fonctionne pas : un message plus récent l’a peut-être remplacé. Demandez à la personne qui vous a invité.',
    used: (at) => `Cette invitation a servi le ${at} : connectez-vous avec votre adresse et votre mot de passe.`,
    withdrawn: () => 'Cette invitation a été retirée. Demandez à la personne qui vous a invité.',
    expired: (at) => `Cette invitation a expiré le ${at}. Demandez à la personne qui vous a invité de la renvoyer.`,
  },
  de: {
    unknown: () =>
      'Dieser Einladungslink funktioniert nicht: Eine neuere E-Mail hat ihn vielleicht ersetzt. Fragen Sie, wer Sie eingeladen hat.',
    used: (at) => `Diese Einladung wurde am ${at} verwendet: Melden Sie sich mit Ihrer Adresse und Ihrem Passwort an.`,
    withdrawn: () => 'Diese Einladung wurde zurückgezogen. Fragen Sie, wer Sie eingeladen hat.',
    expired: (at) =>
      `Diese Einladung ist am ${at} abgelaufen. Bitten Sie, wer Sie eingeladen hat, sie erneut zu senden.`,
  },
}

/** Why the link does not work, in words of this language (the API answers in English). */
export function problemText(problem: LinkProblem, language: Locale = 'en'): string {
  const at = problem.at ? utcMoment(new Date(problem.at), language) : ''
  return PROBLEM_WORDS[language][problem.reason](at)
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

/** The invitation waiting for this address (not used, withdrawn or run out), if there is one. */
export async function invitationPending(req: PayloadRequest, email: string): Promise<Stored | undefined> {
  const { docs } = await req.payload.find({
    collection: 'invitations',
    where: {
      and: [
        { email: { equals: email } },
        { status: { equals: 'pending' } },
        { expiresAt: { greater_than: new Date().toISOString() } },
      ],
    },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] as Stored | undefined
}
