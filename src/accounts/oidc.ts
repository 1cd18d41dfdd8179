import { createHash } from 'node:crypto'

import { jwtVerify, SignJWT } from 'jose'
import * as client from 'openid-client'

/** An identity provider as an admin configured it. */
export type Provider = {
  id: number | string
  name: string
  issuer: string
  clientId: string
  clientSecret: string
  domains: string[]
  newAccounts: 'invited' | 'contributor' | 'editor'
  clusters?: unknown
  enabled?: boolean | null
}

/** Why a sign-in through a provider was refused; each has its own words on the problem page. */
export const SIGN_IN_PROBLEMS = [
  'flow',
  'provider',
  'denied',
  'token',
  'unverified',
  'domain',
  'invited',
  'subject',
] as const
export type SignInProblem = (typeof SIGN_IN_PROBLEMS)[number]

export class SignInRefused extends Error {
  constructor(
    readonly reason: SignInProblem,
    detail: string,
  ) {
    super(detail)
    this.name = 'SignInRefused'
  }
}

/** The cookie that carries one sign-in's checks (state, nonce, PKCE verifier) from the start to the way back. */
export const FLOW_COOKIE = 'sign-in-flow'
/** How long a person may take at the provider. */
const FLOW_SECONDS = 10 * 60
/** How long a provider's discovered settings are kept before they are asked for again. */
const DISCOVERY_MS = 10 * 60_000
/** How long the provider may take to answer one request. */
const PROVIDER_TIMEOUT_SECONDS = 10

const flowKey = (secret: string) => createHash('sha256').update(`${secret}:sign-in-flow`).digest()

const discovered = new Map<string, { at: number; config: Promise<client.Configuration> }>()

/**
 * The provider's settings, discovered from its issuer (its endpoints and keys), with the ID token's signature
 * checked against the provider's published keys on every sign-in (openid-client's non-repudiation checks), not
 * only its issuer, audience, expiry and nonce.
 */
export function providerConfig(provider: Provider, allowHttp: boolean): Promise<client.Configuration> {
  const key = [provider.id, provider.issuer, provider.clientId, provider.clientSecret].join('\n')
  const kept = discovered.get(key)
  if (kept && Date.now() - kept.at < DISCOVERY_MS) return kept.config
  const insecure = provider.issuer.startsWith('http:')
  if (insecure && !allowHttp)
    return Promise.reject(new SignInRefused('provider', 'The provider’s address is not https://.'))
  const config = client
    .discovery(
      new URL(provider.issuer),
      provider.clientId,
      undefined,
      client.ClientSecretBasic(provider.clientSecret),
      {
        execute: [client.enableNonRepudiationChecks, ...(insecure ? [client.allowInsecureRequests] : [])],
        timeout: PROVIDER_TIMEOUT_SECONDS,
      },
    )
    .catch((error: Error) => {
      discovered.delete(key)
      throw new SignInRefused('provider', `The provider could not be reached: ${error.message}`)
    })
  discovered.set(key, { at: Date.now(), config })
  return config
}

/**
 * Where to send the person to sign in at the provider (authorization code flow with PKCE, a fresh state and nonce),
 * and the cookie that keeps those checks for the way back, signed with a key derived from the app's secret.
 */
export async function startSignIn(provider: Provider, redirectUri: string, secret: string, allowHttp: boolean) {
  const config = await providerConfig(provider, allowHttp)
  const verifier = client.randomPKCECodeVerifier()
  const state = client.randomState()
  const nonce = client.randomNonce()
  const location = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  })
  const flow = await new SignJWT({ p: String(provider.id), s: state, n: nonce, v: verifier })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime(`${FLOW_SECONDS}s`)
    .sign(flowKey(secret))
  return { location: location.toString(), flow, maxAge: FLOW_SECONDS }
}

type Flow = { p: string; s: string; n: string; v: string }

/** The checks of the sign-in this browser started, or a refusal when there is none (or it ran out). */
export async function flowOf(cookie: string | undefined, secret: string): Promise<Flow> {
  if (!cookie) throw new SignInRefused('flow', 'This browser started no sign-in, or it took longer than 10 minutes.')
  try {
    const { payload } = await jwtVerify(cookie, flowKey(secret), { algorithms: ['HS256'] })
    return payload as unknown as Flow
  } catch {
    throw new SignInRefused('flow', 'This browser’s sign-in ran out or was not started here.')
  }
}

export type VerifiedPerson = { email: string; subject: string; name?: string; locale?: string }

/**
 * The way back from the provider: the state must be this browser's, the code is exchanged once (with the PKCE
 * verifier), and the ID token is verified (signature from the provider's keys, issuer, audience, expiry, nonce).
 * Then the address must be verified by the provider and in one of the domains it vouches for.
 */
export async function finishSignIn(
  provider: Provider,
  flow: Flow,
  currentUrl: URL,
  allowHttp: boolean,
): Promise<VerifiedPerson> {
  const error = currentUrl.searchParams.get('error')
  // The provider's "no" is told as such (its state is checked like any answer's: see below).
  if (error)
    throw new SignInRefused(
      'denied',
      `The provider answered: ${error} ${currentUrl.searchParams.get('error_description') ?? ''}`,
    )
  if (currentUrl.searchParams.get('state') !== flow.s)
    throw new SignInRefused('flow', 'The answer is not for the sign-in this browser started (its state differs).')
  const config = await providerConfig(provider, allowHttp)
  let claims: Record<string, unknown> & { sub: string }
  try {
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: flow.v,
      expectedState: flow.s,
      expectedNonce: flow.n,
      idTokenExpected: true,
    })
    const idToken = tokens.claims()
    if (!idToken) throw new SignInRefused('token', 'The provider sent no ID token.')
    claims = idToken
    // Providers that keep the address out of the ID token give it at their userinfo endpoint, for this subject only.
    if (typeof idToken.email !== 'string')
      claims = { ...(await client.fetchUserInfo(config, tokens.access_token, idToken.sub)), sub: idToken.sub }
  } catch (err) {
    if (err instanceof SignInRefused) throw err
    const cause = (err as { cause?: unknown }).cause
    throw new SignInRefused('token', `${(err as Error).message}${cause instanceof Error ? `: ${cause.message}` : ''}`)
  }
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : ''
  if (!email || claims.email_verified !== true)
    throw new SignInRefused('unverified', `The provider does not say that ${email || 'the address'} is verified.`)
  const domain = email.split('@')[1] ?? ''
  if (!provider.domains.map((d) => d.trim().toLowerCase()).includes(domain))
    throw new SignInRefused('domain', `${provider.name} does not vouch for addresses at ${domain}.`)
  return {
    email,
    subject: claims.sub,
    name: typeof claims.name === 'string' ? claims.name : undefined,
    locale: typeof claims.locale === 'string' ? claims.locale : undefined,
  }
}
