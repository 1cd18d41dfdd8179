import { createClient } from 'redis'

import { config } from '@/config'

/**
 * Counts events per key within a time window (failed logins per address, password-reset mails per account).
 * In Redis when REDIS_URL is set, so every replica sees the same counts; in this process's memory otherwise.
 */
export type HitCounter = {
  /** Counts one more event (or `amount`); returns the count in the current window and the ms until it ends. */
  hit(key: string, windowMs: number, amount?: number): Promise<{ count: number; resetMs: number }>
  peek(key: string): Promise<{ count: number; resetMs: number }>
  reset(key: string): Promise<void>
  /** Takes one event back (an attempt that turned out fine). */
  refund(key: string): Promise<void>
}

const MAX_MEMORY_KEYS = 100_000

export function memoryCounter(now: () => number = Date.now): HitCounter {
  const windows = new Map<string, { count: number; ends: number }>()
  const current = (key: string) => {
    const entry = windows.get(key)
    if (entry && entry.ends <= now()) windows.delete(key)
    return windows.get(key)
  }
  return {
    async hit(key, windowMs, amount = 1) {
      if (windows.size >= MAX_MEMORY_KEYS) for (const [k, v] of windows) if (v.ends <= now()) windows.delete(k)
      const entry = current(key) ?? { count: 0, ends: now() + windowMs }
      entry.count += amount
      windows.set(key, entry)
      return { count: entry.count, resetMs: entry.ends - now() }
    },
    async peek(key) {
      const entry = current(key)
      return { count: entry?.count ?? 0, resetMs: entry ? entry.ends - now() : 0 }
    },
    async reset(key) {
      windows.delete(key)
    },
    async refund(key) {
      const entry = current(key)
      if (entry) entry.count = Math.max(0, entry.count - 1)
    },
  }
}

export function redisCounter(url: string, prefix = 'eunic:hits:'): HitCounter {
  const client = createClient({ url, socket: { reconnectStrategy: (retries) => Math.min(retries * 200, 5000) } })
  client.on('error', () => undefined) // reported by the calls that fail
  const ready = client.connect()
  return {
    async hit(key, windowMs, amount = 1) {
      await ready
      const [count, , ttl] = await client
        .multi()
        .incrBy(prefix + key, amount)
        .pExpire(prefix + key, windowMs, 'NX')
        .pTTL(prefix + key)
        .exec()
      return { count: Number(count), resetMs: Math.max(0, Number(ttl)) }
    },
    async peek(key) {
      await ready
      const [count, ttl] = await client
        .multi()
        .get(prefix + key)
        .pTTL(prefix + key)
        .exec()
      return { count: Number(count ?? 0), resetMs: Math.max(0, Number(ttl)) }
    },
    async reset(key) {
      await ready
      await client.del(prefix + key)
    },
    async refund(key) {
      await ready
      await client.decr(prefix + key)
    },
  }
}

/** Redis, and this process's memory while Redis cannot be reached (reported once per outage). */
function withFallback(primary: HitCounter, fallback: HitCounter): HitCounter {
  let down = false
  const call =
    <K extends keyof HitCounter>(name: K) =>
    async (...args: Parameters<HitCounter[K]>) => {
      try {
        const result = await (primary[name] as (...a: unknown[]) => Promise<unknown>)(...args)
        down = false
        return result
      } catch (error) {
        if (!down) console.error(`[hit-counter] Redis unavailable, counting in memory: ${(error as Error).message}`)
        down = true
        return (fallback[name] as (...a: unknown[]) => Promise<unknown>)(...args)
      }
    }
  return {
    hit: call('hit') as HitCounter['hit'],
    peek: call('peek') as HitCounter['peek'],
    reset: call('reset') as HitCounter['reset'],
    refund: call('refund') as HitCounter['refund'],
  }
}

let shared: HitCounter | undefined

/** The counter of this process: Redis when REDIS_URL is set, memory otherwise. */
export function hitCounter(): HitCounter {
  const { redisUrl } = config()
  shared ??= redisUrl ? withFallback(redisCounter(redisUrl), memoryCounter()) : memoryCounter()
  return shared
}
