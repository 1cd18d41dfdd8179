import { createHash } from 'node:crypto'

import { config as settings } from '@/config'

import { isJobsKey, JOBS_KEY_HEADER } from '@/jobs/key'
import { jsonDepth } from '@/lib/query/query'
import { apiDocsPath, openapiPath } from '@/lib/routes'

import { cacheKeys, sharedCacheControl } from '../cache/keys'
import { signedInAs } from './caller'
import { clientAddress } from './client-address'
import { carriesCredential, readCredential } from './credentials'
import { hitCounter } from './hit-counter'
import { fromResponseCache, isPublicRead, keptRead } from '../cache/responses'

type Handler<C> = (request: Request, context: C) => Promise<Response> | Response

const MINUTE = 60_000
/** Signed-in callers (an editor's browser, an integration's key) get this many times the anonymous rate. */
const SIGNED_IN_FACTOR = 10
/** How long a browser may reuse a preflight answer. */
const PREFLIGHT_MAX_AGE = 600
const API_PREFIX = '/api/'
const UPLOAD_FILE = /^\/api\/[^/]+\/file\//
const EXPOSED = ['ETag', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset']

let origins: Set<string> | undefined
/** The origins CORS_ORIGINS allows, as a set (asked on every request). */
const corsOrigins = () => (origins ??= new Set(settings().corsOrigins))

function corsHeaders(request: Request, headers: Headers) {
  for (const name of [...headers.keys()]) if (name.startsWith('access-control-')) headers.delete(name)
  const origin = request.headers.get('origin')
  if (corsOrigins().size) headers.append('Vary', 'Origin')
  if (origin && corsOrigins().has(origin)) {
    headers.set('Access-Control-Allow-Origin', origin)
    headers.set('Access-Control-Expose-Headers', EXPOSED.join(', '))
  }
}

function preflight(request: Request, methods: string[]): Response {
  const origin = request.headers.get('origin')
  if (!origin || !corsOrigins().has(origin)) {
    return Response.json(
      {
        errors: [
          {
            message: `${origin ? `The site ${origin}` : 'A page without an origin'} may not call this API from a browser: CORS_ORIGINS lists the sites that may.`,
          },
        ],
      },
      { status: 403, headers: { Vary: 'Origin' } },
    )
  }
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': methods.join(', '),
      'Access-Control-Allow-Headers': 'Content-Type, Accept, Accept-Language, Authorization, If-None-Match',
      'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE),
      Vary: 'Origin',
    },
  })
}

type Limited = { headers: Headers; refused?: Response }

/**
 * Anonymous callers are counted by address; a caller Payload signs in is counted by account, with ten times the
 * budget. A credential that signs nobody in (junk, expired, revoked) is anonymous here as it is for Payload.
 */
async function rateLimit(request: Request): Promise<Limited> {
  const account = await signedInAs(request.headers)
  const factor = account ? SIGNED_IN_FACTOR : 1
  const limit = settings().rateLimitPerMinute * factor
  const address = clientAddress({ headers: request.headers })
  const { count, resetMs } = await hitCounter().hit(account ? `api:account:${account}` : `api:1:${address}`, MINUTE)
  const reset = Math.max(1, Math.ceil(resetMs / 1000))
  const headers = new Headers({
    'RateLimit-Limit': String(limit),
    'RateLimit-Remaining': String(Math.max(0, limit - count)),
    'RateLimit-Reset': String(reset),
  })
  if (count <= limit) return { headers }
  headers.set('Retry-After', String(reset))
  const message = `Too many requests from ${address}: ${limit} a minute are allowed. Try again in ${reset} s.`
  return { headers, refused: Response.json({ errors: [{ message }] }, { status: 429, headers }) }
}

/**
 * An Authorization header that signs nobody in by its form ("Token x", "Basic x"): the API says so instead of
 * answering as if nobody had asked. Feeds and calendars ignore it (feed readers send what they are told to).
 */
function unreadableCredential(request: Request, url: URL): Response | undefined {
  if (!url.pathname.startsWith(API_PREFIX)) return undefined
  const credential = readCredential(request.headers)
  if (credential.kind !== 'unreadable') return undefined
  const message = `The Authorization header "${credential.scheme} …" is not one this API reads: send "JWT <token>", "Bearer <token>" or "users API-Key <key>".`
  return Response.json({ errors: [{ message }] }, { status: 401 })
}

/** The deepest JSON body a write may send: documents nest a few levels, rich text up to about a hundred. */
export const MAX_BODY_DEPTH = 200
const WITH_BODY = new Set(['POST', 'PATCH', 'PUT'])

/**
 * A JSON body nested deeper than any document is refused before anything walks it (thousands of levels overflow
 * the stack of whatever reads it next). The body, read here, is handed on as it came.
 */
async function deepBody(request: Request, url: URL): Promise<{ request: Request; refused?: Response }> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (!WITH_BODY.has(request.method) || type !== 'application/json' || !url.pathname.startsWith(API_PREFIX))
    return { request }
  const text = await request.text()
  const again = new Request(request, { body: text })
  const depth = jsonDepth(text)
  if (depth <= MAX_BODY_DEPTH) return { request: again }
  const message = `The JSON body nests ${depth} levels deep; ${MAX_BODY_DEPTH} are allowed.`
  return { request: again, refused: Response.json({ errors: [{ message }] }, { status: 400 }) }
}

/** Payload answers an address it has no route for with 501 "Cannot GET …": that is a 404, nothing broke. */
async function notFoundFor(request: Request, url: URL, response: Response): Promise<Response> {
  if (response.status !== 501) return response
  await response.body?.cancel()
  const message = `There is nothing to ${request.method} at ${url.pathname.slice(0, 200)}.`
  return Response.json({ errors: [{ message }] }, { status: 404 })
}

