import { createUser } from '../helpers/fixtures'
import { apiClient } from '../helpers/http'
import { linkIn, startMailServer } from '../helpers/mail-server'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/**
 * People reach each other by mail, through a real SMTP server: a reset link that works once, invitations instead of
 * passwords typed for someone else, and an outbox that loses nothing while the mail server is away.
 */
let mailServer: Awaited<ReturnType<typeof startMailServer>>
let ctx: TestContext
let api: ReturnType<typeof apiClient>
let admin: Awaited<ReturnType<typeof createUser>>
let editor: Awaited<ReturnType<typeof createUser>>
let runDueJobs: typeof import('../../src/jobs/run-due').runDueJobs
let clusterA: number
let clusterB: number

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
let addressCounter = 0
/** Each request from its own address, so the per-address limits of one test do not reach the next. */
const address = () => `198.51.100.${(addressCounter += 1)}`

beforeAll(async () => {
  mailServer = await startMailServer()
  process.env.SMTP_URL = mailServer.url
  process.env.MAIL_FROM = 'Events of the network <events@example.org>'
  process.env.MAIL_RETRY_SECONDS = '1'
  process.env.MAIL_ATTEMPTS = '4'
  ctx = await startPayload()
  api = apiClient(ctx.config)
  ;({ runDueJobs } = await import('../../src/jobs/run-due'))
  admin = await createUser(ctx.payload, 'admin')
  editor = await createUser(ctx.payload, 'editor')
  const cluster = (name: string) =>
    ctx.payload.create({ collection: 'clusters', data: { name, country: 'BE' }, overrideAccess: true })
  clusterA = (await cluster('Mail cluster A')).id
  clusterB = (await cluster('Mail cluster B')).id
  await ctx.payload.update({
    collection: 'users',
    id: editor.user!.id,
    data: { clusters: [clusterA] },
    overrideAccess: true,
  })
  const again = await ctx.payload.login({
    collection: 'users',
    data: { email: editor.email, password: editor.password },
  })
  editor = { ...editor, token: again.token as string }
})
afterAll(async () => {
  await stopPayload(ctx)
  await mailServer.close()
})

/** Runs jobs rounds, as the app's ticker would, until `done` holds. */
async function runUntil(done: () => boolean | Promise<boolean>, ms = 20_000) {
  const started = Date.now()
  while (!(await done())) {
    if (Date.now() - started > ms) throw new Error(`not done after ${ms / 1000} s of jobs rounds`)
    await runDueJobs(ctx.payload)
    await sleep(100)
  }
}

const outboxTo = async (email: string) =>
  (
    await ctx.payload.find({
      collection: 'outbox',
      where: { to: { equals: email } },
      sort: 'createdAt',
      pagination: false,
      overrideAccess: true,
    })
  ).docs

