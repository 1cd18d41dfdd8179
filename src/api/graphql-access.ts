import {
  getNamedType,
  GraphQLBoolean,
  type GraphQLFieldConfigMap,
  type GraphQLNamedType,
  type GraphQLObjectType,
  isObjectType,
} from 'graphql'

/** Stands for "everything below is allowed". */
const GRANTED = Object.freeze({ granted: true })

type Source = Record<string, unknown> | typeof GRANTED | null | undefined

/** The permission a source that is not GRANTED holds under `name`. */
const held = (source: Source, name: string): unknown =>
  source === GRANTED || !source ? undefined : (source as Record<string, unknown>)[name]

/**
 * Payload's `Access` query answers from its permissions as the admin keeps them, where "all allowed" is folded
 * into a plain `true`: `Access { events { create { permission } } }` then finds no object under `create` and fails
 * for every signed-in caller, and a `false` left out fails a non-null field. Each field of the Access type reads
 * such a `true` as an object whose every permission is true (and which has no `where`), and a missing permission
 * as false.
 */
function unfold(type: GraphQLNamedType, seen: Set<GraphQLNamedType>) {
  if (!isObjectType(type) || seen.has(type)) return
  seen.add(type)
  for (const field of Object.values(type.getFields())) {
    const inner = getNamedType(field.type)
    const name = field.name
    if (isObjectType(inner)) {
      field.resolve = (source: Source) => {
        if (source === GRANTED) return GRANTED
        const value = held(source, name)
        return value === true ? GRANTED : value
      }
      unfold(inner, seen)
    } else if (inner === GraphQLBoolean) {
      // A permission that is not there was false (the admin's copy leaves falses out).
      field.resolve = (source: Source) => (source === GRANTED ? true : (held(source, name) ?? false))
    } else {
      field.resolve = (source: Source) => (source === GRANTED ? null : held(source, name))
    }
  }
}

/** config.graphQL.queries: Payload's own Access query, its type unfolded as above. */
export function accessQuery(
  _graphql: unknown,
  { Query }: { Query: { fields: GraphQLFieldConfigMap<unknown, unknown> } },
) {
  const access = Query.fields.Access
  if (access) unfold(getNamedType(access.type as GraphQLObjectType), new Set())
  return {}
}
