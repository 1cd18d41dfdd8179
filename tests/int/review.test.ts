import { createUser, eventData } from '../helpers/fixtures'
import { apiClient, fieldsIn } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/** The review step: a contributor marks a draft ready; an editor publishes it or sends it back with a note. */
let ctx: TestContext
let api: ReturnType<typeof apiClient>
let contributor: string
let editor: string
let cluster: number | string

beforeAll(async () => {
  ctx = await startPayload()
  api = apiClient(ctx.config)
  const { payload } = ctx
  await createUser(payload, 'admin')
  cluster = (await payload.create({ collection: 'clusters', data: { name: 'EUNIC Georgia', country: 'GE' } })).id
  editor = (await createUser(payload, 'editor')).token
  const c = await createUser(payload, 'contributor')
  await payload.update({ collection: 'users', id: c.user!.id, data: { clusters: [cluster] } })
  contributor = (await payload.login({ collection: 'users', data: { email: c.email, password: c.password } }))
    .token as string
})
afterAll(() => stopPayload(ctx))

const patch = (token: string, id: number | string, json: Record<string, unknown>, draft = true) =>
  api.rest('PATCH', `/api/events/${id}${draft ? '?draft=true' : ''}`, { token, json })

async function contributorDraft(title: string) {
  const res = await api.rest('POST', '/api/events?draft=true', {
    token: contributor,
    json: eventData({ _status: 'draft', title, clusters: [cluster] }),
  })
  expect(res.status).toBe(201)
  return res.body.doc as { id: number; reviewState: string }
}

const latest = (id: number | string) =>
  ctx.payload.findByID({ collection: 'events', id, draft: true, depth: 0, overrideAccess: true })

test('a new draft is being written; its contributor marks it ready for review', async () => {
  const draft = await contributorDraft('Ready soon')
  expect(draft.reviewState).toBe('writing')
  expect((await patch(contributor, draft.id, { reviewState: 'ready' })).status).toBe(200)
  expect((await latest(draft.id)).reviewState).toBe('ready')
})

test('editors find what waits for them', async () => {
  const draft = await contributorDraft('Waiting')
  await patch(contributor, draft.id, { reviewState: 'ready' })
  const res = await api.rest('GET', '/api/events?draft=true&where[reviewState][equals]=ready&depth=0', {
    token: editor,
  })
  expect(res.status).toBe(200)
  expect(res.body.docs.map((d: { title: string }) => d.title)).toContain('Waiting')
})

test('sending back needs a note, named on its field', async () => {
  const draft = await contributorDraft('Needs work')
  await patch(contributor, draft.id, { reviewState: 'ready' })
  const bare = await patch(editor, draft.id, { reviewState: 'returned' })
  expect(bare.status).toBe(400)
  expect(fieldsIn(bare.body)).toContain('reviewNote')
  expect((await latest(draft.id)).reviewState).toBe('ready')

  const noted = await patch(editor, draft.id, { reviewState: 'returned', reviewNote: 'Add the venue’s address.' })
  expect(noted.status).toBe(200)
  const after = await latest(draft.id)
  expect([after.reviewState, after.reviewNote]).toEqual(['returned', 'Add the venue’s address.'])
})

test('only editors send back or write the note', async () => {
  const draft = await contributorDraft('Self-review')
  const back = await patch(contributor, draft.id, { reviewState: 'returned' })
  expect(back.status).toBeGreaterThanOrEqual(400)
  expect(back.status).toBeLessThan(500)
  expect(fieldsIn(back.body)).toContain('reviewState')
  const note = await patch(contributor, draft.id, { reviewNote: 'Looks fine to me' })
  expect(note.status).toBe(403)
  expect((await latest(draft.id)).reviewNote ?? null).toBeNull()
})

test('a contributor answers the note by marking the draft ready again; the editor publishes, which ends the round', async () => {
  const draft = await contributorDraft('Round trip')
  await patch(contributor, draft.id, { reviewState: 'ready' })
  await patch(editor, draft.id, { reviewState: 'returned', reviewNote: 'Shorter summary, please.' })
  expect((await patch(contributor, draft.id, { summary: 'Short.', reviewState: 'ready' })).status).toBe(200)
  expect((await latest(draft.id)).reviewNote).toBe('Shorter summary, please.') // still there to read

  expect((await patch(contributor, draft.id, { _status: 'published' }, false)).status).toBe(403)
  const published = await patch(editor, draft.id, { _status: 'published' }, false)
  expect(published.status).toBe(200)
  const after = await latest(draft.id)
  expect([after._status, after.reviewState, after.reviewNote ?? null]).toEqual(['published', 'writing', null])
  expect((await api.rest('GET', `/api/events/${draft.id}`)).status).toBe(200)
})

test('an unknown review state is refused, naming the field', async () => {
  const draft = await contributorDraft('Odd state')
  const res = await patch(editor, draft.id, { reviewState: 'approved' })
  expect(res.status).toBe(400)
  expect(fieldsIn(res.body)).toContain('reviewState')
})