describe('password reset', () => {
  test('the link arrives by mail in the person’s language, works once, for one hour; the outbox keeps no link', async () => {
    const person = await createUser(ctx.payload, 'contributor')
    await ctx.payload.update({
      collection: 'users',
      id: person.user!.id,
      data: { language: 'fr' },
      overrideAccess: true,
    })
    const asked = await api.rest('POST', '/api/users/forgot-password', {
      json: { email: person.email },
      headers: { 'X-Forwarded-For': address() },
    })
    expect(asked.status).toBe(200)
    // Nothing was sent by the request itself: the jobs round sends it.
    expect(mailServer.to(person.email)).toHaveLength(0)
    await runUntil(() => mailServer.to(person.email).length > 0)
    const [arrived] = mailServer.to(person.email)
    expect(arrived.user).toBe('cms')
    expect(arrived.mail.subject).toMatch(/^Réinitialiser votre mot de passe pour /)
    expect(arrived.mail.from?.value[0]).toEqual({ name: 'Events of the network', address: 'events@example.org' })
    expect(arrived.mail.html).toContain('Choisir un nouveau mot de passe')
    expect(arrived.mail.html).not.toMatch(/<img|<script|src=/i)
    const link = linkIn(arrived, '/admin/reset/')
    const token = decodeURIComponent(link.split('/admin/reset/')[1])

    const [kept] = await outboxTo(person.email)
    expect(kept).toMatchObject({ kind: 'reset', status: 'sent', attempts: 1, language: 'fr' })
    expect(kept.text).not.toContain(token)
    expect(kept.html).not.toContain(token)

    const expiry = await ctx.payload.db.findOne<{ id: number; resetPasswordExpiration: string }>({
      collection: 'users',
      where: { id: { equals: person.user!.id } },
    })
    const minutes = (Date.parse(expiry!.resetPasswordExpiration) - Date.now()) / 60_000
    expect(minutes).toBeGreaterThan(58)
    expect(minutes).toBeLessThanOrEqual(60)

    const reset = await api.rest('POST', '/api/users/reset-password', {
      json: { token, password: 'a new password of mine' },
    })
    expect(reset.status).toBe(200)
    const signIn = await api.rest('POST', '/api/users/login', {
      json: { email: person.email, password: 'a new password of mine' },
      headers: { 'X-Forwarded-For': address() },
    })
    expect(signIn.status).toBe(200)
    const again = await api.rest('POST', '/api/users/reset-password', {
      json: { token, password: 'another password of mine' },
    })
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(again.status).toBeLessThan(500)
  })

  test('an address without an account gets the same answer and no mail', async () => {
    const nobody = `nobody-${Date.now()}@example.org`
    const asked = await api.rest('POST', '/api/users/forgot-password', {
      json: { email: nobody },
      headers: { 'X-Forwarded-For': address() },
    })
    expect(asked.status).toBe(200)
    await runDueJobs(ctx.payload)
    expect(await outboxTo(nobody)).toHaveLength(0)
    expect(mailServer.to(nobody)).toHaveLength(0)
  })
})

const invite = (token: string, json: Record<string, unknown>) =>
  api.rest('POST', '/api/invitations', { token, json, headers: { 'X-Forwarded-For': address() } })
const accept = (json: Record<string, unknown>) =>
  api.rest('POST', '/api/invitations/accept', { json, headers: { 'X-Forwarded-For': address() } })

async function invitationLink(email: string, count = 1) {
  await runUntil(() => mailServer.to(email).length >= count)
  const link = linkIn(mailServer.to(email)[count - 1], '/admin/invitation/')
  return decodeURIComponent(link.split('/admin/invitation/')[1])
}

