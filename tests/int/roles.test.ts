import { createUser, eventData, jpegFile } from '../helpers/fixtures'
import { apiClient } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/**
 * The access matrix: every role against every collection and operation, over REST and GraphQL. A cell is
 * "allow" (2xx and the effect happened) or "deny" (a 4xx and nothing changed).
 */
let ctx: TestContext
let api: ReturnType<typeof apiClient>
type Who = 'anonymous' | 'contributor' | 'editor' | 'admin'
const tokens: Record<Who, string | undefined> = { anonymous: undefined, contributor: '', editor: '', admin: '' }
const ids: Record<string, number | string> = {}

beforeAll(async () => {
  ctx = await startPayload()
  api = apiClient(ctx.config)
  const { payload } = ctx
  const own = await payload.create({ collection: 'clusters', data: { name: 'EUNIC Georgia', country: 'GE' } })
  const other = await payload.create({ collection: 'clusters', data: { name: 'EUNIC Armenia', country: 'AM' } })
  ids.own = own.id
  ids.other = other.id
  tokens.admin = (await createUser(payload, 'admin')).token
  tokens.editor = (await createUser(payload, 'editor')).token
  const contributor = await createUser(payload, 'contributor')
  await payload.update({ collection: 'users', id: contributor.user!.id, data: { clusters: [own.id] } })
  tokens.contributor = (
    await payload.login({ collection: 'users', data: { email: contributor.email, password: contributor.password } })
  ).token as string
  ids.contributorUser = contributor.user!.id
  ids.editorUser = (await payload.find({ collection: 'users', where: { role: { equals: 'editor' } } })).docs[0].id
  ids.tag = (await payload.create({ collection: 'tags', data: { name: 'Climate' } })).id
  const draft = (title: string, cluster: number | string) =>
    payload.create({
      collection: 'events',
      draft: true,
      data: eventData({ _status: 'draft', title, clusters: [cluster] }),
    })
  ids.draftOwn = (await draft('Draft of my cluster', own.id)).id
  ids.draftOther = (await draft('Draft of another cluster', other.id)).id
  ids.publishedOwn = (
    await payload.create({
      collection: 'events',
      data: eventData({ title: 'Published, my cluster', clusters: [own.id] }),
    })
  ).id
})
afterAll(() => stopPayload(ctx))

const allowed = (status: number) => status >= 200 && status < 300
const decision = (status: number) =>
  allowed(status) ? 'allow' : status >= 400 && status < 500 ? 'deny' : `fault ${status}`
const titles = (body: any) => (body?.docs ?? []).map((d: { title: string }) => d.title)