const OVERRIDE_HEADERS = ['x-payload-http-method-override', 'x-http-method-override']
const FORM = 'application/x-www-form-urlencoded'

/**
 * A read sent as a POST (Payload's method override, for queries too long for an address) is read only from a
 * form body on an address without a query of its own: in any other shape Payload drops the query and answers
 * every document.
 */
function overrideProblem(request: Request, url: URL): Response | undefined {
  const override = OVERRIDE_HEADERS.map((name) => request.headers.get(name)).find((value) => value !== null)
  if (request.method !== 'POST' || override === undefined || !url.pathname.startsWith(API_PREFIX)) return undefined
  const type = request.headers.get('content-type') ?? ''
  const message =
    override !== 'GET'
      ? `The method override "${override.slice(0, 20)}" is not one this API reads: only GET may be sent as a POST.`
      : type !== FORM
        ? `A read sent as a POST carries its query as ${FORM} (where[title][like]=…), not as "${type.slice(0, 60) || 'nothing'}".`
        : url.search
          ? 'A read sent as a POST carries its query in the body only: the address has one too.'
          : undefined
  return message ? Response.json({ errors: [{ message }] }, { status: 400 }) : undefined
}

/** The API's own description, the same for every reader. */
const API_DESCRIPTION = new Set([openapiPath(), apiDocsPath()])

/**
 * Whether an answer is the same for every reader: all but the API (feeds, calendars, sitemaps, the embed), and of
 * the API the reads of public content and its description. Anything else answers for its caller.
 */
const forEveryone = (url: URL) =>
  !url.pathname.startsWith(API_PREFIX) || isPublicRead(url) || API_DESCRIPTION.has(url.pathname)

/** A strong ETag of the body: the same bytes, the same tag, on every replica. */
const etagOf = (body: ArrayBuffer) =>
  `"${createHash('sha256').update(Buffer.from(body)).digest('base64url').slice(0, 32)}"`

const matches = (ifNoneMatch: string | null, etag: string) =>
  Boolean(ifNoneMatch) && ifNoneMatch!.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')

async function cached(request: Request, url: URL, response: Response): Promise<Response> {
  // A handler that validates by itself (photo files: versioned addresses, their own ETag) keeps its headers.
  if (response.headers.has('etag')) return response
  const headers = new Headers(response.headers)
  // An answer for this caller: a signed-in one's, or any answer about who is asking (/api/users/me before sign-in
  // was kept by the browser and shown after it: the admin then had no user).
  if (carriesCredential(request.headers) || !forEveryone(url)) {
    headers.set('Cache-Control', 'private, no-store')
    return new Response(response.body, { status: response.status, headers })
  }
  if (response.status !== 200) return response
  // A browser keeps the anonymous answer under the address alone unless told that a credential changes it.
  headers.append('Vary', 'Cookie, Authorization')
  const body = await response.arrayBuffer()
  const etag = etagOf(body)
  headers.set('ETag', etag)
  headers.set('Cache-Control', sharedCacheControl(Boolean(settings().cachePurgeUrl)))
  // What the cache in front files the answer under, so a change can purge it (Fastly reads Surrogate-Key,
  // Varnish's xkey module xkey; both space-separated).
  const keys = cacheKeys(url).join(' ')
  headers.set('Surrogate-Key', keys)
  headers.set('xkey', keys)
  if (matches(request.headers.get('if-none-match'), etag)) {
    headers.delete('Content-Length')
    headers.delete('Content-Type')
    return new Response(null, { status: 304, headers })
  }
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers })
}

/**
 * What every answer to another site goes through (REST, GraphQL, feeds, calendars): CORS for the origins in
 * CORS_ORIGINS (preflights answered, never credentials), a rate limit per address, and for anonymous reads a
 * strong ETag with 304 Not Modified and a Cache-Control a shared cache can use. Anonymous reads of the public
 * collections (REST, GraphQL over GET, feeds, calendars) are kept in the data cache and expired with the pages
 * (src/cache/responses.ts).
 */
export function publicHttp<C>(handler: Handler<C>, methods: string[] = ['GET', 'HEAD']): Handler<C> {
  return async (incoming, context) => {
    if (incoming.method === 'OPTIONS' && incoming.headers.get('access-control-request-method'))
      return preflight(incoming, [...methods, 'OPTIONS'])
    const url = new URL(incoming.url)
    const { request, refused: tooDeep } = await deepBody(incoming, url)
    // Uploaded files (photos, also fetched by the image optimizer from inside the server) and the app's own job
    // runner are not counted.
    const file = request.method === 'GET' && UPLOAD_FILE.test(url.pathname)
    const own = isJobsKey(settings().payloadSecret, request.headers.get(JOBS_KEY_HEADER))
    const refusedAtOnce = tooDeep ?? unreadableCredential(request, url) ?? overrideProblem(request, url)
    const limited: Limited = refusedAtOnce
      ? { headers: new Headers(), refused: refusedAtOnce }
      : file || own
        ? { headers: new Headers() }
        : await rateLimit(request)
    // HEAD is answered as GET without its body (Payload's router knows no HEAD).
    const asked = request.method === 'HEAD' ? new Request(request, { method: 'GET' }) : request
    const ask = async () => notFoundFor(request, url, await handler(asked, context))
    const kept = !limited.refused && keptRead(request.method, url) && !carriesCredential(request.headers)
    let response = limited.refused ?? (kept ? await fromResponseCache(request, url, cacheKeys(url), ask) : await ask())
    if (!limited.refused && (request.method === 'GET' || request.method === 'HEAD'))
      response = await cached(request, url, response)
    const headers = new Headers(response.headers)
    limited.headers.forEach((value, name) => headers.set(name, value))
    corsHeaders(request, headers)
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }
}
