import { jwtVerify } from 'jose'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { type Credential, readCredential } from './credentials'
import { DatabaseUnavailable } from './errors'

const CANNOT_CHECK =
  'Your sign-in could not be checked: the database cannot be reached right now. Try again in a few seconds.'

/**
 * Whether Payload would read the session cookie of this request at all: a cookie sent from an address outside
 * the `csrf` list is ignored (the request is anonymous by design, not for want of a database).
 */
function cookieCounts(req: PayloadRequest): boolean {
  const { csrf } = req.payload.config
  if (csrf.length === 0) return true
  const origin = req.headers.get('origin')
  if (origin) return csrf.includes(origin)
  return ['same-origin', 'same-site', 'none'].includes(req.headers.get('sec-fetch-site') ?? '')
}

/** The session token of a credential, as Payload reads it (a cookie only where the CSRF rule lets it count). */
function tokenOf(req: PayloadRequest, credential: Credential): string | undefined {
  if (credential.kind !== 'token') return undefined
  return credential.from === 'header' || cookieCounts(req) ? credential.token : undefined
}

type Claims = { id?: unknown; collection?: unknown; sid?: unknown }

async function verifiedClaims(req: PayloadRequest, token: string): Promise<Claims | undefined> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(req.payload.secret))
    return payload as Claims
  } catch {
    return undefined
  }
}

/**
 * A request that carries a sign-in but arrives without a user: either the sign-in is not valid (expired, signed
 * out, account deleted), or the database could not be asked who it is while the request came in. The second must
 * not pass for "anonymous" (a write would be refused as not allowed, a read would show the public view). Payload's
 * strategies swallow database errors, so the sign-in is asked again; if it still finds nobody, a token whose
 * signature holds is checked against its account and session — a failure to read them is a 503.
 */
export async function checkSignInReadable(req: PayloadRequest): Promise<void> {
  if (req.user) return
  const credential = readCredential(req.headers)
  const token = tokenOf(req, credential)
  if (!token && credential.kind !== 'api-key') return
  const again = await req.payload.auth({ headers: req.headers }).catch(() => ({ user: null }))
  if (again.user) {
    req.user = again.user
    return
  }
  const claims = token ? await verifiedClaims(req, token) : undefined
  try {
    const collection = claims?.collection
    if (!claims || typeof collection !== 'string' || !Object.hasOwn(req.payload.collections, collection)) {
      // Not a token of ours (or an API key): a reachable database means the credential was judged, and refused.
      await req.payload.db.count({ collection: 'users', where: {} })
      return
    }
    const account = await req.payload.db.findOne<{
      id: number | string
      sessions?: Array<{ id: string; expiresAt?: string }>
    }>({
      collection: collection as CollectionSlug,
      where: { id: { equals: claims.id as string | number } },
    })
    if (!account) return
    const sessions = account.sessions
    if (sessions && !sessions.some((s) => s.id === claims.sid && (!s.expiresAt || new Date(s.expiresAt) > new Date())))
      return
  } catch {
    throw new DatabaseUnavailable(CANNOT_CHECK)
  }
  // The account and its session are there, yet the sign-in found nobody: the database failed it in between.
  throw new DatabaseUnavailable(CANNOT_CHECK)
}
