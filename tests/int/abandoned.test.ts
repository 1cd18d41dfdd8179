import { removeAbandonedDrafts } from '../../collections/events/abandoned'

import { createUser } from '../helpers/fixtures'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/** "Create new" makes an empty draft at once; one left empty and untouched is removed after an hour. */
let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(() => stopPayload(ctx))

test('only untouched drafts without a title in any language go, and only once they are an hour old', async () => {
  const { payload } = ctx
  const { user } = await createUser(payload, 'editor')
  // What the admin's create view does when an editor clicks "Create new".
  const opened = () =>
    payload.create({ collection: 'events', data: {}, draft: true, user: user!, overrideAccess: false })
  const left = await opened()
  const titled = await opened()
  await payload.update({ collection: 'events', id: titled.id, draft: true, data: { title: 'Kept: it has a title' } })
  const inFrench = await opened()
  await new Promise((r) => setTimeout(r, 2100))
  await payload.update({
    collection: 'events',
    id: inFrench.id,
    draft: true,
    locale: 'fr',
    data: { title: 'Gardé : un titre en français' },
  })
  const worked = await opened()
  await new Promise((r) => setTimeout(r, 2100))
  await payload.update({
    collection: 'events',
    id: worked.id,
    draft: true,
    data: { startDate: '2031-02-02T10:00:00.000Z', endDate: '2031-02-02T11:00:00.000Z' },
  })

  expect(await removeAbandonedDrafts(payload)).toEqual([])
  const inTwoHours = new Date(Date.now() + 2 * 3600_000)
  expect(await removeAbandonedDrafts(payload, undefined, inTwoHours)).toEqual([left.id])
  const remaining = await payload.find({ collection: 'events', draft: true, limit: 10, depth: 0 })
  expect(remaining.docs.map((d) => d.id).sort()).toEqual([titled.id, inFrench.id, worked.id].sort())
  expect(await payload.count({ collection: 'events', where: { id: { equals: left.id } } })).toEqual({ totalDocs: 0 })
  // Run again (another replica): nothing left to do, nothing fails.
  expect(await removeAbandonedDrafts(payload, undefined, inTwoHours)).toEqual([])
})
