import { eventData } from '../helpers/fixtures'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/** One zone per event unless it ends in another; current zone names only. */
let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(() => stopPayload(ctx))

const create = (data: Record<string, unknown>) =>
  ctx.payload.create({ collection: 'events', data: eventData(data) as never, depth: 0 })

test('an old zone name is stored under its current name', async () => {
  const event = await create({ startDate_tz: 'Europe/Kiev', endDate_tz: 'Europe/Kiev' })
  expect([event.startDate_tz, event.endDate_tz]).toEqual(['Europe/Kyiv', 'Europe/Kyiv'])
  const found = await ctx.payload.find({ collection: 'events', where: { startDate_tz: { equals: 'Europe/Kyiv' } } })
  expect(found.docs.map((d) => d.id)).toContain(event.id)
})

test('the end follows the start’s zone unless the event ends in another', async () => {
  const event = await create({ startDate_tz: 'Asia/Tbilisi', endDate_tz: undefined })
  expect([event.endDate_tz, event.separateEndZone]).toEqual(['Asia/Tbilisi', false])
  const moved = await ctx.payload.update({
    collection: 'events',
    id: event.id,
    data: { startDate_tz: 'Asia/Almaty' },
    depth: 0,
  })
  expect(moved.endDate_tz).toBe('Asia/Almaty')
})

test('two different zones sent together mean an event that ends elsewhere', async () => {
  const event = await create({ startDate_tz: 'Europe/Lisbon', endDate_tz: 'Atlantic/Azores' })
  expect([event.startDate_tz, event.endDate_tz, event.separateEndZone]).toEqual([
    'Europe/Lisbon',
    'Atlantic/Azores',
    true,
  ])
  const moved = await ctx.payload.update({
    collection: 'events',
    id: event.id,
    data: { startDate_tz: 'Europe/Madrid' },
    depth: 0,
  })
  expect(moved.endDate_tz).toBe('Atlantic/Azores')
})

test('a zone that does not exist is still refused, naming the field', async () => {
  await expect(create({ startDate_tz: 'Mars/Olympus_Mons', endDate_tz: 'Mars/Olympus_Mons' })).rejects.toThrow(
    /startDate_tz|Time zone/,
  )
})

test('turning two zones off brings the end back to the start’s zone', async () => {
  const event = await create({ startDate_tz: 'Europe/Lisbon', endDate_tz: 'Atlantic/Madeira' })
  expect(event.separateEndZone).toBe(true)
  const one = await ctx.payload.update({
    collection: 'events',
    id: event.id,
    data: { separateEndZone: false },
    depth: 0,
  })
  expect([one.endDate_tz, one.separateEndZone]).toEqual(['Europe/Lisbon', false])
})
