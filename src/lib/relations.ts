/** The populated documents of a relationship, leaving out ids the reader may not see (unpublished, deleted). */
export function populated<T extends object>(
  value: ReadonlyArray<T | number | string> | T | number | string | null | undefined,
): T[] {
  if (value === null || value === undefined) return []
  const list: ReadonlyArray<unknown> = Array.isArray(value) ? value : [value]
  return list.filter((item): item is T => typeof item === 'object' && item !== null)
}

/** The id of a relationship value, populated (a document) or not (an id); undefined when it holds none. */
export function idOf(value: unknown): number | string | undefined {
  const id = typeof value === 'object' && value !== null && 'id' in value ? value.id : value
  return typeof id === 'number' || typeof id === 'string' ? id : undefined
}

/** The ids of a has-many relationship value, populated or not. */
export const idsOf = (value: unknown): Array<number | string> =>
  (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value])
    .map(idOf)
    .filter((id) => id !== undefined)

/** An event's relations to documents with pages of their own, and the collection each one points to. */
export const EVENT_RELATIONS = {
  tags: 'tags',
  clusters: 'clusters',
  hostInstitutes: 'institutes',
  partners: 'partners',
} as const
export type EventRelation = keyof typeof EVENT_RELATIONS

export const isEventRelation = (name: string): name is EventRelation => Object.hasOwn(EVENT_RELATIONS, name)
