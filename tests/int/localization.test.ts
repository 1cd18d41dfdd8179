import { eventData } from '../helpers/fixtures'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(() => stopPayload(ctx))

describe('localized fields', () => {
  test('translations are kept per locale and missing ones fall back to English', async () => {
    const { payload } = ctx
    const event = await payload.create({
      collection: 'events',
      data: eventData({ title: 'Open day', summary: 'Come and see the institute.' }),
    })
    await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'fr',
      data: { title: 'Journée portes ouvertes' },
    })

    const fr = await payload.findByID({ collection: 'events', id: event.id, locale: 'fr' })
    expect(fr.title).toBe('Journée portes ouvertes')
    expect(fr.summary).toBe('Come and see the institute.')

    const de = await payload.findByID({ collection: 'events', id: event.id, locale: 'de' })
    expect(de.title).toBe('Open day')

    const frOnly = await payload.findByID({ collection: 'events', id: event.id, locale: 'fr', fallbackLocale: false })
    expect(frOnly.summary ?? null).toBeNull()

    const all = await payload.findByID({ collection: 'events', id: event.id, locale: 'all' })
    expect(all.title).toEqual({ en: 'Open day', fr: 'Journée portes ouvertes' })
    expect(all.slug).toBe('open-day')
  })

  test('tag names, photo captions and alt text are localized; the credit is not', async () => {
    const { payload } = ctx
    const tag = await payload.create({ collection: 'tags', data: { name: 'Climate' } })
    await payload.update({ collection: 'tags', id: tag.id, locale: 'de', data: { name: 'Klima' } })
    expect((await payload.findByID({ collection: 'tags', id: tag.id, locale: 'de' })).name).toBe('Klima')
    expect((await payload.findByID({ collection: 'tags', id: tag.id, locale: 'fr' })).name).toBe('Climate')
    expect((await payload.findByID({ collection: 'tags', id: tag.id, locale: 'de' })).slug).toBe('climate')
  })

  test('over REST, ?locale= picks the language', async () => {
    const { apiClient } = await import('../helpers/http')
    const api = apiClient(ctx.config)
    const partner = await ctx.payload.create({
      collection: 'partners',
      data: { name: 'Ministry of Culture', kind: 'public-authority' },
    })
    await ctx.payload.update({
      collection: 'partners',
      id: partner.id,
      locale: 'fr',
      data: { name: 'Ministère de la Culture' },
    })
    const fr = await api.rest('GET', `/api/partners/${partner.id}?locale=fr`)
    expect(fr.body.name).toBe('Ministère de la Culture')
    const de = await api.rest('GET', `/api/partners/${partner.id}?locale=de`)
    expect(de.body.name).toBe('Ministry of Culture')
  })
})
