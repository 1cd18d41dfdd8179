import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { notRun, SKIP_REASON } from './browser'
import { eventually } from './eventually'
import { jwt, rest } from './rest'
import { startSecondServer } from './server.mjs'

const missing = ['TEST_POSTGRES_URI', 'TEST_REDIS_URL'].filter((name) => !process.env[name])
if (missing.length) notRun('TWO-REPLICA TESTS', `set ${missing.join(' and ')}`)
const suite = SKIP_REASON || missing.length ? describe.skip : describe

type Server = Awaited<ReturnType<typeof startSecondServer>>

/**
 * Two replicas as production runs them: two servers (scripts/serve.mjs) on one PostgreSQL database and one Redis. A change
 * made through one is read fresh from the other's pages and API, because the data cache and its expiry live in
 * Redis, not in each process.
 */
suite('two replicas sharing PostgreSQL and Redis', () => {
  const name = `eunic_replicas_${randomBytes(4).toString('hex')}`
  const base = process.env.TEST_POSTGRES_URI!
  const database = Object.assign(new URL(base), { pathname: `/${name}` }).toString()
  const media = fs.mkdtempSync(path.join(os.tmpdir(), 'eunic-replicas-'))
  const settings = {
    DATABASE_URI: database,
    MEDIA_DIR: media,
    REDIS_URL: process.env.TEST_REDIS_URL!,
    CACHE_KEY_PREFIX: name,
    JOBS_INTERVAL_SECONDS: '0',
  }
  let one: Server
  let two: Server
  let token: string

  const admin = { email: 'replicas@example.org', password: 'replicas-admin-password', name: 'Replicas admin' }
  const write = async (server: Server, method: string, url: string, json: unknown, status = 201) => {
    const res = await rest(`${server.baseUrl}${url}`, method, { json, authorization: token && jwt(token) })
    expect([url, res.status]).toEqual([url, status])
    return res.body
  }
  const page = async (server: Server, url: string) => (await fetch(`${server.baseUrl}${url}`)).text()

  beforeAll(async () => {
    const client = new pg.Client({ connectionString: base })
    await client.connect()
    await client.query(`CREATE DATABASE ${name}`)
    await client.end()
    // The first builds the schema; the second starts on it, as a replica added later would.
    one = await startSecondServer(settings)
    two = await startSecondServer(settings)
    await write(one, 'POST', '/api/users/first-register', admin, 200)
    token = (await write(one, 'POST', '/api/users/login', admin, 200)).token
  }, 120_000)
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()])
    const client = new pg.Client({ connectionString: base })
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await client.end()
    fs.rmSync(media, { recursive: true, force: true })
  })

  test('a change through one replica is on the other’s page and API within a second', async () => {
    const tag = (await write(one, 'POST', '/api/tags', { name: 'Shared cache' })).doc
    const event = (
      await write(one, 'POST', '/api/events', {
        _status: 'published',
        title: 'Seen by both replicas',
        startDate: '2031-10-01T08:00:00.000Z',
        startDate_tz: 'Europe/Berlin',
        endDate: '2031-10-01T10:00:00.000Z',
        endDate_tz: 'Europe/Berlin',
        tags: [tag.id],
      })
    ).doc
    // The second replica reads (and caches) the page and the tag archive.
    expect(await page(two, `/events/${event.slug}`)).toContain('Seen by both replicas')
    expect(await page(two, `/tags/${tag.slug}`)).toContain('Seen by both replicas')

    await write(one, 'PATCH', `/api/events/${event.id}`, { title: 'Changed on the first replica' }, 200)
    await eventually(async () => {
      expect(await page(two, `/events/${event.slug}`)).toContain('Changed on the first replica')
      expect(await page(two, `/tags/${tag.slug}`)).toContain('Changed on the first replica')
      const api = await (await fetch(`${two.baseUrl}/api/events/${event.id}?depth=0`)).json()
      expect(api.title).toBe('Changed on the first replica')
    }, 1000)
  })
})