describe('events', () => {
  test.each([
    ['anonymous', 'deny'],
    ['contributor', 'allow'],
    ['editor', 'allow'],
    ['admin', 'allow'],
  ] as const)('%s reading the drafts of the contributor’s cluster: %s', async (who, expected) => {
    const res = await api.rest('GET', '/api/events?draft=true&limit=50', { token: tokens[who] })
    expect(titles(res.body).includes('Draft of my cluster') ? 'allow' : 'deny').toBe(expected)
  })

  test.each([
    ['anonymous', 'deny'],
    ['contributor', 'deny'],
    ['editor', 'allow'],
    ['admin', 'allow'],
  ] as const)('%s reading another cluster’s draft (REST list, by id, GraphQL, versions): %s', async (who, expected) => {
    const list = await api.rest('GET', '/api/events?draft=true&limit=50', { token: tokens[who] })
    const one = await api.rest('GET', `/api/events/${ids.draftOther}?draft=true`, { token: tokens[who] })
    const gql = await api.graphql('{ Events(draft: true, limit: 50) { docs { title } } }', { token: tokens[who] })
    const versions = await api.rest('GET', `/api/events/versions?where[parent][equals]=${ids.draftOther}`, {
      token: tokens[who],
    })
    const seen = [
      titles(list.body).includes('Draft of another cluster'),
      one.status === 200,
      (gql.body.data?.Events?.docs ?? []).some((d: { title: string }) => d.title === 'Draft of another cluster'),
      (versions.body?.docs ?? []).length > 0,
    ]
    expect(seen.map((s) => (s ? 'allow' : 'deny'))).toEqual([expected, expected, expected, expected])
  })

  test.each([
    ['anonymous', 'deny'],
    ['contributor', 'allow'],
    ['editor', 'allow'],
    ['admin', 'allow'],
  ] as const)('%s creating a draft for the contributor’s cluster: %s', async (who, expected) => {
    const res = await api.rest('POST', '/api/events?draft=true', {
      token: tokens[who],
      json: eventData({ _status: 'draft', title: `Draft by ${who}`, clusters: [ids.own] }),
    })
    expect(decision(res.status)).toBe(expected)
    if (allowed(res.status)) expect(res.body.doc.createdBy).toBeTruthy()
  })

  test('a contributor’s new event starts in the contributor’s clusters', async () => {
    const res = await api.rest('POST', '/api/events?draft=true', {
      token: tokens.contributor,
      json: { _status: 'draft', title: 'Cluster by default' },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.clusters.map((c: { id: number }) => c.id)).toEqual([ids.own])
  })

  test('a contributor cannot publish, unpublish, delete, or move an event out of its clusters', async () => {
    const t = tokens.contributor
    const cases = [
      await api.rest('POST', '/api/events', {
        token: t,
        json: eventData({ title: 'Published by a contributor', clusters: [ids.own] }),
      }),
      await api.rest('POST', '/api/events?draft=true', {
        token: t,
        json: eventData({ _status: 'draft', clusters: [ids.other] }),
      }),
      await api.rest('POST', '/api/events?draft=true', {
        token: t,
        json: eventData({ _status: 'draft', clusters: [] }),
      }),
      await api.rest('PATCH', `/api/events/${ids.draftOwn}`, { token: t, json: { _status: 'published' } }),
      await api.rest('PATCH', `/api/events/${ids.publishedOwn}`, { token: t, json: { _status: 'draft' } }),
      await api.rest('PATCH', `/api/events/${ids.publishedOwn}`, { token: t, json: { summary: 'Live edit' } }),
      await api.rest('PATCH', `/api/events/${ids.draftOwn}?draft=true`, {
        token: t,
        json: { clusters: [ids.own, ids.other] },
      }),
      await api.rest('PATCH', `/api/events/${ids.draftOther}?draft=true`, { token: t, json: { summary: 'Not mine' } }),
      await api.rest('DELETE', `/api/events/${ids.draftOwn}`, { token: t }),
      await api.graphql(`mutation { updateEvent(id: ${ids.draftOwn}, data: { _status: published }) { id } }`, {
        token: t,
      }),
      await api.graphql(`mutation { deleteEvent(id: ${ids.draftOwn}) { id } }`, { token: t }),
    ]
    expect(cases.map((r) => (r.body?.errors?.length || r.status >= 400 ? 'deny' : 'allow'))).toEqual(
      Array(cases.length).fill('deny'),
    )
    const published = await ctx.payload.findByID({ collection: 'events', id: ids.publishedOwn })
    expect(published._status).toBe('published')
    expect(published.summary).toBeFalsy()
    expect((await ctx.payload.findByID({ collection: 'events', id: ids.draftOwn, draft: true }))._status).toBe('draft')
  })

  test('a contributor edits its cluster’s drafts and saves changes to a published event as a draft', async () => {
    const t = tokens.contributor
    expect(
      (await api.rest('PATCH', `/api/events/${ids.draftOwn}?draft=true`, { token: t, json: { summary: 'Better' } }))
        .status,
    ).toBe(200)
    const edit = await api.rest('PATCH', `/api/events/${ids.publishedOwn}?draft=true`, {
      token: t,
      json: { summary: 'Proposed' },
    })
    expect(edit.status).toBe(200)
    expect((await ctx.payload.findByID({ collection: 'events', id: ids.publishedOwn })).summary).toBeFalsy()
    const { docs } = await ctx.payload.findVersions({
      collection: 'events',
      where: { parent: { equals: ids.publishedOwn }, latest: { equals: true } },
    })
    expect(docs[0].version).toMatchObject({ _status: 'draft', summary: 'Proposed' })
    expect(docs[0].version.updatedBy).toBeTruthy()
  })

  test.each([
    ['editor', 'allow'],
    ['admin', 'allow'],
  ] as const)('%s publishing and deleting: %s', async (who, expected) => {
    const created = await ctx.payload.create({
      collection: 'events',
      draft: true,
      data: eventData({ _status: 'draft', clusters: [ids.own] }),
    })
    const publish = await api.rest('PATCH', `/api/events/${created.id}`, {
      token: tokens[who],
      json: { _status: 'published' },
    })
    expect(decision(publish.status)).toBe(expected)
    expect(decision((await api.rest('DELETE', `/api/events/${created.id}`, { token: tokens[who] })).status)).toBe(
      expected,
    )
  })
})

describe('taxonomy: editors and admins write, everyone reads', () => {
  const expected: Record<Who, string> = { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' }
  test.each(['tags', 'clusters', 'institutes', 'organisations', 'partners'] as const)('%s', async (collection) => {
    const data: Record<string, Record<string, unknown>> = {
      tags: { name: 'x' },
      clusters: { name: 'x', country: 'FR' },
      institutes: { name: 'x', country: 'DE' },
      organisations: { name: 'x', membership: 'associate', country: 'UA' },
      partners: { name: 'x', kind: 'other' },
    }
    for (const who of Object.keys(tokens) as Who[]) {
      const name = `${collection} by ${who}`
      const read = await api.rest('GET', `/api/${collection}`, { token: tokens[who] })
      expect(read.status).toBe(200)
      const create = await api.rest('POST', `/api/${collection}`, {
        token: tokens[who],
        json: { ...data[collection], name },
      })
      expect({ who, create: decision(create.status) }).toEqual({ who, create: expected[who] })
      const target =
        create.body?.doc?.id ??
        (await ctx.payload.create({ collection, data: { ...data[collection], name } as never })).id
      const update = await api.rest('PATCH', `/api/${collection}/${target}`, {
        token: tokens[who],
        json: { name: `${name}, renamed` },
      })
      expect({ who, update: decision(update.status) }).toEqual({ who, update: expected[who] })
      const remove = await api.rest('DELETE', `/api/${collection}/${target}`, { token: tokens[who] })
      expect({ who, delete: decision(remove.status) }).toEqual({ who, delete: expected[who] })
    }
    const gql = await api.graphql('mutation { createTag(data: { name: "By GraphQL" }) { id } }', {
      token: tokens.contributor,
    })
    expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
  })
})

describe('the same cells over GraphQL', () => {
  const gqlDecision = (res: { status: number; body: any }) =>
    res.status >= 500 ? `fault ${res.status}` : res.body?.errors?.length ? 'deny' : 'allow'

  const taxonomy = {
    tags: { type: 'Tag', input: '{ name: "NAME" }', data: {} },
    clusters: { type: 'Cluster', input: '{ name: "NAME", country: FR }', data: { country: 'FR' } },
    institutes: { type: 'Institute', input: '{ name: "NAME", country: DE }', data: { country: 'DE' } },
    organisations: { type: 'Organisation', input: '{ name: "NAME", membership: associate }', data: {} },
    partners: { type: 'Partner', input: '{ name: "NAME", kind: other }', data: { kind: 'other' } },
  } as const
  const expected: Record<Who, string> = { anonymous: 'deny', contributor: 'deny', editor: 'allow', admin: 'allow' }

  test.each(Object.keys(taxonomy) as Array<keyof typeof taxonomy>)('%s: create, update, delete', async (collection) => {
    const { type, input, data } = taxonomy[collection]
    for (const who of Object.keys(tokens) as Who[]) {
      const name = `${collection} over GraphQL by ${who}`
      const create = await api.graphql(`mutation { create${type}(data: ${input.replace('NAME', name)}) { id } }`, {
        token: tokens[who],
      })
      expect({ who, create: gqlDecision(create) }).toEqual({ who, create: expected[who] })
      const target =
        create.body?.data?.[`create${type}`]?.id ??
        (await ctx.payload.create({ collection, data: { ...data, name } as never })).id
      const update = await api.graphql(
        `mutation { update${type}(id: ${target}, data: { name: "${name}, renamed" }) { id } }`,
        {
          token: tokens[who],
        },
      )
      expect({ who, update: gqlDecision(update) }).toEqual({ who, update: expected[who] })
      const remove = await api.graphql(`mutation { delete${type}(id: ${target}) { id } }`, { token: tokens[who] })
      expect({ who, delete: gqlDecision(remove) }).toEqual({ who, delete: expected[who] })
      const exists = (await ctx.payload.find({ collection, where: { id: { equals: target } } })).totalDocs
      expect({ who, kept: exists }).toEqual({ who, kept: expected[who] === 'allow' ? 0 : 1 })
    }
  })

  test.each([
    ['anonymous', { create: 'deny', publish: 'deny', delete: 'deny' }],
    ['contributor', { create: 'allow', publish: 'deny', delete: 'deny' }],
    ['editor', { create: 'allow', publish: 'allow', delete: 'allow' }],
    ['admin', { create: 'allow', publish: 'allow', delete: 'allow' }],
  ] as const)(
    'events by %s: create a draft in the contributor’s cluster, publish it, delete it',
    async (who, cells) => {
      const title = `Event over GraphQL by ${who}`
      const create = await api.graphql(
        `mutation { createEvent(draft: true, data: { title: "${title}", _status: draft, startDate: "2031-01-01T10:00:00.000Z", startDate_tz: Europe_Brussels, endDate: "2031-01-01T12:00:00.000Z", endDate_tz: Europe_Brussels, clusters: [${ids.own}] }) { id } }`,
        { token: tokens[who] },
      )
      expect({
        create: gqlDecision(create),
        errors: cells.create === 'allow' ? create.body?.errors : undefined,
      }).toEqual({
        create: cells.create,
        errors: undefined,
      })
      const target =
        create.body?.data?.createEvent?.id ??
        (
          await ctx.payload.create({
            collection: 'events',
            draft: true,
            data: eventData({ _status: 'draft', title, clusters: [ids.own] }),
          })
        ).id
      const publish = await api.graphql(
        `mutation { updateEvent(id: ${target}, data: { _status: published }) { id } }`,
        {
          token: tokens[who],
        },
      )
      expect(gqlDecision(publish)).toBe(cells.publish)
      const stored = await ctx.payload.findByID({ collection: 'events', id: target, draft: true })
      expect(stored._status).toBe(cells.publish === 'allow' ? 'published' : 'draft')
      const remove = await api.graphql(`mutation { deleteEvent(id: ${target}) { id } }`, { token: tokens[who] })
      expect(gqlDecision(remove)).toBe(cells.delete)
    },
  )

  test.each([
    ['contributor', 'deny'],
    ['editor', 'deny'],
    ['admin', 'allow'],
  ] as const)('accounts: %s renaming another account: %s', async (who, expected) => {
    const other = who === 'contributor' ? ids.editorUser : ids.contributorUser
    const res = await api.graphql(`mutation { updateUser(id: ${other}, data: { name: "Renamed by ${who}" }) { id } }`, {
      token: tokens[who],
    })
    expect(gqlDecision(res)).toBe(expected)
  })
})

describe('photos: everyone signed in uploads; a contributor changes only its own; editors delete', () => {
  test('the matrix', async () => {
    const upload = async (who: Who) => {
      const form = new FormData()
      form.append('_payload', JSON.stringify({ alt: `By ${who}`, credit: 'Somebody' }))
      const file = await jpegFile(`${who}.jpg`)
      form.append('file', new Blob([new Uint8Array(file.data)], { type: 'image/jpeg' }), file.name)
      return api.rest('POST', '/api/photos', { form, token: tokens[who] })
    }
    expect(decision((await upload('anonymous')).status)).toBe('deny')
    const mine = await upload('contributor')
    expect(mine.status).toBe(201)
    const editors = await upload('editor')
    expect(editors.status).toBe(201)
    const t = tokens.contributor
    expect(
      (await api.rest('PATCH', `/api/photos/${mine.body.doc.id}`, { token: t, json: { credit: 'Me' } })).status,
    ).toBe(200)
    expect(
      decision(
        (await api.rest('PATCH', `/api/photos/${editors.body.doc.id}`, { token: t, json: { credit: 'Me' } })).status,
      ),
    ).toBe('deny')
    expect(decision((await api.rest('DELETE', `/api/photos/${mine.body.doc.id}`, { token: t })).status)).toBe('deny')
    expect((await api.rest('DELETE', `/api/photos/${mine.body.doc.id}`, { token: tokens.editor })).status).toBe(200)
  })
})

describe('accounts: only admins manage them', () => {
  test('the matrix', async () => {
    for (const who of ['contributor', 'editor'] as const) {
      const t = tokens[who]
      const list = await api.rest('GET', '/api/users', { token: t })
      expect(list.body.docs).toHaveLength(1)
      const create = await api.rest('POST', '/api/users', {
        token: t,
        json: { email: `new-${who}@example.org`, password: 'a-long-enough-password', name: 'New' },
      })
      expect(decision(create.status)).toBe('deny')
      const other = who === 'contributor' ? ids.editorUser : ids.contributorUser
      expect(
        decision((await api.rest('PATCH', `/api/users/${other}`, { token: t, json: { name: 'Renamed' } })).status),
      ).toBe('deny')
      expect(decision((await api.rest('DELETE', `/api/users/${other}`, { token: t })).status)).toBe('deny')
    }
    const own = await api.rest('PATCH', `/api/users/${ids.contributorUser}`, {
      token: tokens.contributor,
      json: { clusters: [ids.own, ids.other] },
    })
    expect(own.status).toBe(403)
    const admin = await api.rest('PATCH', `/api/users/${ids.contributorUser}`, {
      token: tokens.admin,
      json: { name: 'Renamed by admin' },
    })
    expect(admin.status).toBe(200)
  })
})

test('an admin removes an account that made content: the content stays, without its author', async () => {
  const author = await createUser(ctx.payload, 'editor')
  const tag = await api.rest('POST', '/api/tags', { token: author.token, json: { name: 'Made by a leaver' } })
  expect(tag.status).toBe(201)
  expect((await api.rest('DELETE', `/api/users/${author.user!.id}`, { token: tokens.admin })).status).toBe(200)
  const kept = await ctx.payload.findByID({ collection: 'tags', id: tag.body.doc.id, depth: 0 })
  expect(kept.name).toBe('Made by a leaver')
  expect(kept.createdBy ?? null).toBeNull()
})

describe('two editors take turns on one event', () => {
  test('a save sends back the authorship the form shows, the newest draft’s, and is taken', async () => {
    const other = await createUser(ctx.payload, 'editor')
    const created = await api.rest('POST', '/api/events', {
      token: tokens.editor,
      json: eventData({ title: 'Taken in turns', summary: 'First words.' }),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    // The other editor changes the draft: the newest version is now theirs, the published one is still the first's.
    const turn = await api.rest('PATCH', `/api/events/${id}?draft=true&autosave=true`, {
      token: other.token,
      json: { summary: 'Second words.', _status: 'draft' },
    })
    expect(turn.status).toBe(200)
    const newest = (await api.rest('GET', `/api/events/${id}?draft=true&depth=0`, { token: tokens.editor })).body
    // The first editor's form holds that draft and saves it back whole, its read-only fields as they are.
    const back = await api.rest('PATCH', `/api/events/${id}?draft=true&autosave=true`, {
      token: tokens.editor,
      json: { ...newest, summary: 'Third words.' },
    })
    expect(back.status).toBe(200)
    const after = (await api.rest('GET', `/api/events/${id}?draft=true&depth=0`, { token: tokens.editor })).body
    expect(after.summary).toBe('Third words.')
    expect(after.updatedBy).toBe(ids.editorUser)
    // Sending someone else's name as the author is still refused.
    const forged = await api.rest('PATCH', `/api/events/${id}?draft=true`, {
      token: tokens.editor,
      json: { summary: 'Fourth words.', updatedBy: other.user!.id },
    })
    expect(forged.status).toBe(403)
  })
})
