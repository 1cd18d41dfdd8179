import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { adminAccount } from './accounts'
import { BASE_URL, closeBrowser, openBrowser, SKIP_REASON } from './browser'
import { eventually } from './eventually'
import { jwt, rest } from './rest'
import { startSecondServer } from './server.mjs'
import { startReceiver, verified } from '../helpers/receiver'

// Needs the built app only (no browser), but runs with the browser tests that start it.
const suite = SKIP_REASON ? describe.skip : describe

type Server = Awaited<ReturnType<typeof startSecondServer>>
type Token = { token: string }

const ADMIN = { email: 'hooks-admin@example.org', password: 'hooks-admin-password-long', name: 'Hooks admin' }

const call = (base: string, method: string, url: string, auth?: Token, json?: unknown) =>
  rest(`${base}${url}`, method, { json, authorization: auth && jwt(auth.token) })

let counter = 0
const event = () => ({
  _status: 'published',
  title: `Announced elsewhere ${(counter += 1)}`,
  startDate: '2031-03-01T09:00:00.000Z',
  startDate_tz: 'Asia/Almaty',
  endDate: '2031-03-01T17:00:00.000Z',
  endDate_tz: 'Asia/Almaty',
})

/**
 * Webhooks as a deployment runs them: the app's own ticker sends each delivery, a receiver on this machine
 * checks the signature, and the queue lives in the database across a restart. The app runs on a database of
 * its own here, so its jobs ticker and retry waits can be short without touching the other tests' server.
 */
suite('webhooks, delivered by the running app', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eunic-hooks-'))
  const settings = (ticking: boolean) => ({
    DATABASE_URI: `file:${path.join(dir, 'hooks.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    JOBS_INTERVAL_SECONDS: ticking ? '1' : '0',
    WEBHOOK_RETRY_SECONDS: '1',
    WEBHOOK_TIMEOUT_SECONDS: '20',
    WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'true',
  })
  let server: Server | undefined
  let admin: Token
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  let hook: { id: number; secret: string }

  const deliveries = async () =>
    (await call(server!.baseUrl, 'GET', `/api/webhook-deliveries?sort=createdAt&limit=100`, admin)).body.docs as Array<
      Record<string, any>
    >

  beforeAll(async () => {
    receiver = await startReceiver()
    // First without a ticker: the delivery is queued and nothing sends it before the restart.
    server = await startSecondServer(settings(false))
    const registered = await call(server.baseUrl, 'POST', '/api/users/first-register', undefined, ADMIN)
    expect(registered.status).toBe(200)
    admin = { token: (await call(server.baseUrl, 'POST', '/api/users/login', undefined, ADMIN)).body.token }
    const made = await call(server.baseUrl, 'POST', '/api/webhooks', admin, {
      name: 'A partner portal',
      url: receiver.url,
      collections: ['events'],
    })
    expect(made.status).toBe(201)
    hook = made.body.doc
  }, 90_000)
  afterAll(async () => {
    await receiver?.close()
    await server?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  test('a delivery queued before a restart is sent after it', async () => {
    const published = await call(server!.baseUrl, 'POST', '/api/events', admin, event())
    expect(published.status).toBe(201)
    expect((await deliveries()).map((d) => d.status)).toEqual(['pending'])

    await server!.stop()
    server = await startSecondServer(settings(true))
    const [delivery] = await receiver.waitFor(1)
    const body = verified(hook.secret, delivery)
    expect(body).toMatchObject({ type: 'events.publish', data: { id: published.body.doc.id, change: 'publish' } })
  }, 90_000)

  test('a publish reaches the receiver within seconds, and the signature verifies with the secret', async () => {
    const before = receiver.received.length
    const published = await call(server!.baseUrl, 'POST', '/api/events', admin, event())
    const delivery = (await receiver.waitFor(before + 1, 10_000))[before]
    const body = verified(hook.secret, delivery)
    expect(body.data).toMatchObject({
      collection: 'events',
      id: published.body.doc.id,
      slug: published.body.doc.slug,
      change: 'publish',
      locale: 'en',
      url: `${server!.baseUrl}/events/${published.body.doc.slug}`,
    })
    expect(await (await fetch(body.data.url)).text()).toContain(published.body.doc.title)
  })

  test('a receiver that fails twice gets the third attempt', async () => {
    const before = receiver.received.length
    receiver.plan(500, 500)
    await call(server!.baseUrl, 'POST', '/api/events', admin, event())
    const attempts = (await receiver.waitFor(before + 3, 30_000)).slice(before)
    expect(new Set(attempts.map((a) => a.headers['webhook-id'])).size).toBe(1)
    for (const a of attempts) expect(verified(hook.secret, a).type).toBe('events.publish')
    const last = (await deliveries()).at(-1)!
    expect(last).toMatchObject({ attempts: 3, status: 'delivered', lastStatusCode: 204 })

    // The admin shows when it was tried and delivered to the second, not only the day.
    const browser = await openBrowser()
    try {
      const context = await browser.browser.newContext()
      const host = new URL(server!.baseUrl).hostname
      await context.addCookies([{ name: 'payload-token', value: admin.token, domain: host, path: '/' }])
      const page = await context.newPage()
      await page.goto(`${server!.baseUrl}/admin/collections/webhook-deliveries/${last.id}`)
      // The form fills its fields once the document has loaded: wait for the two dates to show.
      const shown = /^\d{1,2} \w+ \d{4}, \d{2}:\d{2}:\d{2}$/
      const dates = () =>
        page
          .locator('input')
          .evaluateAll(
            (inputs, pattern) =>
              inputs.map((i) => (i as HTMLInputElement).value).filter((v) => new RegExp(pattern).test(v)),
            shown.source,
          )
      await eventually(async () => expect(await dates()).toHaveLength(2), 20_000)
      await context.close()
    } finally {
      await closeBrowser(browser)
    }
  }, 90_000)

  test('an editor’s save does not wait for a receiver that hangs', async () => {
    const before = receiver.received.length
    receiver.plan('hang')
    await call(server!.baseUrl, 'POST', '/api/events', admin, event())
    await receiver.waitFor(before + 1)
    expect(receiver.hanging()).toBe(1)
    // While the receiver holds the delivery without an answer, saves go through: publish, change, unpublish.
    const next = await call(server!.baseUrl, 'POST', '/api/events', admin, event())
    expect(next.status).toBe(201)
    const changed = await call(server!.baseUrl, 'PATCH', `/api/events/${next.body.doc.id}`, admin, {
      title: 'Changed while the receiver hangs',
    })
    expect(changed.status).toBe(200)
    expect(receiver.hanging()).toBe(1)
    const waiting = (await deliveries()).slice(-3)
    expect(waiting.map((d) => d.status)).toEqual(['pending', 'pending', 'pending'])
  }, 60_000)

  test('in production a receiver on this machine is refused unless the deployment allows it', async () => {
    const main = await adminAccount()
    const refused = await call(BASE_URL, 'POST', '/api/webhooks', main, {
      name: 'Inside',
      url: 'http://127.0.0.1:9/hooks',
      collections: ['events'],
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('WEBHOOKS_ALLOW_PRIVATE_TARGETS')
  })
})