describe('invitations', () => {
  test('invite → mail → the person chooses a password → signed in with the role and clusters given', async () => {
    const email = `invited-${Date.now()}@example.org`
    const sent = await invite(admin.token, { email, role: 'contributor', clusters: [clusterA], language: 'de' })
    expect(sent.status).toBe(201)
    expect(sent.body.doc).toMatchObject({ email, role: 'contributor', status: 'pending' })
    expect(sent.body.doc.tokenHash).toBeUndefined()
    const token = await invitationLink(email)
    const [arrived] = mailServer.to(email)
    expect(arrived.mail.subject).toMatch(/lädt Sie zu .* ein$/)
    expect(arrived.mail.text).toContain('Beitragende·r')

    const done = await accept({ token, name: 'Ines Invited', password: 'my own long password' })
    expect(done.status).toBe(201)
    expect(done.headers.get('set-cookie')).toMatch(/payload-token=/)
    const me = await api.rest('GET', '/api/users/me', {
      headers: { Cookie: (done.headers.get('set-cookie') ?? '').split(';')[0], Origin: 'http://localhost:3000' },
    })
    expect(me.body.user).toMatchObject({ email, name: 'Ines Invited', role: 'contributor', language: 'de' })
    expect(me.body.user.clusters.map((c: { id: number } | number) => (typeof c === 'object' ? c.id : c))).toEqual([
      clusterA,
    ])
    const signIn = await api.rest('POST', '/api/users/login', {
      json: { email, password: 'my own long password' },
      headers: { 'X-Forwarded-For': address() },
    })
    expect(signIn.status).toBe(200)

    const reused = await accept({ token, name: 'Someone else', password: 'someone else’s password' })
    expect(reused.status).toBe(410)
    expect(reused.body.errors[0].message).toMatch(/was used on/)
    const stored = await ctx.payload.find({
      collection: 'invitations',
      where: { email: { equals: email } },
      overrideAccess: true,
    })
    expect(stored.docs[0]).toMatchObject({ status: 'accepted' })
  })

  test('an address with an account, or with an invitation waiting, is not invited again', async () => {
    const taken = await invite(admin.token, { email: editor.email, role: 'contributor', clusters: [clusterA] })
    expect(taken.status).toBe(409)
    expect(taken.body.errors[0].message).toMatch(/has an account already/)
    const email = `twice-${Date.now()}@example.org`
    expect((await invite(admin.token, { email, role: 'editor' })).status).toBe(201)
    const second = await invite(admin.token, { email, role: 'editor' })
    expect(second.status).toBe(409)
    expect(second.body.errors[0].message).toMatch(/waiting already/)
  })

  test('an editor invites contributors of their own clusters only; a contributor invites nobody', async () => {
    const email = `by-editor-${Date.now()}@example.org`
    const asEditor = await invite(editor.token, { email, role: 'editor', clusters: [clusterA] })
    expect(asEditor.status).toBe(403)
    expect(asEditor.body.errors[0].message).toMatch(/role can only be contributor/)
    const otherCluster = await invite(editor.token, { email, role: 'contributor', clusters: [clusterB] })
    expect(otherCluster.status).toBe(403)
    expect(otherCluster.body.errors[0].message).toMatch(/your own clusters/)
    expect((await invite(editor.token, { email, role: 'contributor', clusters: [clusterA] })).status).toBe(201)
    const contributor = await createUser(ctx.payload, 'contributor')
    expect(
      (await invite(contributor.token, { email: `x-${email}`, role: 'contributor', clusters: [clusterA] })).status,
    ).toBe(403)
    // The editor sees their own invitations; other people's are not theirs to see.
    const seen = await api.rest('GET', '/api/invitations?limit=100', { token: editor.token })
    expect(seen.body.docs.map((d: { email: string }) => d.email)).toEqual([email])
  })

  test('a link that was withdrawn, replaced by a newer one or ran out is refused, saying why', async () => {
    const email = `refused-${Date.now()}@example.org`
    const sent = await invite(admin.token, { email, role: 'contributor', clusters: [clusterA] })
    const first = await invitationLink(email, 1)
    const resent = await api.rest('POST', `/api/invitations/${sent.body.doc.id}/resend`, {
      token: admin.token,
      json: {},
    })
    expect(resent.status).toBe(200)
    const second = await invitationLink(email, 2)
    expect(second).not.toBe(first)
    const old = await accept({ token: first, name: 'Old Link', password: 'a long enough password' })
    expect(old.status).toBe(404)
    expect(old.body.errors[0].message).toMatch(/newer mail may have replaced it/)

    await ctx.payload.db.updateOne({
      collection: 'invitations',
      id: sent.body.doc.id,
      data: { expiresAt: new Date(Date.now() - 60_000).toISOString() },
    })
    const late = await accept({ token: second, name: 'Late', password: 'a long enough password' })
    expect(late.status).toBe(410)
    expect(late.body.errors[0].message).toMatch(/ran out on/)

    const withdrawn = await api.rest('POST', `/api/invitations/${sent.body.doc.id}/withdraw`, {
      token: admin.token,
      json: {},
    })
    expect(withdrawn.status).toBe(200)
    const resentAfter = await api.rest('POST', `/api/invitations/${sent.body.doc.id}/resend`, {
      token: admin.token,
      json: {},
    })
    expect(resentAfter.status).toBe(409)
    expect(
      (await ctx.payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true }))
        .totalDocs,
    ).toBe(0)
  })

  test('bad input at the link: a token that cannot exist, a short password, a name with a line break', async () => {
    expect((await accept({ token: 'x', name: 'A', password: 'a long enough password' })).status).toBe(404)
    const email = `input-${Date.now()}@example.org`
    await invite(admin.token, { email, role: 'contributor', clusters: [clusterA] })
    const token = await invitationLink(email)
    const short = await accept({ token, name: 'Short', password: 'short' })
    expect(short.status).toBe(400)
    expect(short.body.errors[0].message).toMatch(/at least 12 characters/)
    const broken = await accept({ token, name: 'Eve\r\nBcc: evil@example.org', password: 'a long enough password' })
    expect(broken.status).toBe(400)
    expect(broken.body.errors[0].message).toMatch(/on one line/)
    expect(
      (await api.rest('POST', '/api/invitations/accept', { raw: 'not json', contentType: 'application/json' })).status,
    ).toBe(400)
    // Nothing was used up by the refusals: the link still works.
    expect((await accept({ token, name: 'Good Input', password: 'a long enough password' })).status).toBe(201)
  })

  test('a flood of invitations to one address is cut off, and nothing is sent twice', async () => {
    const email = `flood-${Date.now()}@example.org`
    const sent = await invite(admin.token, { email, role: 'contributor', clusters: [clusterA] })
    const statuses = []
    for (let i = 0; i < 3; i += 1)
      statuses.push(
        (await api.rest('POST', `/api/invitations/${sent.body.doc.id}/resend`, { token: admin.token, json: {} }))
          .status,
      )
    expect(statuses).toEqual([200, 200, 429])
    await runUntil(() => mailServer.to(email).length >= 3)
    await runDueJobs(ctx.payload)
    await sleep(300)
    expect(mailServer.to(email)).toHaveLength(3)
  })
})

