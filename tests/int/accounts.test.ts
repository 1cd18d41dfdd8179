import { createUser } from '../helpers/fixtures'
import { apiClient, messagesIn } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
let api: ReturnType<typeof apiClient>
let admin: Awaited<ReturnType<typeof createUser>>
let editor: Awaited<ReturnType<typeof createUser>>

beforeAll(async () => {
  ctx = await startPayload()
  api = apiClient(ctx.config)
  admin = await createUser(ctx.payload, 'admin')
  editor = await createUser(ctx.payload, 'editor')
})
afterAll(() => stopPayload(ctx))

let nextAddress = 1
/** A fresh caller address (documentation range), so one test's counts do not limit the next. */
const address = () => `198.51.100.${nextAddress++}`
const login = (email: string, password: string, from: string) =>
  api.rest('POST', '/api/users/login', { json: { email, password }, headers: { 'X-Forwarded-For': from } })
const forgot = (email: string, from: string) =>
  api.rest('POST', '/api/users/forgot-password', { json: { email }, headers: { 'X-Forwarded-For': from } })

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
async function timed(fn: () => Promise<unknown>) {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

describe('sign-in throttling', () => {
  test('a stranger guessing an admin’s password is stopped, and the admin still signs in', async () => {
    const stranger = address()
    const answers: number[] = []
    for (let i = 0; i < 8; i += 1) answers.push((await login(admin.email, `wrong guess ${i}`, stranger)).status)
    expect(answers.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(answers.slice(5)).toEqual([429, 429, 429])
    const refused = await login(admin.email, admin.password, stranger)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(messagesIn(refused.body)).toMatch(/too many/i)
    // The admin, at their own address, is not locked out.
    const real = await login(admin.email, admin.password, address())
    expect(real.status).toBe(200)
    expect(real.body.token).toBeTruthy()
  })

  test('one address trying many accounts is stopped', async () => {
    const from = address()
    const statuses: number[] = []
    for (let i = 0; i < 32; i += 1)
      statuses.push((await login(`nobody-${i}@example.org`, 'some wrong password', from)).status)
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(30)).toEqual([429, 429])
  })

  test('a known and an unknown address take the same time to refuse (ratio of medians)', async () => {
    const known: number[] = []
    const unknown: number[] = []
    // Nine of each, taken in turns: a pause of the process (a collection of garbage) moves one sample, not the median.
    for (let i = 0; i < 9; i += 1) {
      known.push(await timed(() => login(editor.email, 'not the password', address())))
      unknown.push(await timed(() => login(`ghost-${i}@example.org`, 'not the password', address())))
    }
    const ratio = median(known) / median(unknown)
    expect(ratio).toBeGreaterThan(0.67)
    expect(ratio).toBeLessThan(1.5)
  })
})

describe('password reset mails', () => {
  test('are limited per account and per address', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 5; i += 1) statuses.push((await forgot(editor.email, address())).status)
    expect(statuses).toEqual([200, 200, 200, 429, 429])
    const from = address()
    const byAddress: number[] = []
    for (let i = 0; i < 7; i += 1) byAddress.push((await forgot(`someone-${i}@example.org`, from)).status)
    expect(byAddress).toEqual([200, 200, 200, 200, 200, 429, 429])
  })

  test('take the same time for a known and an unknown address (ratio of medians)', async () => {
    const users = await Promise.all([1, 2, 3, 4, 5].map(() => createUser(ctx.payload, 'contributor')))
    const known: number[] = []
    const unknown: number[] = []
    for (const [i, user] of users.entries()) {
      known.push(await timed(() => forgot(user.email, address())))
      unknown.push(await timed(() => forgot(`phantom-${i}@example.org`, address())))
    }
    const ratio = median(known) / median(unknown)
    expect(ratio).toBeGreaterThan(0.67)
    expect(ratio).toBeLessThan(1.5)
  })
})

