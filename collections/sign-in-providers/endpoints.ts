import { randomBytes } from 'node:crypto'

import {
  commitTransaction,
  type Endpoint,
  initTransaction,
  killTransaction,
  type PayloadRequest,
  type TypedUser,
} from 'payload'
import { parseCookies } from 'payload/shared'

import { invitationPending } from '@/accounts/invitation-link'
import {
  finishSignIn,
  FLOW_COOKIE,
  flowOf,
  type Provider,
  SignInRefused,
  startSignIn,
  type VerifiedPerson,
} from '@/accounts/oidc'
import { sessionCookie } from '@/accounts/session'
import { config } from '@/config'
import { idsOf } from '@/lib/relations'
import { isLocale } from '@/lib/i18n/locales'
import { absoluteUrl, adminPath, signInCallbackPath, signInProblemPath, signInProvidersPath } from '@/lib/routes'

const redirect = (location: string, cookies: string[] = []) => {
  const headers = new Headers({ Location: location, 'Cache-Control': 'no-store' })
  for (const cookie of cookies) headers.append('Set-Cookie', cookie)
  return new Response(null, { status: 302, headers })
}

const flowCookie = (value: string, maxAge: number) =>
  `${FLOW_COOKIE}=${value}; Path=${signInProvidersPath()}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${config().serverUrl.startsWith('https:') ? '; Secure' : ''}`

async function providerById(req: PayloadRequest, id: unknown): Promise<Provider | undefined> {
  if (typeof id !== 'string' || !/^[\w-]{1,64}$/.test(id)) return undefined
  const doc = await req.payload.findByID({
    collection: 'sign-in-providers',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return doc && doc.enabled !== false && doc.clientSecret ? (doc as unknown as Provider) : undefined
}

/** The random password of an account made through a provider: 384 bits that nobody ever sees. */
const UNKNOWN_PASSWORD_BYTES = 48

type Account = TypedUser & { identities?: Array<{ issuer?: string | null; subject?: string | null }> | null }

/**
 * The account of the person the provider vouched for: found by the verified address and linked (never a second
 * account); an invitation waiting for the address is accepted; otherwise made with the provider's role, unless
 * the provider lets in invited people only. An account already linked to another person at this provider is
 * refused.
 */
async function accountFor(req: PayloadRequest, provider: Provider, person: VerifiedPerson): Promise<Account> {
  const { payload } = req
  const found = (
    await payload.find({
      collection: 'users',
      where: { email: { equals: person.email } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
  ).docs[0] as Account | undefined
  const identity = { issuer: provider.issuer, subject: person.subject }
  if (found) {
    const known = found.identities ?? []
    const atThisProvider = known.find((i) => i.issuer === provider.issuer)
    if (atThisProvider && atThisProvider.subject !== person.subject)
      throw new SignInRefused('subject', 'This account is linked to another person at this provider.')
    if (atThisProvider) return { ...found, collection: 'users' }
    // The account as it now is: the session is added to this very object, which is written back whole.
    const linked = await payload.update({
      collection: 'users',
      id: found.id,
      data: { identities: [...known.map(({ issuer, subject }) => ({ issuer, subject })), identity] },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return { ...linked, collection: 'users' }
  }
  const invitation = await invitationPending(req, person.email)
  if (!invitation && provider.newAccounts === 'invited')
    throw new SignInRefused('invited', `${person.email} has no account here and was not invited.`)
  const language = person.locale?.slice(0, 2)
  const made = await payload.create({
    collection: 'users',
    data: {
      email: person.email,
      name: person.name?.trim() || invitation?.name || person.email,
      // Nobody knows it: this person signs in through their provider (or sets a password by reset).
      password: randomBytes(UNKNOWN_PASSWORD_BYTES).toString('base64url'),
      role: (invitation?.role ?? provider.newAccounts) as 'contributor',
      clusters: idsOf(invitation ? invitation.clusters : provider.clusters) as number[],
      language: (invitation?.language ?? (isLocale(language) ? language : 'en')) as 'en',
      identities: [identity],
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (invitation)
    await payload.update({
      collection: 'invitations',
      id: invitation.id,
      data: { status: 'accepted', acceptedAt: new Date().toISOString(), account: made.id },
      overrideAccess: true,
      req,
    })
  return { ...made, collection: 'users' }
}

/** GET /api/sign-in-providers/:id/start: off to the provider, with this sign-in's checks in a cookie. */
const start: Endpoint = {
  path: '/:id/start',
  method: 'get',
  handler: async (req) => {
    const provider = await providerById(req, req.routeParams?.id)
    if (!provider) return redirect(signInProblemPath('provider'))
    const settings = config()
    try {
      const redirectUri = absoluteUrl(signInCallbackPath(), settings.serverUrl)
      const { location, flow, maxAge } = await startSignIn(
        provider,
        redirectUri,
        settings.payloadSecret,
        settings.signInAllowHttpProviders,
      )
      return redirect(location, [flowCookie(flow, maxAge)])
    } catch (error) {
      req.payload.logger.warn({ err: error, msg: `Sign-in with ${provider.name} could not start` })
      return redirect(signInProblemPath('provider'))
    }
  },
}

/**
 * GET /api/sign-in-providers/callback: the way back. Every refusal ends on the sign-in problem page, which says
 * what went wrong; no account is made or changed by a refused sign-in.
 */
const callback: Endpoint = {
  path: '/callback',
  method: 'get',
  handler: async (req) => {
    const settings = config()
    const clear = flowCookie('', 0)
    try {
      const flow = await flowOf(parseCookies(req.headers).get(FLOW_COOKIE), settings.payloadSecret)
      const provider = await providerById(req, flow.p)
      if (!provider) throw new SignInRefused('provider', 'The provider was removed or switched off meanwhile.')
      const here = new URL(absoluteUrl(signInCallbackPath(), settings.serverUrl))
      here.search = new URL(req.url ?? '', here).search
      const person = await finishSignIn(provider, flow, here, settings.signInAllowHttpProviders)
      // Linked, made, or made from an invitation: all of it or nothing.
      const shouldCommit = await initTransaction(req)
      let account: Account
      try {
        account = await accountFor(req, provider, person)
        if (shouldCommit) await commitTransaction(req)
      } catch (error) {
        await killTransaction(req)
        throw error
      }
      return redirect(adminPath(), [clear, await sessionCookie(req, account)])
    } catch (error) {
      if (!(error instanceof SignInRefused)) throw error
      req.payload.logger.info(`[sign-in] refused (${error.reason}): ${error.message}`)
      return redirect(signInProblemPath(error.reason), [clear])
    }
  },
}

export const signInEndpoints = [start, callback]
