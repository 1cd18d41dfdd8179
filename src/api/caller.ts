import { getPayload } from 'payload'

import { carriesCredential } from './credentials'

/**
 * Who a request signs in as, decided by Payload itself (its strategies, which read credentials through
 * src/api/credentials.ts): "collection:id", or undefined for an anonymous caller and for a credential that signs
 * nobody in (a junk header, an expired token, a revoked key). Asked only of requests that carry a credential.
 */
export async function signedInAs(headers: Headers): Promise<string | undefined> {
  if (!carriesCredential(headers)) return undefined
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
