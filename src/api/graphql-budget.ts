import { configToSchema } from '@payloadcms/graphql'
import { type GraphQLSchema, parse } from 'graphql'
import type { SanitizedConfig } from 'payload'

import { signedInAs } from './caller'
import { clientAddress } from './client-address'
import { documentsRead } from './graphql-cost'
import { hitCounter } from './hit-counter'

/**
 * What GraphQL may make the server read, in documents (src/api/graphql-cost.ts): per query, and per caller and
 * minute (shared through Redis with REDIS_URL). Queries that read more than `heavy` take turns, `lanes` at a time
 * in each process, so a caller's heavy queries wait for each other instead of starving everyone's reads.
 */
export const GRAPHQL_BUDGET = {
  perQuery: { anonymous: 300, signedIn: 2_000 },
  perMinute: { anonymous: 5_000, signedIn: 50_000 },
  heavy: 50,
  lanes: 1,
  /** Heavy queries of one caller waiting or running at once. */
  perCaller: 2,
  /** How long a heavy query may wait for its turn before it is told to come back later. */
  maxWaitMs: 15_000,
  /** The longest pause after a heavy query before the next (see `release`). */
  maxPauseMs: 2_000,
  /** When a caller with its heavy queries all running, or one told the queue is too long, may try again. */
  retryAfterSeconds: { busy: 1, queued: 5 },
} as const

const MINUTE = 60_000

type Handler = (request: Request) => Promise<Response>

const refuse = (status: number, message: string, headers?: HeadersInit) =>
  Response.json({ errors: [{ message, extensions: { statusCode: status } }] }, { status, headers })

let schema: Promise<GraphQLSchema> | undefined
/** The schema Payload serves, built once from the same configuration. */
function schemaOf(config: Promise<SanitizedConfig> | SanitizedConfig): Promise<GraphQLSchema> {
  schema ??= (async () => {
    const resolved: SanitizedConfig = await config
    return configToSchema(resolved).schema
  })()
  return schema
}

/** Heavy queries take turns: a queue per process, at most `lanes` running, at most `perCaller` per caller. */
const running = { count: 0 }
const waiting: Array<{ caller: string; start: () => void }> = []
const perCaller = new Map<string, number>()

/**
 * A heavy query's turn ends, and the next begins only after a pause as long as the query took: the embedded
 * database answers inside the process, so while a query runs nothing else does, and the pause is everyone
 * else's time (at most half the process goes to heavy queries).
 */
function release(caller: string, tookMs: number) {
  const left = (perCaller.get(caller) ?? 1) - 1
  if (left > 0) perCaller.set(caller, left)
  else perCaller.delete(caller)
  setTimeout(
    () => {
      running.count -= 1
      const next = waiting.shift()
      if (next) {
        running.count += 1
        next.start()
      }
    },
    Math.min(tookMs, GRAPHQL_BUDGET.maxPauseMs),
  )
}

async function takeTurn(caller: string): Promise<'go' | 'busy' | 'timeout'> {
  if ((perCaller.get(caller) ?? 0) >= GRAPHQL_BUDGET.perCaller) return 'busy'
  perCaller.set(caller, (perCaller.get(caller) ?? 0) + 1)
  if (running.count < GRAPHQL_BUDGET.lanes) {
    running.count += 1
    return 'go'
  }
  return new Promise((resolve) => {
    const entry = { caller, start: () => (clearTimeout(timer), resolve('go')) }
    const timer = setTimeout(() => {
      const at = waiting.indexOf(entry)
      if (at >= 0) waiting.splice(at, 1)
      const left = (perCaller.get(caller) ?? 1) - 1
      if (left > 0) perCaller.set(caller, left)
      else perCaller.delete(caller)
      resolve('timeout')
    }, GRAPHQL_BUDGET.maxWaitMs)
    waiting.push(entry)
  })
}

type Body = { query?: unknown; variables?: unknown; operationName?: unknown }

/**
 * Payload's GraphQL handler behind the budget: the query's cost in documents is worked out with the schema
 * before it runs; too costly a query is a 400 that says its cost and the limit, a caller past its minute's
 * budget a 429 with Retry-After, and a heavy query waits its turn. (The document's size, depth and aliases were
 * checked before, by src/api/graphql-gate.ts.)
 */
export function graphqlBudget(config: Promise<SanitizedConfig> | SanitizedConfig, handler: Handler): Handler {
  return async (request) => {
    let body: Body
    let cost: number
    try {
      body = (await request.clone().json()) as Body
      if (typeof body.query !== 'string') return handler(request)
      const variables = (body.variables ?? {}) as Record<string, unknown>
      const operationName = typeof body.operationName === 'string' ? body.operationName : undefined
      cost = documentsRead(await schemaOf(config), parse(body.query), variables, operationName)
    } catch {
      return handler(request) // Payload says what is wrong with the request
    }
    const account = await signedInAs(request.headers)
    const kind = account ? 'signedIn' : 'anonymous'
    const caller = account ?? `address:${clientAddress({ headers: request.headers })}`
    const most = GRAPHQL_BUDGET.perQuery[kind]
    if (cost > most)
      return refuse(
        400,
        `The query would read about ${cost} documents; one query may read ${most}${account ? '' : ' without an account'}. Ask for fewer aliases, smaller pages (limit) or fewer nested lists, and the next pages after.`,
      )
    const perMinute = GRAPHQL_BUDGET.perMinute[kind]
    const { count, resetMs } = await hitCounter().hit(`graphql:${caller}`, MINUTE, cost)
    if (count > perMinute) {
      const seconds = Math.max(1, Math.ceil(resetMs / 1000))
      return refuse(
        429,
        `Your GraphQL queries read about ${count} documents this minute; ${perMinute} are allowed. Try again in ${seconds} s.`,
        { 'Retry-After': String(seconds) },
      )
    }
    if (cost <= GRAPHQL_BUDGET.heavy) return handler(request)
    const turn = await takeTurn(caller)
    if (turn === 'busy')
      return refuse(
        429,
        `You have ${GRAPHQL_BUDGET.perCaller} large queries running already: send the next when one has answered.`,
        { 'Retry-After': String(GRAPHQL_BUDGET.retryAfterSeconds.busy) },
      )
    if (turn === 'timeout')
      return refuse(503, 'The server is busy with large queries; try again in a few seconds.', {
        'Retry-After': String(GRAPHQL_BUDGET.retryAfterSeconds.queued),
      })
    const started = Date.now()
    try {
      return await handler(request)
    } finally {
      release(caller, Date.now() - started)
    }
  }
}