describe('accounts', () => {
  test('a password shorter than 12 characters is refused, naming the field', async () => {
    const res = await api.rest('POST', '/api/users', {
      token: admin.token,
      json: { email: 'short@example.org', password: 'abc', name: 'Short', role: 'editor' },
    })
    expect(res.status).toBe(400)
    expect(messagesIn(res.body)).toMatch(/password.*12/)
    const change = await api.rest('PATCH', `/api/users/${editor.user!.id}`, {
      token: editor.token,
      json: { password: 'tiny' },
    })
    expect(change.status).toBe(400)
    await expect(
      ctx.payload.create({
        collection: 'users',
        data: { email: 'x@example.org', password: 'short', name: 'X', role: 'editor' },
      }),
    ).rejects.toThrow(/password/i)
  })

  test('only admins list accounts; everyone else sees their own', async () => {
    const asEditor = await api.rest('GET', '/api/users', { token: editor.token })
    expect(asEditor.status).toBe(200)
    expect(asEditor.body.docs.map((u: { email: string }) => u.email)).toEqual([editor.email])
    const asAdmin = await api.rest('GET', '/api/users?limit=100', { token: admin.token })
    expect(asAdmin.body.totalDocs).toBeGreaterThan(2)
    const anonymous = await api.rest('GET', '/api/users')
    expect(anonymous.status).toBe(403)
    const gql = await api.graphql('{ Users { docs { email role } } }', { token: editor.token })
    expect(gql.body.data.Users.docs).toEqual([{ email: editor.email, role: 'editor' }])
  })
})

describe('a sign-in the database fails to read', () => {
  /** Makes the next `times` reads of an account fail as a dropped connection does. */
  function failAccountReads(times: number) {
    const db = ctx.payload.db
    const findOne = db.findOne.bind(db)
    let left = times
    db.findOne = (async (args: Parameters<typeof findOne>[0]) => {
      if (args.collection === 'users' && left > 0) {
        left -= 1
        throw new Error('Connection terminated unexpectedly')
      }
      return findOne(args)
    }) as typeof db.findOne
    return () => {
      db.findOne = findOne
    }
  }

  test('once, while the request comes in: the write goes through as the editor', async () => {
    const restore = failAccountReads(1)
    try {
      const res = await api.rest('POST', '/api/tags', { token: editor.token, json: { name: 'Read again' } })
      expect(res.status).toBe(201)
      expect(res.body.doc.createdBy?.id ?? res.body.doc.createdBy).toBe(editor.user?.id)
    } finally {
      restore()
    }
  })

  test('every time: a 503 to retry, never a refusal as anonymous', async () => {
    const restore = failAccountReads(1000)
    try {
      const res = await api.rest('POST', '/api/tags', { token: editor.token, json: { name: 'Not now' } })
      expect(res.status).toBe(503)
      expect(res.headers.get('retry-after')).toBeTruthy()
      expect(messagesIn(res.body)).toMatch(/sign-in could not be checked/)
    } finally {
      restore()
    }
    const stored = await ctx.payload.find({ collection: 'tags', where: { name: { equals: 'Not now' } } })
    expect(stored.totalDocs).toBe(0)
  })

  test('a token of a deleted account is anonymous, not a 503', async () => {
    const gone = await createUser(ctx.payload, 'editor')
    await ctx.payload.delete({ collection: 'users', id: gone.user!.id })
    const res = await api.rest('POST', '/api/tags', { token: gone.token, json: { name: 'Orphan' } })
    expect(res.status).toBe(403)
  })

  test('a session cookie sent from a foreign address is ignored by design: a refusal, not a 503', async () => {
    const res = await api.rest('POST', '/api/tags', {
      json: { name: 'Cross-site' },
      headers: { cookie: `payload-token=${editor.token}`, origin: 'https://elsewhere.example' },
    })
    expect(res.status).toBe(403)
    const same = await api.rest('POST', '/api/tags', {
      json: { name: 'Same site' },
      headers: { cookie: `payload-token=${editor.token}`, origin: 'http://127.0.0.1:3000' },
    })
    expect(same.status).toBe(201)
  })
})
