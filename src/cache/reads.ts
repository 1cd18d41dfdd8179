import { unstable_cache } from 'next/cache'

import { config } from '@/config'

/**
 * Wraps a public read in Next's data cache, keyed by its name and arguments and tagged so the revalidation
 * hooks can expire it. Only reads that anonymous readers could make go through here.
 */
export function cachedRead<A extends unknown[], R>(
  name: string,
  read: (...args: A) => Promise<R>,
  tags: (...args: A) => string[],
  maxAgeSeconds?: number,
): (...args: A) => Promise<R> {
  return (...args: A) =>
    !config().insideNextServer
      ? read(...args)
      : unstable_cache(() => read(...args), [name, JSON.stringify(args)], {
          tags: tags(...args),
          revalidate: maxAgeSeconds ?? false,
        })()
}
