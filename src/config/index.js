// @ts-check
/**
 * The one place that reads the environment. Every setting the app, its server (scripts/serve.mjs) and its cache
 * handler (cache-handler.mjs) use is named, checked and given its default here, once, when the process first asks:
 * a bad value stops the start with the variable's name and what was wrong. Plain JavaScript (checked by
 * TypeScript) so that the server and the cache handler, which Node loads as they are, read the same module.
 * The README's configuration table lists exactly the settings marked `documented` (tests/unit/config.test.ts).
 */
import path from 'node:path'

import { z } from 'zod'

export const PLACEHOLDER_SECRET = 'change-me-to-a-long-random-string'
const DEV_SECRET = 'local-development-secret-not-for-production'
const MIN_SECRET_LENGTH = 32

/** @param {string} value */
const blank = (value) => value.trim() === ''

/** @param {string} value */
function webOrigin(value) {
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined
  } catch {
    return undefined
  }
}

/** A text that may be unset or empty. */
const text = z.string().optional()

/** true/false (also 1/0); unset or empty is false. @param {string} name */
const flag = (name) =>
  text.transform((value, ctx) => {
    const v = value?.trim().toLowerCase() ?? ''
    if (v === '' || v === 'false' || v === '0') return false
    if (v === 'true' || v === '1') return true
    ctx.addIssue({ code: 'custom', message: `${name} must be true or false, not "${value}".` })
    return z.NEVER
  })

/**
 * A whole number from `min` up; unset or empty takes the default.
 * @param {string} name @param {number} fallback @param {number} min
 */
const wholeNumber = (name, fallback, min) =>
  text.transform((value, ctx) => {
    if (value === undefined || blank(value)) return fallback
    const n = Number(value)
    if (Number.isInteger(n) && n >= min) return n
    ctx.addIssue({
      code: 'custom',
      message: `${name} must be a whole number ${min === 0 ? 'from 0 up' : `above ${min - 1}`}, not "${value}".`,
    })
    return z.NEVER
  })

/**
 * Comma-separated addresses; empty means none. `exact`: each must be an origin as written (scheme and host, no
 * path), as CORS compares them; otherwise the origin of each address counts (a path is dropped).
 * @param {string} name @param {boolean} exact
 */
