/**
 * One bad document must not take a list, feed or calendar down: the others are shown and the one left out is
 * reported, with what it is and why, so someone can fix it.
 */
export function reportSkipped(what: string, where: string, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error)
  console.error(`[skipped] ${what} left out of ${where}: ${reason}`)
}

/** `fn` applied to every item it can be applied to; the items it fails on are reported and left out. */
export function keepGood<T, R>(items: readonly T[], fn: (item: T) => R, what: (item: T) => string, where: string): R[] {
  const out: R[] = []
  for (const item of items) {
    try {
      out.push(fn(item))
    } catch (error) {
      reportSkipped(what(item), where, error)
    }
  }
  return out
}
