import { single } from './query'

/** Events per page on every paginated list (archives, indexes, later the API examples). */
export const PAGE_SIZE = 12

/** A page number from a query-string value: a positive integer, else 1. */
export function pageParam(value: string | string[] | undefined): number {
  const page = Number(single(value))
  return Number.isInteger(page) && page > 0 ? page : 1
}

/** A page number as an address writes it: no leading zero, at most six digits (a million pages of 12). */
const LATER_PAGE_NUMBER = /^[1-9]\d{0,5}$/

/**
 * A page number from an address's path (/tags/x/page/2): page 2 or later, written plainly; page 1 has no number
 * in its address, so "1", "02" or "two" are not pages.
 */
export function laterPage(segment: string): number | undefined {
  if (!LATER_PAGE_NUMBER.test(segment)) return undefined
  const page = Number(segment)
  return page > 1 ? page : undefined
}

/** A page number beyond the last page of a list (page 1 always exists, even for an empty list). */
export const pastLastPage = (page: number, totalPages: number): boolean => page > 1 && page > totalPages
