import { getPayload } from 'payload'

import { carriesCredential } from './credentials'

/** How long who a credential signs in as is remembered: the checks of one request (its rate limit, GraphQL's
 * budget) and a burst of requests (an editor's autosaves) ask Payload once. */
const REMEMBER_MS = 1_000
const MAX_REMEMBERED = 1_000
const remembered = new Map<string, { until: number; account: Promise<string | undefined> }>()

async function ask(headers: Headers): Promise<string | undefined> {
  try {
    // Loaded when first needed: anonymous callers (most of them) never load the configuration here.
    const config = (await import('@payload-config')).default
    const payload = await getPayload({ config })
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
