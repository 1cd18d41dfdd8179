import type { PayloadRequest } from 'payload'

import { config } from '@/config'

/**
 * The caller's address. Next.js passes on an X-Forwarded-For the client sent and only fills it in when there
 * is none, so behind N trusted proxies (TRUSTED_PROXIES=N) the address is the Nth entry from the right; with
 * none in front, the last entry is what the client or Next put there.
 */
export function clientAddress(req: Pick<PayloadRequest, 'headers'>): string {
  const hops = config().trustedProxies
  const chain = (req.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  return (chain[Math.max(0, chain.length - 1 - hops)] ?? req.headers.get('x-real-ip') ?? 'unknown').slice(0, 64)
}
