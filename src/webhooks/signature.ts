import { createHmac, randomBytes } from 'node:crypto'

/**
 * The Standard Webhooks scheme (standardwebhooks.com): the secret is `whsec_` and base64 of random bytes; each
 * attempt is signed with HMAC-SHA256 over "<message id>.<unix seconds>.<body>", sent as `v1,<base64>`.
 * Receivers verify with any Standard Webhooks library, or with these few lines.
 */
export const SECRET_PREFIX = 'whsec_'
const SECRET_BYTES = 32
const MIN_SECRET_BYTES = 24
/** The longest secret an admin may type (the prefix and base64 of 128 bytes fit). */
export const MAX_SECRET_LENGTH = 200

export const newSecret = (): string => `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`

/** What is wrong with a secret an admin typed, or null when it can sign. */
export function secretProblem(secret: string): string | null {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : ''
  if (!encoded || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded))
    return `the secret must be "${SECRET_PREFIX}" followed by base64 (leave it empty to have one made)`
  if (Buffer.from(encoded, 'base64').length < MIN_SECRET_BYTES)
    return `the secret must hold at least ${MIN_SECRET_BYTES} random bytes (leave it empty to have one made)`
  return null
}

export function signature(secret: string, messageId: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64')
  const mac = createHmac('sha256', key).update(`${messageId}.${timestamp}.${body}`).digest('base64')
  return `v1,${mac}`
}

/** The three headers of one attempt; the timestamp is the attempt's own, so receivers can refuse replays. */
export function signedHeaders(secret: string, messageId: string, body: string, now = new Date()) {
  const timestamp = Math.floor(now.getTime() / 1000)
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signature(secret, messageId, timestamp, body),
  }
}
