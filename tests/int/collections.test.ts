import { eventData, jpegFile } from '../helpers/fixtures'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(() => stopPayload(ctx))

const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

describe('every collection, its relations and joins', () => {
  test('creates and reads each collection and follows the relations both ways', async () => {
    const { payload } = ctx
    const photo = await payload.create({
      collection: 'photos',
      data: { alt: 'A hall full of people', caption: 'The opening', credit: 'Ana Example' },
      file: await jpegFile('collections-hero.jpg', 2000, 1400),
    })
    expect(photo.credit).toBe('Ana Example')
    expect(photo.mimeType).toBe('image/jpeg')
    expect(Object.keys(photo.sizes ?? {}).sort()).toEqual(['card', 'hero', 'og', 'thumbnail'])
    expect(photo.sizes?.og?.width).toBe(1200)
    expect(photo.sizes?.og?.height).toBe(630)

    const tag = await payload.create({ collection: 'tags', data: { name: 'Literature & Books' } })
    expect(tag.slug).toBe('literature-and-books')

    const member = await payload.create({
      collection: 'organisations',
      data: { name: 'Institut français (test)', membership: 'full', country: 'FR' },
    })
    expect(member.slug).toBe('institut-francais-test')
    const institute = await payload.create({
      collection: 'institutes',
      data: {
        name: 'Institut français du Kazakhstan',
        organisation: member.id,
        country: 'FR',
        city: 'Almaty',
      },
    })
    expect(institute.slug).toBe('institut-francais-du-kazakhstan')

    const cluster = await payload.create({
      collection: 'clusters',
      data: { name: 'EUNIC Testland', country: 'KZ', region: 'central-asia-caucasus', members: [institute.id] },
    })
    const partner = await payload.create({
      collection: 'partners',
      data: { name: 'Dybys Test', kind: 'project', country: 'KZ', website: 'https://example.org/dybys' },
    })

    const event = await payload.create({
      collection: 'events',
      data: eventData({
        title: 'Relations test',
        heroPhoto: photo.id,
        gallery: [photo.id],
        tags: [tag.id],
        clusters: [cluster.id],
        hostInstitutes: [institute.id],
        partners: [partner.id],
        euCofunded: true,
        venue: { name: 'Hall', city: 'Almaty', country: 'KZ' },
      }),
    })
    expect(event.slug).toBe('relations-test')

    const read = await payload.findByID({ collection: 'events', id: event.id, depth: 1 })
    expect(read.startDate_tz).toBe('Europe/Berlin')
    expect(read.euCofunded).toBe(true)
    expect(read.venue?.country).toBe('KZ')
    expect((read.heroPhoto as { credit: string }).credit).toBe('Ana Example')
    expect((read.tags as { name: string }[]).map((t) => t.name)).toEqual(['Literature & Books'])

    const tagWithEvents = await payload.findByID({ collection: 'tags', id: tag.id })
    expect(tagWithEvents.events?.docs?.map(idOf)).toEqual([event.id])

    const clusterRead = await payload.findByID({ collection: 'clusters', id: cluster.id })
    expect(clusterRead.events?.docs?.map(idOf)).toEqual([event.id])

    const instituteRead = await payload.findByID({ collection: 'institutes', id: institute.id })
    expect(instituteRead.hostedEvents?.docs?.map(idOf)).toEqual([event.id])
    expect(instituteRead.clusters?.docs?.map(idOf)).toEqual([cluster.id])

    const partnerRead = await payload.findByID({ collection: 'partners', id: partner.id })
    expect(partnerRead.events?.docs?.map(idOf)).toEqual([event.id])
  })

  test('keeps the gallery in the order the editor set', async () => {
    const { payload } = ctx
    const photos = []
    for (const name of ['order-a.jpg', 'order-b.jpg', 'order-c.jpg']) {
      photos.push(
        await payload.create({ collection: 'photos', data: { alt: name, credit: 'Test' }, file: await jpegFile(name) }),
      )
    }
    const ordered = [photos[2].id, photos[0].id, photos[1].id]
    const event = await payload.create({ collection: 'events', data: eventData({ gallery: ordered }) })
    const read = await payload.findByID({ collection: 'events', id: event.id, depth: 0 })
    expect(read.gallery).toEqual(ordered)
  })

  test('keeps a slug once set, even when the title changes', async () => {
    const { payload } = ctx
    const event = await payload.create({ collection: 'events', data: eventData({ title: 'Original title' }) })
    const renamed = await payload.update({ collection: 'events', id: event.id, data: { title: 'A new title' } })
    expect(renamed.slug).toBe('original-title')
  })

  test('users get a role; the first one is an admin whatever it asked for', async () => {
    const { payload } = ctx
    const first = await payload.create({
      collection: 'users',
      data: { email: 'first@example.org', password: 'a-long-test-password', name: 'First', role: 'contributor' },
    })
    const second = await payload.create({
      collection: 'users',
      data: { email: 'second@example.org', password: 'a-long-test-password', name: 'Second', role: 'contributor' },
    })
    expect(first.role).toBe('admin')
    expect(second.role).toBe('contributor')
  })
})
