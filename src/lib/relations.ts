/** The populated documents of a relationship, leaving out ids the reader may not see (unpublished, deleted). */
export function populated<T extends object>(
  value: ReadonlyArray<T | number | string> | T | number | string | null | undefined,
): T[] {
  if (value === null || value === undefined) return []
  const list = Array.isArray(value) ? value : [value]
  return list.filter((item): item is T => typeof item === 'object' && item !== null)
}
