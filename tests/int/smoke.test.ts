import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(() => stopPayload(ctx))

test('creates a tag', async () => {
  const tag = await ctx.payload.create({ collection: 'tags', data: { name: 'Climate' } })
  expect(tag.slug).toBe('climate')
})
