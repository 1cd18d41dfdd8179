import type { Payload } from 'payload'

import { carriesCredential } from './credentials'

/** How long who a credential signs in as is remembered: the checks of one request (its rate limit, GraphQL's
 * budget) and a burst of requests (an editor's autosaves) ask Payload once. */
const REMEMBER_MS = 1_000
const MAX_REMEMBERED = 1_000
const remembered = new Map<string, { until: number; account: Promise<string | undefined> }>()

/** The process's Payload, shared by the server's bundles (instrumentation and routes are built apart). */
const INSTANCE = Symbol.for('events-cms.payload')
type Registry = { [INSTANCE]?: Payload }

/**
 * Payload's onInit hands its instance over here (payload.config.ts), and the server starts Payload before it takes
 * requests (instrumentation.ts): the request checks below ask it without importing the configuration above them.
 */
export function knowPayload(payload: Payload): void {
  ;(globalThis as Registry)[INSTANCE] = payload
}

async function ask(headers: Headers): Promise<string | undefined> {
  const payload = (globalThis as Registry)[INSTANCE]
  // Without a Payload (a process that never started one): the caller is anonymous, and Payload, once it answers the
  // request itself, applies its own rules.
  if (!payload) return undefined
  try {
    const { user } = await payload.auth({ headers, canSetHeaders: false })
    return user ? `${user.collection}:${user.id}` : undefined
  } catch {
    return undefined // a database that cannot say who it is: the anonymous budget, and Payload answers the rest
  }
}

/**
 * Who a request signs in as, decided by Payload itself (its strategies, which read credentials through
 * src/api/credentials.ts): "collection:id", or undefined for an anonymous caller and for a credential that signs
 * nobody in (a junk header, an expired token, a revoked key). Asked only of requests that carry a credential.
 */
export function signedInAs(headers: Headers): Promise<string | undefined> {
  if (!carriesCredential(headers)) return Promise.resolve(undefined)
  const key = `${headers.get('authorization') ?? ''}\n${headers.get('cookie') ?? ''}\n${headers.get('origin') ?? ''}\n${headers.get('sec-fetch-site') ?? ''}`
  const now = Date.now()
  const known = remembered.get(key)
  if (known && known.until > now) return known.account
  if (remembered.size >= MAX_REMEMBERED) for (const [k, v] of remembered) if (v.until <= now) remembered.delete(k)
  const account = ask(headers)
  if (remembered.size < MAX_REMEMBERED) remembered.set(key, { until: now + REMEMBER_MS, account })
  return account
}
