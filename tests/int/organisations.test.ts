import { sql } from '@payloadcms/db-postgres'

import { MEMBERS_2026 } from '../../migrations/snapshots/members-2026'
import { createUser } from '../helpers/fixtures'
import { apiClient, fieldsIn } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/**
 * The network's members are content: an editor records a new member and its first local institute without a
 * deploy, and a site that still had the fixed list keeps every institute's member through the upgrade.
 */
let ctx: TestContext
let api: ReturnType<typeof apiClient>
let editor: string
let contributor: string

beforeAll(async () => {
  ctx = await startPayload({
    upgradeAt: 'member_organisations',
    // Institutes as the old schema stored them: the member as a code from the fixed list.
    between: async (payload, kind) => {
      const rows = [
        ['British Council Kazakhstan', 'british-council-kazakhstan', 'british-council'],
        ['Casa de cultura', 'casa-de-cultura', 'other'],
      ]
      const db = (
        payload.db as unknown as {
          drizzle: { run?: (query: unknown) => Promise<unknown>; execute?: (query: unknown) => Promise<unknown> }
        }
      ).drizzle
      for (const [name, slug, organisation] of rows) {
        const insert = sql`INSERT INTO institutes (name, slug, organisation) VALUES (${name}, ${slug}, ${organisation})`
        await (kind === 'sqlite' ? db.run!(insert) : db.execute!(insert))
      }
    },
  })
  api = apiClient(ctx.config)
  editor = (await createUser(ctx.payload, 'editor')).token as string
  contributor = (await createUser(ctx.payload, 'contributor')).token as string
})
afterAll(() => stopPayload(ctx))

const organisationOf = async (slug: string) => {
  const { docs } = await ctx.payload.find({ collection: 'institutes', where: { slug: { equals: slug } }, depth: 1 })
  return docs[0].organisation
}

test('the upgrade makes every listed member a document and keeps each institute’s member', async () => {
  const { docs } = await ctx.payload.find({ collection: 'organisations', limit: 100, depth: 0 })
  expect(docs.map((d) => d.slug).sort()).toEqual(MEMBERS_2026.map((m) => m.slug).sort())
  expect(docs.every((d) => d.membership === 'full')).toBe(true)
  expect(await organisationOf('british-council-kazakhstan')).toMatchObject({ name: 'British Council', country: 'GB' })
  expect(await organisationOf('casa-de-cultura')).toBeFalsy()
})

test('an editor records a new associate member and its first local institute', async () => {
  const member = await api.rest('POST', '/api/organisations', {
    token: editor,
    json: { name: 'Ukrainian Institute', membership: 'associate', memberSince: 2022, country: 'UA' },
  })
  expect(member.status).toBe(201)
  expect(member.body.doc.slug).toBe('ukrainian-institute')
  const institute = await api.rest('POST', '/api/institutes', {
    token: editor,
    json: { name: 'Ukrainian Institute in Berlin', organisation: member.body.doc.id, country: 'UA', city: 'Berlin' },
  })
  expect(institute.status).toBe(201)

  const read = await api.rest('GET', `/api/organisations/${member.body.doc.id}`)
  expect(read.status).toBe(200)
  expect(read.body).toMatchObject({ name: 'Ukrainian Institute', membership: 'associate', memberSince: 2022 })
  expect(read.body.institutes.docs.map((d: { name: string }) => d.name)).toEqual(['Ukrainian Institute in Berlin'])
  expect(await organisationOf('ukrainian-institute-in-berlin')).toMatchObject({ name: 'Ukrainian Institute' })

  const gql = await api.graphql(
    '{ Organisations(where: { membership: { equals: associate } }) { docs { name memberSince } } }',
  )
  expect(gql.body.data.Organisations.docs).toEqual([{ name: 'Ukrainian Institute', memberSince: 2022 }])
})

test('contributors do not record members', async () => {
  const res = await api.rest('POST', '/api/organisations', {
    token: contributor,
    json: { name: 'Not by a contributor', membership: 'full' },
  })
  expect(res.status).toBe(403)
  expect(
    (await ctx.payload.find({ collection: 'organisations', where: { name: { like: 'contributor' } } })).docs,
  ).toEqual([])
})

test.each([
  ['a membership that does not exist', { membership: 'honorary' }, 'membership'],
  ['a year that is not whole', { memberSince: 2022.5 }, 'memberSince'],
  ['a year before the network', { memberSince: 1990 }, 'memberSince'],
])('refused: %s', async (_name, data, field) => {
  const before = (await ctx.payload.count({ collection: 'organisations' })).totalDocs
  const res = await api.rest('POST', '/api/organisations', {
    token: editor,
    json: { name: 'Refused member', membership: 'full', ...data },
  })
  expect(res.status).toBe(400)
  expect(fieldsIn(res.body)).toContain(field)
  expect((await ctx.payload.count({ collection: 'organisations' })).totalDocs).toBe(before)
})

test('a member removed from the list leaves its institutes without a member, not broken', async () => {
  const member = await ctx.payload.create({
    collection: 'organisations',
    data: { name: 'Leaving', membership: 'full' },
  })
  const institute = await ctx.payload.create({
    collection: 'institutes',
    data: { name: 'Institute of a leaving member', organisation: member.id },
  })
  const res = await api.rest('DELETE', `/api/organisations/${member.id}`, { token: editor })
  expect(res.status).toBe(200)
  const kept = await ctx.payload.findByID({ collection: 'institutes', id: institute.id, depth: 0 })
  expect(kept.name).toBe('Institute of a leaving member')
  expect(kept.organisation ?? null).toBeNull()
})
