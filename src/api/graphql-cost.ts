import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  type GraphQLField,
  GraphQLList,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isObjectType,
  isUnionType,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  type SelectionSetNode,
} from 'graphql'

import { argumentValue, type Variables, variableDefaults } from './graphql-values'

/** Payload's GraphQL answers a list without `limit` with this many documents. */
export const DEFAULT_LIST_LIMIT = 10
/** What a has-many relation is counted as (an event has 2–5 tags, 1–2 clusters, 0–2 partners). */
export const HAS_MANY_ESTIMATE = 5
/** A list asked for with `pagination: false` (signed-in callers only) is counted as the largest page. */
export const UNPAGINATED_ESTIMATE = 1000

const isDocumentType = (type: GraphQLNamedType): boolean =>
  isUnionType(type) || (isObjectType(type) && 'id' in type.getFields() && 'updatedAt' in type.getFields())

/** A page of documents (a collection's list, a join): an object with `docs` and `totalDocs`. */
const isPageType = (type: GraphQLNamedType): type is GraphQLObjectType =>
  isObjectType(type) && 'docs' in type.getFields() && 'totalDocs' in type.getFields()

/** How many documents one list field reads: its limit, or the default, or a whole page when unpaginated. */
function pageSize(field: FieldNode, variables: Variables, defaults: Variables): number {
  const arg = (name: string) =>
    argumentValue(field.arguments?.find((a) => a.name.value === name)?.value, variables, defaults)
  if (arg('pagination') === false) return UNPAGINATED_ESTIMATE
  const limit = Number(arg('limit'))
  if (Number.isInteger(limit) && limit > 0) return Math.min(limit, UNPAGINATED_ESTIMATE)
  if (limit === 0) return UNPAGINATED_ESTIMATE
  return DEFAULT_LIST_LIMIT
}

/**
 * An estimate of how many documents a GraphQL operation makes the server read: every list multiplies what is
 * asked inside it by its page size, every relation is a read (a has-many one HAS_MANY_ESTIMATE of them), so 50
 * aliases of a 100-event list cost 5,000 and a list of events with their tags' events with their tags… multiplies
 * at each level. The work a query causes, not the length of its text.
 */
export function documentsRead(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Variables = {},
  operationName?: string | null,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>()
  const operations: OperationDefinitionNode[] = []
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def)
    if (def.kind === Kind.OPERATION_DEFINITION) operations.push(def)
  }
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0]
  if (!operation) return 0
  const defaults = variableDefaults([operation])
  const root = operation.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType()
  if (!root) return 0

  const walk = (set: SelectionSetNode | undefined, parent: GraphQLNamedType, times: number, seen: string[]): number => {
    if (!set) return 0
    let total = 0
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? parent) : parent
        total += walk(selection.selectionSet, on, times, seen)
        continue
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value
        const fragment = fragments.get(name)
        if (!fragment || seen.includes(name)) continue // a cycle is refused by the gate before this runs
        const on = schema.getType(fragment.typeCondition.name.value) ?? parent
        total += walk(fragment.selectionSet, on, times, [...seen, name])
        continue
      }
      // A page's documents were counted at the page: its `docs` only carry the count inward.
      if (isPageType(parent) && selection.name.value === 'docs') {
        total += walk(selection.selectionSet, getNamedType(parent.getFields().docs.type), times, seen)
        continue
      }
      const fields = isObjectType(parent) ? parent.getFields() : {}
      const field: GraphQLField<unknown, unknown> | undefined = fields[selection.name.value]
      if (!field) continue // unknown fields are the schema's to refuse
      const type = getNamedType(field.type)
      const many = getNullableType(field.type) instanceof GraphQLList
      if (isPageType(type)) {
        const size = pageSize(selection, variables, defaults)
        const docs = selection.selectionSet?.selections.some((s) => s.kind !== Kind.FIELD || s.name.value === 'docs')
        total += times * (docs ? size : 1)
        total += walk(selection.selectionSet, type, times * size, seen)
      } else if (isDocumentType(type)) {
        const reads = many ? HAS_MANY_ESTIMATE : 1
        total += times * reads
        total += walk(selection.selectionSet, isUnionType(type) ? type.getTypes()[0] : type, times * reads, seen)
      } else {
        total += walk(selection.selectionSet, type, times, seen)
      }
    }
    return total
  }
  return walk(operation.selectionSet, root, 1, [])
}
