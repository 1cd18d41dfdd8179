import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { Webhook } from 'standardwebhooks'

export type Received = { headers: http.IncomingHttpHeaders; body: string; at: number }
/** What the receiver does with the next request: answer with a status, or hold the connection and never answer. */
export type Behaviour = number | 'hang'

/**
 * A webhook receiver on this machine, as another site would run one: it records every request and answers as
 * the test tells it to (a queue of behaviours, then `fallback`).
 */
export async function startReceiver(fallback: Behaviour = 204) {
  const received: Received[] = []
  const plan: Behaviour[] = []
  const held: http.ServerResponse[] = []
  let waiting: Array<() => void> = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (c: string) => (body += c))
    req.on('end', () => {
      received.push({ headers: req.headers, body, at: Date.now() })
      const woken = waiting
      waiting = []
      for (const wake of woken) wake()
      const behaviour = plan.shift() ?? fallback
      if (behaviour === 'hang') return void held.push(res)
      res.writeHead(behaviour, { 'content-type': 'text/plain' }).end(behaviour >= 400 ? 'receiver says no' : '')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    /** Behaviours for the next requests, in order. */
    plan: (...next: Behaviour[]) => plan.push(...next),
    /** How many requests hang right now with no answer. */
    hanging: () => held.filter((r) => !r.writableEnded).length,
    /** Resolves once `count` requests have arrived, or fails after `ms`. */
    waitFor(count: number, ms = 20_000): Promise<Received[]> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`the receiver got ${received.length} of ${count} deliveries in ${ms / 1000} s`)),
          ms,
        )
        const check = () => {
          if (received.length >= count) {
            clearTimeout(timer)
            resolve(received)
          } else waiting.push(check)
        }
        check()
      })
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Checks a delivery as a receiver would, with the reference Standard Webhooks library; returns its JSON. */
export function verified(secret: string, delivery: Received): any {
  const h = delivery.headers
  return new Webhook(secret).verify(delivery.body, {
    'webhook-id': String(h['webhook-id']),
    'webhook-timestamp': String(h['webhook-timestamp']),
    'webhook-signature': String(h['webhook-signature']),
  })
}
