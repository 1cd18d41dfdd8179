import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { graphqlBudget } from '@/api/graphql-budget'
import { graphqlGate } from '@/api/graphql-gate'
import { publicHttp } from '@/api/public-http'

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
const HANDLERS = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE }

export type ApiResponse = { status: number; body: any; headers: Headers }
export type RequestOptions = {
  json?: unknown
  form?: FormData
  token?: string
  /** A body sent as it is, with `contentType` (or none): for malformed requests. */
  raw?: string | Blob
  contentType?: string
  headers?: Record<string, string>
  /** The answer's body as bytes (a downloaded file), not parsed. */
  binary?: boolean
}

/** The body as JSON when it is JSON; otherwise the text, so a test can say what came back. */
function parse(text: string): unknown {
  if (!text) return null
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response> | Response

/**
 * Calls the same route handlers that app/(payload)/api serves, with real Request objects, so REST and
 * GraphQL are tested through HTTP semantics (status codes, JSON bodies, auth headers) without a server.
 * `served`: through what the routes wrap them in too (publicHttp's checks, GraphQL's budget), as the server does.
 */
export function apiClient(config: SanitizedConfig, { served = false }: { served?: boolean } = {}) {
  const wrap = (handler: Handler): Handler =>
    served ? publicHttp(handler, ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE']) : handler
  const handlers = Object.fromEntries(
    Object.entries(HANDLERS).map(([method, make]) => [method, wrap(make(config) as Handler)]),
  ) as Record<Method, Handler>
  const graphqlPost = served
    ? publicHttp(graphqlBudget(config, GRAPHQL_POST(config)), ['POST'])
    : (request: Request) => GRAPHQL_POST(config)(request)
  const headersFor = (options: RequestOptions) => {
    const headers = new Headers(options.headers)
    if (options.token) headers.set('Authorization', `JWT ${options.token}`)
    if (options.json !== undefined) headers.set('Content-Type', 'application/json')
    if (options.contentType) headers.set('Content-Type', options.contentType)
    return headers
  }

  async function rest(method: Method, path: string, options: RequestOptions = {}): Promise<ApiResponse> {
    const url = new URL(path, 'http://localhost:3000')
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .map((part) => {
        try {
          return decodeURIComponent(part)
        } catch {
          return part
        }
      })
    const body = options.form ?? options.raw ?? (options.json === undefined ? undefined : JSON.stringify(options.json))
    const request = new Request(url, { method, headers: headersFor(options), body })
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    const answer = options.binary ? Buffer.from(await response.arrayBuffer()) : parse(await response.text())
    return { status: response.status, body: answer, headers: response.headers }
  }

  async function graphql(
    query: string,
    options: {
      token?: string
      variables?: Record<string, unknown>
      raw?: string
      contentType?: string
      headers?: Record<string, string>
    } = {},
  ): Promise<ApiResponse> {
    const request = new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: headersFor({
        token: options.token,
        contentType: options.contentType ?? 'application/json',
        headers: options.headers,
      }),
      body: options.raw ?? JSON.stringify({ query, variables: options.variables }),
    })
    // As served: the proxy's gate first, then Payload's route.
    const response = (await graphqlGate(request)) ?? (await graphqlPost(request, {}))
    return { status: response.status, body: parse(await response.text()), headers: response.headers }
  }

  return { rest, graphql }
}

/** Every message in a Payload error body, field messages included, as one line. */
export const messagesIn = (body: any): string =>
  (body?.errors ?? [])
    .flatMap((e: any) => [e.message, ...(e.data?.errors ?? []).map((f: any) => `${f.path ?? f.field}: ${f.message}`)])
    .join(' | ')

/** The field paths a Payload 400 names. */
export const fieldsIn = (body: any): string[] =>
  (body?.errors ?? []).flatMap((e: any) => (e.data?.errors ?? []).map((f: any) => f.path ?? f.field))
