import fs from 'node:fs'

// The requests go through what the server wraps the handlers in (the rate limit would answer them first).
process.env.RATE_LIMIT_PER_MINUTE = '100000000'

import { createUser, eventData, jpeg } from '../helpers/fixtures'
import { hostileRequests, type HostileRequest } from '../helpers/hostile'
import { apiClient, type ApiResponse } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
let api: ReturnType<typeof apiClient>
const tokens: Record<string, string | undefined> = { anonymous: undefined }
let requests: HostileRequest[]

beforeAll(async () => {
  ctx = await startPayload()
  api = apiClient(ctx.config, { served: true })
  for (const role of ['admin', 'editor', 'contributor'] as const)
    tokens[role] = (await createUser(ctx.payload, role)).token
  const { payload } = ctx
  const tag = await payload.create({ collection: 'tags', data: { name: 'Climate' } })
  const cluster = await payload.create({ collection: 'clusters', data: { name: 'EUNIC Georgia', country: 'GE' } })
  const data = await jpeg()
  const photo = await payload.create({
    collection: 'photos',
    data: { alt: 'People', credit: 'Somebody' },
    file: { data, mimetype: 'image/jpeg', name: 'people.jpg', size: data.length },
  })
  const event = await payload.create({
    collection: 'events',
    data: eventData({ tags: [tag.id], clusters: [cluster.id], heroPhoto: photo.id }),
  })
  await payload.create({ collection: 'events', draft: true, data: eventData({ _status: 'draft', title: 'A draft' }) })
  const user = (await payload.find({ collection: 'users', where: { role: { equals: 'contributor' } } })).docs[0]
  requests = hostileRequests({ event: event.id, tag: tag.id, cluster: cluster.id, photo: photo.id, user: user.id })
})
afterAll(() => stopPayload(ctx))

/** Rows of every collection, drafts and versions included, and the files in the media folder. */
async function snapshot() {
  const counts: Record<string, number> = {}
  for (const collection of ctx.payload.config.collections) {
    const slug = collection.slug as 'events'
    if (slug.startsWith('payload-')) continue
    counts[slug] = (await ctx.payload.count({ collection: slug, overrideAccess: true })).totalDocs
    if (collection.versions)
      counts[`${slug} versions`] = (await ctx.payload.countVersions({ collection: slug })).totalDocs
  }
  counts['media files'] = fs.readdirSync(ctx.mediaDir).length
  const rows = await ctx.payload.find({
    collection: 'events',
    sort: 'id',
    pagination: false,
    overrideAccess: true,
    draft: true,
  })
  return { counts, events: rows.docs.map((d) => [d.title, d.summary, d._status, d.updatedAt]) }
}

const messageOf = (res: ApiResponse): string => {
  const body = res.body
  if (typeof body === 'string') return body
  return [body?.message, ...(body?.errors ?? []).map((e: { message?: string }) => e?.message)]
    .filter(Boolean)
    .join(' | ')
}

async function send(request: HostileRequest, token: string | undefined): Promise<ApiResponse> {
  if (request.kind === 'rest') return api.rest(request.method, request.path, { ...request.options, token })
  return api.graphql(request.query ?? '', {
    token,
    raw: request.raw,
    contentType: request.contentType,
    variables: request.variables,
    headers: { Accept: 'application/graphql-response+json, application/json;q=0.9' },
  })
}

/** What is wrong with an answer: a 5xx, a success, or a refusal without a message. */
function verdict(request: HostileRequest, res: ApiResponse): string | undefined {
  if (res.status >= 500) return `${res.status} ${messageOf(res)}`
  const message = messageOf(res)
  // GraphQL answers errors met while running a valid document with 200 and an `errors` list carrying the status.
  if (request.kind === 'graphql' && res.status === 200) {
    const errors: Array<{ message?: string; extensions?: { statusCode?: number } }> = res.body?.errors ?? []
    if (!errors.length) return `200 without errors`
    const fault = errors.find((e) => (e.extensions?.statusCode ?? 400) >= 500)
    return fault ? `error with status ${fault.extensions?.statusCode}: ${fault.message}` : undefined
  }
  if (res.status < 400) return `${res.status}: accepted`
  if (!message.trim()) return `${res.status} without a message`
  return undefined
}

test('hostile requests as anonymous, contributor, editor and admin: a 4xx with a message each, nothing changed', async () => {
  const before = await snapshot()
  const problems: string[] = []
  let sent = 0
  for (const [role, token] of Object.entries(tokens)) {
    for (const request of requests) {
      const res = await send(request, token)
      sent += 1
      const problem = verdict(request, res)
      if (problem) problems.push(`${role} · ${request.name}: ${problem}`)
    }
  }
  expect(sent).toBeGreaterThanOrEqual(480)
  if (problems.length) console.log(problems.join('\n'))
  expect(problems).toEqual([])
  expect(await snapshot()).toEqual(before)
})
