import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  parse,
  type SelectionSetNode,
  type ValueNode,
  visit,
} from 'graphql'

import { argumentValue, variableDefaults } from './graphql-values'
import { PUBLIC_LIMITS } from './request-checks'

/**
 * What one GraphQL request may cost before the schema sees it. Checked on the raw document, so a flood of
 * aliases or a fragment cycle is refused in milliseconds instead of being parsed, validated and run.
 */
export const GRAPHQL_LIMITS = {
  maxBytes: 100_000,
  maxTokens: 20_000,
  maxDepth: 12,
  maxFields: 500,
  maxAliases: 50,
  /** Payload's own estimate, checked with the schema: a field costs 1, a relation or join 10. */
  maxComplexity: 1000,
} as const

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message, extensions: { statusCode: status } }] }, { status })

function fragmentCycle(fragments: Map<string, FragmentDefinitionNode>): string[] | undefined {
  const spreads = (set: SelectionSetNode | undefined, out: string[] = []): string[] => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FRAGMENT_SPREAD) out.push(s.name.value)
      else spreads(s.selectionSet, out)
    }
    return out
  }
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (name: string, path: string[]): string[] | undefined => {
    if (state.get(name) === 'visiting') return [...path, name]
    if (state.get(name) === 'done' || !fragments.has(name)) return undefined
    state.set(name, 'visiting')
    for (const next of spreads(fragments.get(name)?.selectionSet)) {
      const cycle = visit(next, [...path, name])
      if (cycle) return cycle
    }
    state.set(name, 'done')
    return undefined
  }
  for (const name of fragments.keys()) {
    const cycle = visit(name, [])
    if (cycle) return cycle
  }
  return undefined
}

type Cost = { fields: number; aliases: number; depth: number }

/** Fields, aliases and depth of a document with its fragments spread out (cycles are refused before). */
function cost(document: DocumentNode, fragments: Map<string, FragmentDefinitionNode>): Cost {
  const total: Cost = { fields: 0, aliases: 0, depth: 0 }
  const walk = (set: SelectionSetNode | undefined, depth: number) => {
    if (!set || total.fields > GRAPHQL_LIMITS.maxFields) return
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        total.fields += 1
        if (s.alias) total.aliases += 1
        total.depth = Math.max(total.depth, depth)
        walk(s.selectionSet, depth + 1)
      } else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet, depth)
      else walk(fragments.get(s.name.value)?.selectionSet, depth)
    }
  }
  for (const def of document.definitions) if (def.kind === Kind.OPERATION_DEFINITION) walk(def.selectionSet, 1)
  return total
}

/**
 * The page arguments a GraphQL caller gives, in the document or through variables: `limit` from 1 to
 * PUBLIC_LIMITS.maxLimit and never `pagination: false`, on every list and join of the query. (REST applies the
 * same to callers without an account in the collection hooks; GraphQL is checked here, on what the caller wrote,
 * so that Payload's own reads inside the request are not.)
 */
function pageArgumentProblem(document: DocumentNode, given: Record<string, unknown>): string | null {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
  const defaults = variableDefaults(operations)
  const valueOf = (node: ValueNode): unknown => argumentValue(node, given, defaults)
  let problem: string | null = null
  visit(document, {
    Argument(node, _key, _parent, _path, ancestors) {
      if (problem) return
      const field = ancestors.at(-1) as { kind?: string; name?: { value: string } } | undefined
      const where = field?.kind === Kind.FIELD ? `${field.name?.value}(${node.name.value})` : node.name.value
      const value = valueOf(node.value)
      if (node.name.value === 'limit' && value !== undefined && value !== null) {
        const n = Number(value)
        if (!Number.isInteger(n) || n < 1 || n > PUBLIC_LIMITS.maxLimit)
          problem = `${where} must be a whole number from 1 to ${PUBLIC_LIMITS.maxLimit}, not ${JSON.stringify(value)}: ask for the next pages with page.`
      }
      if (node.name.value === 'pagination' && value === false)
        problem = `${where} cannot be false: read the pages one by one (limit up to ${PUBLIC_LIMITS.maxLimit}, page 2, 3…).`
    },
  })
  return problem
}

/** Checks the GraphQL document of a request; null when it may go on to the schema. */
export function checkGraphqlDocument(
  query: string,
  variables: Record<string, unknown> = {},
): { status: number; message: string } | null {
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: GRAPHQL_LIMITS.maxTokens })
  } catch (error) {
    return {
      status: 400,
      message: error instanceof GraphQLError ? error.message : 'The GraphQL document cannot be read.',
    }
  }
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def)
  const cycle = fragmentCycle(fragments)
  if (cycle) return { status: 400, message: `The fragments spread each other in a cycle: ${cycle.join(' → ')}.` }
  const { fields, aliases, depth } = cost(document, fragments)
  const { maxFields, maxAliases, maxDepth } = GRAPHQL_LIMITS
  if (fields > maxFields) return { status: 400, message: `The query asks for more than ${maxFields} fields.` }
  if (aliases > maxAliases)
    return { status: 400, message: `The query uses ${aliases} aliases; the limit is ${maxAliases}.` }
  if (depth > maxDepth)
    return { status: 400, message: `The query nests ${depth} levels deep; the limit is ${maxDepth}.` }
  const pages = pageArgumentProblem(document, variables)
  return pages ? { status: 400, message: pages } : null
}

/**
 * The gate in front of /api/graphql: a JSON body of at most GRAPHQL_LIMITS.maxBytes holding a `query` the
 * document check accepts. Returns the refusal, or null to let the request through.
 */
export async function graphqlGate(request: Request): Promise<Response | null> {
  if (request.method !== 'POST') return null
  const length = Number(request.headers.get('content-length') ?? NaN)
  if (length > GRAPHQL_LIMITS.maxBytes)
    return refuse(413, `The request is ${length} bytes; GraphQL requests may be ${GRAPHQL_LIMITS.maxBytes} at most.`)
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (type !== 'application/json')
    return refuse(415, `Send GraphQL requests as application/json, not "${type || 'without a content type'}".`)
  const text = await request.clone().text()
  if (text.length > GRAPHQL_LIMITS.maxBytes)
    return refuse(413, `GraphQL requests may be ${GRAPHQL_LIMITS.maxBytes} bytes at most.`)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (error) {
    return refuse(400, `The request body is not valid JSON (${(error as Error).message}).`)
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return refuse(400, 'The request body must be a JSON object with a "query" (batches are not accepted).')
  const { query, variables } = body as { query?: unknown; variables?: unknown }
  if (typeof query !== 'string' || !query.trim()) return refuse(400, 'The request body has no "query" string.')
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables)))
    return refuse(400, '"variables" must be a JSON object.')
  const problem = checkGraphqlDocument(query, (variables ?? {}) as Record<string, unknown>)
  return problem ? refuse(problem.status, problem.message) : null
}
