import { createUser } from '../helpers/fixtures'
import { apiClient } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/** GraphQL's Access query tells every caller what it may do, without an error. */
let ctx: TestContext
let api: ReturnType<typeof apiClient>
const tokens: Record<string, string | undefined> = { anonymous: undefined }

beforeAll(async () => {
  ctx = await startPayload()
  api = apiClient(ctx.config)
  for (const role of ['admin', 'editor', 'contributor'] as const)
    tokens[role] = (await createUser(ctx.payload, role)).token
})
afterAll(() => stopPayload(ctx))

const QUERY = `{ Access {
  canAccessAdmin
  events { create { permission } read { permission where } delete { permission } fields { title { read { permission } update { permission } } } }
  tags { create { permission } delete { permission } }
  users { read { permission where } }
} }`

test('every role gets its permissions, "all allowed" included, with no error', async () => {
  const answers: Record<string, any> = {}
  for (const [role, token] of Object.entries(tokens)) {
    const res = await api.graphql(QUERY, { token })
    expect({ role, errors: res.body.errors }).toEqual({ role, errors: undefined })
    answers[role] = res.body.data.Access
  }
  expect(answers.editor.events.create.permission).toBe(true)
  expect(answers.editor.events.fields.title.read.permission).toBe(true)
  expect(answers.editor.tags.delete.permission).toBe(true)
  expect(answers.contributor.events.delete?.permission ?? false).toBe(false)
  expect(answers.contributor.tags.create?.permission ?? false).toBe(false)
  expect(answers.contributor.events.read.permission).toBe(true)
  expect(answers.contributor.events.read.where).toBeTruthy()
  expect(answers.anonymous.canAccessAdmin ?? false).toBe(false)
  expect(answers.anonymous.events.create?.permission ?? false).toBe(false)
})
