import { type HitCounter, memoryCounter, redisCounter } from '@/api/hit-counter'

const REDIS = process.env.TEST_REDIS_URL

/** The same behaviour from both stores: counts within a window, a peek that does not count, reset, refund. */
function behaves(name: string, make: () => HitCounter) {
  describe(name, () => {
    const key = `test:${process.pid}:${Math.random().toString(36).slice(2)}`
    test('counts, peeks, refunds and resets', async () => {
      const counter = make()
      expect((await counter.hit(key, 60_000)).count).toBe(1)
      const second = await counter.hit(key, 60_000)
      expect(second.count).toBe(2)
      expect(second.resetMs).toBeGreaterThan(50_000)
      expect((await counter.peek(key)).count).toBe(2)
      await counter.refund(key)
      expect((await counter.peek(key)).count).toBe(1)
      await counter.reset(key)
      expect((await counter.peek(key)).count).toBe(0)
    })
    test('a window ends', async () => {
      const counter = make()
      await counter.hit(`${key}:short`, 50)
      await new Promise((r) => setTimeout(r, 120))
      expect((await counter.peek(`${key}:short`)).count).toBe(0)
    })
  })
}

behaves('in memory', () => memoryCounter())
if (REDIS) {
  behaves('in Redis (shared by every replica)', () => redisCounter(REDIS, 'eunic-test:'))
  test('two replicas see one count', async () => {
    const a = redisCounter(REDIS, 'eunic-test:')
    const b = redisCounter(REDIS, 'eunic-test:')
    const key = `shared:${process.pid}:${Date.now()}`
    await a.hit(key, 60_000)
    await b.hit(key, 60_000)
    expect((await a.peek(key)).count).toBe(2)
  })
}
