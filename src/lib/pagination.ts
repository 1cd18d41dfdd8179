import { single } from './query'

/** Events per page on every paginated list (archives, indexes, later the API examples). */
export const PAGE_SIZE = 12

/** A page number from a query-string value: a positive integer, else 1. */
export function pageParam(value: string | string[] | undefined): number {
  const page = Number(single(value))
  return Number.isInteger(page) && page > 0 ? page : 1
}
