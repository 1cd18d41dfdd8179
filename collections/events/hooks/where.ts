import type { Where } from 'payload'

/** The values an `equals` or `in` condition names (the REST API writes a list as "a,b"); undefined otherwise. */
export function namedValues(condition: unknown): unknown[] | undefined {
  if (!condition || typeof condition !== 'object' || Array.isArray(condition)) return undefined
  const entries = Object.entries(condition)
  if (entries.length !== 1) return undefined
  const [operator, value] = entries[0]
  const list =
    operator === 'equals' ? [value] : operator === 'in' ? (typeof value === 'string' ? value.split(',') : value) : []
  return Array.isArray(list) && list.length ? list : undefined
}

/**
 * `where` with every condition that `replace` has a replacement for replaced, inside `and` and `or` as well:
 * the replacements join what is kept with an `and`. A condition `replace` answers undefined for stays.
 */
export async function replaceConditions(
  where: Where,
  replace: (key: string, condition: unknown) => Promise<Where | undefined>,
): Promise<Where> {
  const kept: Where = {}
  const replaced: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      kept[key] = await Promise.all(value.map((w: Where) => replaceConditions(w, replace)))
      continue
    }
    const replacement = await replace(key, value)
    if (replacement) replaced.push(replacement)
    else kept[key] = value
  }
  return replaced.length ? { and: [kept, ...replaced] } : kept
}