describe('the outbox', () => {
  test('a mail server that is away loses nothing: the mail waits, is retried, and arrives once', async () => {
    const person = await createUser(ctx.payload, 'contributor')
    await mailServer.stop()
    try {
      await api.rest('POST', '/api/users/forgot-password', {
        json: { email: person.email },
        headers: { 'X-Forwarded-For': address() },
      })
      await runUntil(async () => (await outboxTo(person.email))[0]?.status === 'retrying')
      const [waiting] = await outboxTo(person.email)
      expect(waiting.lastError).toMatch(/mail server refused or could not be reached/)
      expect(waiting.nextAttemptAt).toBeTruthy()
    } finally {
      await mailServer.start()
    }
    await runUntil(async () => (await outboxTo(person.email))[0]?.status === 'sent')
    await runDueJobs(ctx.payload)
    await sleep(300)
    expect(mailServer.to(person.email)).toHaveLength(1)
    expect((await outboxTo(person.email))[0].attempts).toBeGreaterThanOrEqual(2)
  })

  test('a recipient’s name cannot add a header: the mail goes to its one address', async () => {
    const { createLocalReq } = await import('payload')
    const { queueMail } = await import('../../src/mail/outbox')
    const req = await createLocalReq({}, ctx.payload)
    const email = `header-${Date.now()}@example.org`
    await queueMail(
      req,
      { email, name: 'Eve\r\nBcc: evil@example.org\r\nSubject: forged' },
      'published',
      { title: 'A title\r\nX-Injected: 1' },
      '/events/x',
    )
    await runUntil(() => mailServer.to(email).length > 0)
    const [arrived] = mailServer.to(email)
    expect(arrived.envelopeTo).toEqual([email])
    expect(mailServer.to('evil@example.org')).toHaveLength(0)
    expect(arrived.mail.headers.has('bcc')).toBe(false)
    expect(arrived.mail.headers.has('x-injected')).toBe(false)
    expect(arrived.mail.subject).toBe('Published: A title X-Injected: 1')
    expect(arrived.mail.to && 'value' in arrived.mail.to ? arrived.mail.to.value[0].address : '').toBe(email)
  })

  test('without a mail server, mails stay in the outbox with their links, for admins only', async () => {
    const { attemptMail } = await import('../../src/mail/deliver')
    const { config } = await import('../../src/config')
    const person = await createUser(ctx.payload, 'contributor')
    const { createLocalReq } = await import('payload')
    const { queueMail } = await import('../../src/mail/outbox')
    const req = await createLocalReq({}, ctx.payload)
    const mail = await queueMail(req, { email: person.email }, 'reset', {}, '/admin/reset/abc', { oneTimeLink: true })
    await attemptMail(ctx.payload, String(mail.id), { ...config().mail, smtpUrl: undefined })
    const kept = await ctx.payload.findByID({ collection: 'outbox', id: mail.id, overrideAccess: true })
    expect(kept).toMatchObject({ status: 'kept', attempts: 1 })
    expect(kept.text).toContain('/admin/reset/abc')
    expect((await api.rest('GET', `/api/outbox/${mail.id}`, { token: admin.token })).status).toBe(200)
    expect((await api.rest('GET', `/api/outbox/${mail.id}`, { token: editor.token })).status).toBe(403)
    expect((await api.rest('POST', '/api/outbox', { token: admin.token, json: { to: 'x@example.org' } })).status).toBe(
      403,
    )
  })
})
