import { Kind, type OperationDefinitionNode, type ValueNode } from 'graphql'

export type Variables = Record<string, unknown>

/**
 * The value an argument is given: a literal, or a variable's value — its default in the document when the caller
 * leaves it out (`$p: Boolean = false`). Lists and objects are not read (the page arguments are scalars).
 */
export function argumentValue(node: ValueNode | undefined, given: Variables, defaults: Variables): unknown {
  if (!node) return undefined
  switch (node.kind) {
    case Kind.VARIABLE:
      return Object.hasOwn(given, node.name.value) ? given[node.name.value] : defaults[node.name.value]
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value)
    case Kind.BOOLEAN:
    case Kind.STRING:
      return node.value
    default:
      return undefined
  }
}

/** The defaults the operations give their variables. */
export function variableDefaults(operations: readonly OperationDefinitionNode[]): Variables {
  const defaults: Variables = {}
  for (const operation of operations)
    for (const definition of operation.variableDefinitions ?? [])
      if (definition.defaultValue)
        defaults[definition.variable.name.value] = argumentValue(definition.defaultValue, {}, {})
  return defaults
}