const originList = (name, exact) =>
  text.transform((value, ctx) => {
    /** @type {string[]} */
    const list = []
    for (const entry of (value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const url = webOrigin(entry)
      if (url && (!exact || url.origin === entry.replace(/\/$/, ''))) list.push(url.origin)
      else
        ctx.addIssue({
          code: 'custom',
          message: exact
            ? `${name} holds "${entry}", which is not an origin: write each as scheme and host, like https://www.example.org (no path).`
            : `${name} holds "${entry}", which is not an http(s) address like https://events.example.org.`,
        })
    }
    return list
  })

/** An http(s) address, or unset. @param {string} name @param {string} what what it is, with an example */
const address = (name, what) =>
  text.transform((value, ctx) => {
    if (value === undefined || blank(value)) return undefined
    const url = webOrigin(value)
    if (url) return url
    ctx.addIssue({ code: 'custom', message: `${name} must be ${what}; got "${value}".` })
    return z.NEVER
  })

/** An smtp:// or smtps:// address with its user and password, or unset. */
const smtpUrl = text.transform((value, ctx) => {
  if (value === undefined || blank(value)) return undefined
  let url
  try {
    url = new URL(value.trim())
  } catch {
    url = undefined
  }
  if (url && (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname) return url.toString()
  ctx.addIssue({
    code: 'custom',
    message: `SMTP_URL must be an address like smtp://user:password@mail.example.org:587 or smtps://…:465; got "${value.replace(/\/\/[^@/]*@/, '//…@')}".`,
  })
  return z.NEVER
})

/** Where mails come from: an address, or a name and an address ("Events <events@example.org>"). */
const sender = text.transform((value, ctx) => {
  const v = value?.trim() ?? ''
  if (v === '') return { name: '', address: '' }
  const named = /^(.*?)\s*<([^<>\s]+)>$/.exec(v)
  const name = named ? named[1].replace(/^"(.*)"$/, '$1').trim() : ''
  const address = named ? named[2] : v
  // eslint-disable-next-line no-control-regex -- a line break in a header would start another header
  if (/^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/.test(address) && !/[\u0000-\u001f\u007f]/.test(name))
    return { name, address }
  ctx.addIssue({
    code: 'custom',
    message: `MAIL_FROM must be an address (events@example.org) or a name and an address (Events <events@example.org>); got "${value}".`,
  })
  return z.NEVER
})

/**
 * Every setting: its variable, its check, and for the README what it does. `documented: false` marks what Node,
 * Next or the project's own scripts set (an operator never does).
 */
const SETTINGS = {
  NODE_ENV: { schema: text, documented: false, about: 'set by npm start, next build and the test runner' },
  NEXT_PHASE: { schema: text, documented: false, about: 'set by Next while it builds' },
  NEXT_RUNTIME: { schema: text, documented: false, about: 'set by Next inside its server' },
  SEED_IF_EMPTY: { schema: flag('SEED_IF_EMPTY'), documented: false, about: 'set by npm start for the seed' },
  DATABASE_PUSH: {
    schema: text,
    documented: false,
    about: 'false (the test suite): the database is built from migrations only',
  },
  PAYLOAD_SECRET: { schema: text, documented: true },
  DATABASE_URI: { schema: text, documented: true },
  NEXT_PUBLIC_SERVER_URL: {
    schema: address(
      'NEXT_PUBLIC_SERVER_URL',
      'the public http(s) address of the site, like https://events.example.org',
    ),
    documented: true,
  },
  MEDIA_DIR: { schema: text, documented: true },
  PORT: { schema: wholeNumber('PORT', 3000, 1), documented: true },
  REDIS_URL: { schema: text, documented: true },
  CACHE_KEY_PREFIX: { schema: text, documented: true },
  ADMIN_ORIGINS: { schema: originList('ADMIN_ORIGINS', false), documented: true },
  JOBS_INTERVAL_SECONDS: { schema: wholeNumber('JOBS_INTERVAL_SECONDS', 20, 0), documented: true },
  SERVER_HEAP_MB: { schema: wholeNumber('SERVER_HEAP_MB', 384, 64), documented: true },
  PAGE_MEMO_SECONDS: { schema: wholeNumber('PAGE_MEMO_SECONDS', 10, 0), documented: true },
  TRUSTED_PROXIES: { schema: wholeNumber('TRUSTED_PROXIES', 0, 0), documented: true },
  CORS_ORIGINS: { schema: originList('CORS_ORIGINS', true), documented: true },
  RATE_LIMIT_PER_MINUTE: { schema: wholeNumber('RATE_LIMIT_PER_MINUTE', 600, 1), documented: true },
  CACHE_PURGE_URL: {
    schema: address('CACHE_PURGE_URL', 'the http(s) address of the cache in front, like http://varnish:80'),
    documented: true,
  },
  WEBHOOK_ATTEMPTS: { schema: wholeNumber('WEBHOOK_ATTEMPTS', 8, 1), documented: true },
  WEBHOOK_RETRY_SECONDS: { schema: wholeNumber('WEBHOOK_RETRY_SECONDS', 30, 1), documented: true },
  WEBHOOK_TIMEOUT_SECONDS: { schema: wholeNumber('WEBHOOK_TIMEOUT_SECONDS', 10, 1), documented: true },
  WEBHOOKS_ALLOW_PRIVATE_TARGETS: { schema: flag('WEBHOOKS_ALLOW_PRIVATE_TARGETS'), documented: true },
  SMTP_URL: { schema: smtpUrl, documented: true },
  SIGN_IN_ALLOW_HTTP_PROVIDERS: { schema: flag('SIGN_IN_ALLOW_HTTP_PROVIDERS'), documented: true },
  MAIL_FROM: { schema: sender, documented: true },
  MAIL_ATTEMPTS: { schema: wholeNumber('MAIL_ATTEMPTS', 10, 1), documented: true },
  MAIL_RETRY_SECONDS: { schema: wholeNumber('MAIL_RETRY_SECONDS', 30, 1), documented: true },
  IMPORTS_DIR: { schema: text, documented: true },
  IMPORT_ALLOW_PRIVATE_ADDRESSES: { schema: flag('IMPORT_ALLOW_PRIVATE_ADDRESSES'), documented: true },
}

/** The variables an operator sets, as the README's configuration table lists them. */
export const DOCUMENTED_VARIABLES = Object.entries(SETTINGS)
  .filter(([, s]) => s.documented)
  .map(([name]) => name)

const schema = z.object(
  /** @type {{ [K in keyof typeof SETTINGS]: (typeof SETTINGS)[K]['schema'] }} */ (
    Object.fromEntries(Object.entries(SETTINGS).map(([name, s]) => [name, s.schema]))
  ),
)

/** @param {string} secret @param {boolean} serving */
function checkedSecret(secret, serving) {
  if (!serving) return secret || DEV_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is not set: production needs a long random secret (see .env.example).')
  if (secret === PLACEHOLDER_SECRET || secret === DEV_SECRET)
    throw new Error('PAYLOAD_SECRET is still the default value: set a long random secret for production.')
  if (secret.length < MIN_SECRET_LENGTH)
    throw new Error(`PAYLOAD_SECRET is too short (${secret.length} characters): use at least ${MIN_SECRET_LENGTH}.`)
  return secret
}

/**
 * The settings of an environment, checked. Throws one Error naming every bad variable.
 * @param {Record<string, string | undefined>} env
 */
export function readConfig(env) {
  const parsed = schema.safeParse(env)
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join(' '))
  const v = parsed.data
  const production = v.NODE_ENV === 'production'
  // `next build` evaluates the config to collect page data; the real secret is only needed to serve.
  const building = v.NEXT_PHASE === 'phase-production-build'
  const configuredUrl = v.NEXT_PUBLIC_SERVER_URL
  /** @type {string | undefined} */
  let secret
  return {
    production,
    building,
    /** Inside the Next.js server, where the data cache exists (scripts and tests load the same code without it). */
    insideNextServer: Boolean(v.NEXT_RUNTIME),
    /** Whether the started process is Next's Node server (not its edge runtime, not a build). */
    nodeServer: v.NEXT_RUNTIME === 'nodejs' && !building,
    /**
     * Checked when first used, so that `next build` (Docker builds without one) and next.config.ts, which want
     * other settings, need none; the server's start (instrumentation.ts) asks for it at once.
     */
    get payloadSecret() {
      secret ??= checkedSecret(v.PAYLOAD_SECRET?.trim() ?? '', production && !building)
      return secret
    },
    port: v.PORT,
    /** The public address, without a trailing slash. */
    serverUrl: (configuredUrl?.toString() ?? `http://localhost:${v.PORT}`).replace(/\/+$/, ''),
    /** False when NEXT_PUBLIC_SERVER_URL is unset (the local demo): the admin then works at any address of this machine. */
    serverUrlConfigured: configuredUrl !== undefined,
    databaseUri: v.DATABASE_URI?.trim() || undefined,
    /** false: the dev database is built only from the committed migrations (the test suite does this). */
    schemaPush: v.DATABASE_PUSH !== 'false',
    /** Where uploaded photos are written when no S3 bucket is configured. */
    mediaDir: path.resolve(/*turbopackIgnore: true*/ v.MEDIA_DIR?.trim() || 'media'),
    redisUrl: v.REDIS_URL?.trim() || undefined,
    cacheKeyPrefix: v.CACHE_KEY_PREFIX?.trim() || 'eunic-events',
    /** Addresses besides the server's own that the admin may be used at. */
    adminOrigins: v.ADMIN_ORIGINS,
    /** Other sites whose pages may call the API from a browser: exact origins. */
    corsOrigins: v.CORS_ORIGINS,
    /** Requests per minute one address may make to the API and feeds without signing in. */
    rateLimitPerMinute: v.RATE_LIMIT_PER_MINUTE,
    /** How many reverse proxies in front append to X-Forwarded-For. */
    trustedProxies: v.TRUSTED_PROXIES,
    /** The JavaScript heap the server process may hold, in MB (the rest of its memory is Node's and SQLite's). */
    serverHeapMb: v.SERVER_HEAP_MB,
    /** How long the server sends a kept page again without Next (scripts/page-memo.mjs); 0: never. */
    pageMemoSeconds: v.PAGE_MEMO_SECONDS,
    /** How often each replica runs due jobs; 0: never. */
    jobsIntervalSeconds: v.JOBS_INTERVAL_SECONDS,
    /** The HTTP cache in front (Varnish with xkey) that a change tells which keys to forget. */
    cachePurgeUrl: v.CACHE_PURGE_URL?.toString(),
    seedIfEmpty: v.SEED_IF_EMPTY,
    webhooks: {
      /** How many times a delivery is tried in all before it is marked failed. */
      attempts: v.WEBHOOK_ATTEMPTS,
      /** The wait before the first retry; each later one waits twice as long. */
      retrySeconds: v.WEBHOOK_RETRY_SECONDS,
      /** How long a receiver may take to answer one attempt. */
      timeoutSeconds: v.WEBHOOK_TIMEOUT_SECONDS,
      /** Receivers on private, loopback or link-local addresses: refused in production unless allowed. */
      allowPrivateTargets: !production || v.WEBHOOKS_ALLOW_PRIVATE_TARGETS,
    },
    /** Identity providers at http:// addresses (a test provider on this machine): refused in production unless allowed. */
    signInAllowHttpProviders: !production || v.SIGN_IN_ALLOW_HTTP_PROVIDERS,
    mail: {
      /** The mail server; unset: mails are written to the server's log and kept in the outbox. */
      smtpUrl: v.SMTP_URL,
      /** The sender; without MAIL_FROM, the site's own address at its host. */
      from: {
        name: v.MAIL_FROM.name,
        address: v.MAIL_FROM.address || `events@${new URL(configuredUrl?.toString() ?? 'http://localhost').hostname}`,
      },
      /** How many times a mail is tried in all before it is marked failed. */
      attempts: v.MAIL_ATTEMPTS,
      /** The wait before a mail's first retry; each later one waits twice as long. */
      retrySeconds: v.MAIL_RETRY_SECONDS,
    },
    imports: {
      /** Where the files of an import wait for the jobs round that reads them (removed once it has). */
      dir: path.resolve(/*turbopackIgnore: true*/ v.IMPORTS_DIR?.trim() || 'data/imports'),
      /** Pages, calendars and photos on private, loopback or link-local addresses: refused in production unless allowed. */
      allowPrivateAddresses: !production || v.IMPORT_ALLOW_PRIVATE_ADDRESSES,
    },
  }
}

/** @typedef {ReturnType<typeof readConfig>} Config */
/** @typedef {Config['webhooks']} WebhookSettings */
/** @typedef {Config['mail']} MailSettings */
/** @typedef {Config['imports']} ImportSettings */

/** @type {Config | undefined} */
let current

/** This process's settings, read from the environment the first time they are asked for. */
export function config() {
  // NEXT_RUNTIME is not in the environment of a custom server (scripts/serve.mjs): Next writes the runtime's name
  // into its bundles where this very expression stands. Read literally, it is known inside the server's code and
  // unknown to scripts and tests, which load the same code outside it.
  current ??= readConfig({ ...process.env, NEXT_RUNTIME: process.env.NEXT_RUNTIME })
  return current
}
