import path from 'node:path'

import { isWebAddress } from './field-rules'

/**
 * Environment read and checked in one place, at start-up. Production refuses to start with a missing,
 * placeholder or short PAYLOAD_SECRET; development and tests get a fixed local secret so nothing needs set-up.
 */
export const PLACEHOLDER_SECRET = 'change-me-to-a-long-random-string'
const DEV_SECRET = 'local-development-secret-not-for-production'
const MIN_SECRET_LENGTH = 32

export type Env = {
  production: boolean
  payloadSecret: string
  serverUrl: string
  databaseUri: string | undefined
  /** false: the dev database is built only from the committed migrations (the test suite does this). */
  schemaPush: boolean
  /** Where uploaded photos are written when no S3 bucket is configured. */
  mediaDir: string
  /** Other sites whose pages may call the API from a browser (CORS_ORIGINS): exact origins. */
  corsOrigins: string[]
  /** Requests per minute one address may make to the API and feeds without signing in (RATE_LIMIT_PER_MINUTE). */
  rateLimitPerMinute: number
  webhooks: WebhookSettings
  /** The HTTP cache in front (Varnish with xkey) that a change tells which keys to forget (CACHE_PURGE_URL). */
  cachePurgeUrl: string | undefined
}

export type WebhookSettings = {
  /** How many times a delivery is tried in all before it is marked failed (WEBHOOK_ATTEMPTS). */
  attempts: number
  /** The wait before the first retry; each later one waits twice as long (WEBHOOK_RETRY_SECONDS). */
  retrySeconds: number
  /** How long a receiver may take to answer one attempt (WEBHOOK_TIMEOUT_SECONDS). */
  timeoutSeconds: number
  /** Receivers on private, loopback or link-local addresses: refused in production unless allowed. */
  allowPrivateTargets: boolean
}

/** CORS_ORIGINS: comma-separated origins ("https://www.goethe.de,https://culture.example"); empty means none. */
export function parseOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((origin) => {
      let url: URL | undefined
      try {
        url = new URL(origin)
      } catch {
        // named below
      }
      if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin.replace(/\/$/, ''))
        throw new Error(
          `CORS_ORIGINS holds "${origin}", which is not an origin: write each as scheme and host, like https://www.example.org (no path).`,
        )
      return url.origin
    })
}

function purgeUrl(value: string | undefined): string | undefined {
  const v = value?.trim()
  if (!v) return undefined
  if (!isWebAddress(v))
    throw new Error(
      `CACHE_PURGE_URL must be the http(s) address of the cache in front, like http://varnish:80; got "${v}".`,
    )
  return new URL(v).toString()
}

function flag(name: string, value: string | undefined): boolean {
  const v = value?.trim().toLowerCase() ?? ''
  if (v === '' || v === 'false' || v === '0') return false
  if (v === 'true' || v === '1') return true
  throw new Error(`${name} must be true or false, not "${value}".`)
}

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number above 0, not "${value}".`)
  return n
}

export function readEnv(env: Record<string, string | undefined> = process.env): Env {
  const production = env.NODE_ENV === 'production'
  // `next build` evaluates the config to collect page data; the real secret is only needed to serve.
  const building = env.NEXT_PHASE === 'phase-production-build'
  const secret = env.PAYLOAD_SECRET?.trim() ?? ''

  let payloadSecret = secret
  if (production && !building) {
    if (!secret) throw new Error('PAYLOAD_SECRET is not set: production needs a long random secret (see .env.example).')
    if (secret === PLACEHOLDER_SECRET || secret === DEV_SECRET)
      throw new Error('PAYLOAD_SECRET is still the default value: set a long random secret for production.')
    if (secret.length < MIN_SECRET_LENGTH)
      throw new Error(`PAYLOAD_SECRET is too short (${secret.length} characters): use at least ${MIN_SECRET_LENGTH}.`)
  } else if (!secret) {
    payloadSecret = DEV_SECRET
  }

  const serverUrl = (env.NEXT_PUBLIC_SERVER_URL?.trim() || `http://localhost:${env.PORT?.trim() || 3000}`).replace(
    /\/+$/,
    '',
  )
  try {
    const url = new URL(serverUrl)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol')
  } catch {
    throw new Error(`NEXT_PUBLIC_SERVER_URL is not an http(s) URL: "${serverUrl}".`)
  }

  return {
    production,
    payloadSecret,
    serverUrl,
    databaseUri: env.DATABASE_URI?.trim() || undefined,
    schemaPush: env.DATABASE_PUSH !== 'false',
    mediaDir: path.resolve(/*turbopackIgnore: true*/ env.MEDIA_DIR?.trim() || 'media'),
    corsOrigins: parseOrigins(env.CORS_ORIGINS),
    rateLimitPerMinute: positiveInteger('RATE_LIMIT_PER_MINUTE', env.RATE_LIMIT_PER_MINUTE, 600),
    cachePurgeUrl: purgeUrl(env.CACHE_PURGE_URL),
    webhooks: {
      attempts: positiveInteger('WEBHOOK_ATTEMPTS', env.WEBHOOK_ATTEMPTS, 8),
      retrySeconds: positiveInteger('WEBHOOK_RETRY_SECONDS', env.WEBHOOK_RETRY_SECONDS, 30),
      timeoutSeconds: positiveInteger('WEBHOOK_TIMEOUT_SECONDS', env.WEBHOOK_TIMEOUT_SECONDS, 10),
      allowPrivateTargets: !production || flag('WEBHOOKS_ALLOW_PRIVATE_TARGETS', env.WEBHOOKS_ALLOW_PRIVATE_TARGETS),
    },
  }
}
