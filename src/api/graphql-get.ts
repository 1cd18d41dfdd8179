import { Kind, parse } from 'graphql'

import { graphqlGate } from './graphql-gate'

const refuse = (status: number, message: string, headers?: HeadersInit) =>
  Response.json({ errors: [{ message, extensions: { statusCode: status } }] }, { status, headers })

/** The operation a GraphQL document runs, when it can be told: "query", "mutation" or "subscription". */
function operationOf(query: string, name: string | null): string | undefined {
  try {
    const operations = parse(query).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    const chosen = name ? operations.find((o) => o.name?.value === name) : operations[0]
    return chosen?.operation
  } catch {
    return undefined // the gate and Payload say what is wrong with it
  }
}

/**
 * GraphQL over GET (`?query=…&variables=…&operationName=…`), so a read can be cached by URL like any other:
 * queries only (a change must be a POST), checked by the same gate as a POST, then run by Payload's handler.
 */
export function graphqlGet(post: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url)
    const query = url.searchParams.get('query')
    if (!query?.trim()) return refuse(400, 'A GraphQL GET request needs a "query" parameter.')
    const operationName = url.searchParams.get('operationName')
    const operation = operationOf(query, operationName)
    if (operation && operation !== 'query')
      return refuse(405, `A ${operation} must be sent with POST; GET runs queries only.`, { Allow: 'POST' })
    let variables: unknown
    const raw = url.searchParams.get('variables')
    if (raw) {
      try {
        variables = JSON.parse(raw)
      } catch (error) {
        return refuse(400, `"variables" is not valid JSON (${(error as Error).message}).`)
      }
    }
    const headers = new Headers(request.headers)
    headers.set('content-type', 'application/json')
    headers.delete('content-length')
    const asPost = new Request(`${url.origin}${url.pathname}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables, operationName: operationName ?? undefined }),
    })
    return (await graphqlGate(asPost)) ?? post(asPost)
  }
}
