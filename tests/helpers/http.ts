import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
const HANDLERS = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE }

export type ApiResponse = { status: number; body: any }
type RequestOptions = { json?: unknown; form?: FormData; token?: string }

/**
 * Calls the same route handlers that app/(payload)/api serves, with real Request objects, so REST and
 * GraphQL are tested through HTTP semantics (status codes, JSON bodies, auth headers) without a server.
 */
export function apiClient(config: SanitizedConfig) {
  const headersFor = (token?: string, json?: boolean) => {
    const headers = new Headers()
    if (token) headers.set('Authorization', `JWT ${token}`)
    if (json) headers.set('Content-Type', 'application/json')
    return headers
  }

  async function rest(method: Method, path: string, options: RequestOptions = {}): Promise<ApiResponse> {
    const url = new URL(path, 'http://localhost:3000')
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .map(decodeURIComponent)
    const body = options.form ?? (options.json === undefined ? undefined : JSON.stringify(options.json))
    const request = new Request(url, { method, headers: headersFor(options.token, options.json !== undefined), body })
    const response = await HANDLERS[method](config)(request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : null }
  }

  async function graphql(query: string, options: { token?: string; variables?: Record<string, unknown> } = {}) {
    const request = new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: headersFor(options.token, true),
      body: JSON.stringify({ query, variables: options.variables }),
    })
    const response = await GRAPHQL_POST(config)(request)
    return { status: response.status, body: await response.json() }
  }

  return { rest, graphql }
}
