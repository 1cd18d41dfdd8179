import { createLocalReq } from 'payload'

import { eventData } from '../helpers/fixtures'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/**
 * What a change of a tag (cluster, institute…) expires: the pages of its events by name while they are few,
 * all event pages with one tag once they are many, so a tag on thousands of events saves as fast as any other.
 */
let ctx: TestContext
let affected: typeof import('@/cache/affected')

beforeAll(async () => {
  ctx = await startPayload()
  affected = await import('@/cache/affected')
})
afterAll(() => stopPayload(ctx))

test('a change names the pages it touches while they are few, and expires them all at once when many', async () => {
  const { payload } = ctx
  const req = await createLocalReq({}, payload)
  const popular = await payload.create({ collection: 'tags', data: { name: 'Popular' } })
  const rare = await payload.create({ collection: 'tags', data: { name: 'Rare' } })
  const unused = await payload.create({ collection: 'tags', data: { name: 'Unused' } })
  for (const title of ['Popular one', 'Popular two', 'Popular three'])
    await payload.create({ collection: 'events', data: eventData({ title, tags: [popular.id] }) })
  await payload.create({ collection: 'events', data: eventData({ title: 'Rare one', tags: [rare.id] }) })

  const of = (tag: { id: number | string }, many?: number) =>
    affected.pagesWhere(req, 'events', { tags: { in: [tag.id] } }, many)
  expect(await of(rare, 2)).toEqual(['events:rare-one'])
  expect(await of(popular, 2)).toEqual(['pages:events'])
  expect((await of(popular)).sort()).toEqual(['events:popular-one', 'events:popular-three', 'events:popular-two'])
  expect(await of(unused, 2)).toEqual([])
  expect(affected.MANY_PAGES).toBeGreaterThanOrEqual(100)

  const renamed = await affected.taxonomyAffected('tags', 'tags')({ doc: popular, req })
  expect(renamed.sort()).toEqual([
    'events:popular-one',
    'events:popular-three',
    'events:popular-two',
    'list:tags',
    'tags:popular',
  ])
})
