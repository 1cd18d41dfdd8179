import { unstable_cache } from 'next/cache'

import { LIST_MAX_AGE_SECONDS } from '@/cache/tags'
import { config } from '@/config'

/**
 * The anonymous reads the app keeps: REST reads of the collections and the global whose every change expires
 * its cache tag (src/cache/revalidate.ts) — a list, one document or a count —, GraphQL queries over GET, and the
 * feeds and calendars, which show the same documents. Anything else — the admin's collections, versions,
 * uploads' files — is answered afresh each time.
 */
const GRAPHQL_PATH = '/api/graphql'
const KEPT = [
  /^\/api\/(?:(?:events|tags|clusters|institutes|partners|photos)(?:\/(?!versions\b|file\b)[^/]+)?|globals\/settings)$/,
  new RegExp(`^${GRAPHQL_PATH}$`),
  /\/(?:feed\.xml|feed\.json|atom\.xml|events\.ics|event\.ics)$/,
]

/** Next keeps entries up to 2 MB; an answer larger than this is not kept (a list of 100 events is ≈ 0.4 MB). */
const MOST_BYTES = 1_500_000
/** Headers of an answer that belong to that one response, not to what is kept. */
const PER_RESPONSE = new Set(['content-length', 'date', 'set-cookie', 'connection', 'keep-alive', 'transfer-encoding'])

export const API_CACHE_HEADER = 'X-Api-Cache'

type Kept = { body: string; headers: Array<[string, string]> }

/**
 * The period of LIST_MAX_AGE_SECONDS a moment falls in: a kept answer is filed under it, so that it is never read
 * once it is older than that. Read stale, Next answers with it and asks the cached function again in the
 * background, where the answer cannot be made (Payload answers outside the cached function): the stale answer then
 * stayed until a change expired it (a feed kept listing events that had ended) and every hit logged the failed
 * revalidation. In a new period the first reader asks Payload again.
 */
export const keptPeriod = (now = Date.now()) => Math.floor(now / (LIST_MAX_AGE_SECONDS * 1000))

/** Thrown inside the cached function when there is nothing to keep yet: nothing is stored. */
class NotKept extends Error {
  constructor() {
    super('Nothing to keep yet.')
  }
}

/** GraphQL answers 200 with `errors` when a query fails (a database that was down, too): those are not kept. */
function failed(url: URL, body: string): boolean {
  if (url.pathname !== GRAPHQL_PATH) return false
  try {
    return 'errors' in (JSON.parse(body) as object)
  } catch {
    return true
  }
}

/**
 * Whether an address serves what every reader sees alike (the public collections, the settings, GraphQL, feeds,
 * calendars): only such answers may be kept by anyone. Everything else answers for its caller — `/api/users/me`
 * says who is signed in — and is never kept, not even when the caller is anonymous.
 */
export const isPublicRead = (url: URL): boolean => KEPT.some((path) => path.test(url.pathname))

export const keptRead = (method: string, url: URL): boolean =>
  method === 'GET' && config().insideNextServer && isPublicRead(url)

/**
 * An anonymous read answered from the data cache (in Redis with REDIS_URL, so every replica shares it), tagged
 * with the keys the answer may show: the revalidation factory that expires the pages expires these too, at the
 * commit of the change. Answers other than 200 are not kept. `X-Api-Cache` says whether this one was kept
 * already (HIT) or asked of Payload (MISS).
 */
export async function fromResponseCache(request: Request, url: URL, tags: string[], ask: () => Promise<Response>) {
  // Payload answers outside the cache's scope (its handler reads the request, which a cached function may not):
  // the cache is looked in first, and on a miss the answer made here is handed to it to keep.
  let made: Kept | undefined
  const kept = unstable_cache(
    async (): Promise<Kept> => {
      if (!made) throw new NotKept()
      return made
    },
    ['api', url.pathname + url.search, request.headers.get('accept-language') ?? '', String(keptPeriod())],
    { tags, revalidate: LIST_MAX_AGE_SECONDS },
  )
  const answer = (found: Kept, state: 'HIT' | 'MISS') => {
    const headers = new Headers(found.headers)
    headers.set(API_CACHE_HEADER, state)
    return new Response(found.body, { status: 200, headers })
  }
  try {
    return answer(await kept(), 'HIT')
  } catch (error) {
    if (!(error instanceof NotKept)) throw error
  }
  const response = await ask()
  if (response.status !== 200 || response.headers.has('etag')) return response
  const body = await response.text()
  if (body.length > MOST_BYTES || failed(url, body)) return new Response(body, response)
  made = { body, headers: [...response.headers].filter(([name]) => !PER_RESPONSE.has(name.toLowerCase())) }
  return answer(await kept(), 'MISS')
}
