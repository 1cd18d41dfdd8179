import { jest } from '@jest/globals'

import { LIST_MAX_AGE_SECONDS } from '@/cache/tags'

/**
 * A kept anonymous read is filed under the period of LIST_MAX_AGE_SECONDS it was made in, and kept for that long:
 * it is never read stale, so Next never asks the cached function to make it again in the background (it cannot:
 * Payload answers outside it).
 */
type Options = { tags: string[]; revalidate: number | false }
const filed: Array<{ keys: string[]; options: Options }> = []
jest.unstable_mockModule('next/cache', () => ({
  unstable_cache: (make: () => Promise<unknown>, keys: string[], options: Options) => {
    filed.push({ keys, options })
    return make
  },
}))
const { fromResponseCache, keptPeriod } = await import('@/cache/responses')

const PERIOD_MS = LIST_MAX_AGE_SECONDS * 1000
const read = async (at: number) => {
  jest.spyOn(Date, 'now').mockReturnValue(at)
  filed.length = 0
  const url = new URL('http://localhost/feed.xml')
  const res = await fromResponseCache(new Request(url), url, ['events'], async () => new Response('<rss/>'))
  jest.restoreAllMocks()
  return { state: res.headers.get('x-api-cache'), keys: filed[0].keys, options: filed[0].options }
}

test('within one period the key is the same; in the next it is new', async () => {
  const start = 1000 * PERIOD_MS
  const first = await read(start)
  const later = await read(start + PERIOD_MS - 1)
  const next = await read(start + PERIOD_MS)
  expect(first.state).toBe('MISS')
  expect(later.keys).toEqual(first.keys)
  expect(next.keys).not.toEqual(first.keys)
  expect(next.keys.at(-1)).toBe(String(keptPeriod(start + PERIOD_MS)))
})

test('an answer is kept no longer than its period lasts, under the tags it shows', async () => {
  const { options } = await read(5 * PERIOD_MS + 17)
  expect(options).toEqual({ tags: ['events'], revalidate: LIST_MAX_AGE_SECONDS })
})
