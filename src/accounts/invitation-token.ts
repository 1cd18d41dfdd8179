import { createHash, randomBytes } from 'node:crypto'

/** How long an invitation's link works. */
export const INVITATION_DAYS = 7

/** A new one-time token: 256 random bits, written into the link only; the database keeps its hash. */
export function newToken(now = new Date()) {
  const token = randomBytes(32).toString('base64url')
  return {
    token,
    tokenHash: tokenHash(token),
    expiresAt: new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60_000).toISOString(),
  }
}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex')

/** Whether a text could be a token at all (43 characters of base64url), checked before the database is asked. */
export const looksLikeToken = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)
