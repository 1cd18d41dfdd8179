import { seed } from '@/seed'
import { EVENT, PHOTOS, TAGS } from '@/seed/data'
import { MEMBERS_2026 } from '../../migrations/snapshots/members-2026'

import { apiClient } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(() => stopPayload(ctx))

const COLLECTIONS = ['events', 'photos', 'tags', 'clusters', 'institutes', 'organisations', 'partners'] as const

async function counts() {
  const entries = await Promise.all(
    COLLECTIONS.map(async (c) => [c, (await ctx.payload.count({ collection: c })).totalDocs] as const),
  )
  return Object.fromEntries(entries)
}

describe('demo content', () => {
  test('loads the Almaty meeting, and a second run changes nothing', async () => {
    const lines: string[] = []
    const first = await seed(ctx.payload, (line) => lines.push(line))
    // The migrations have already written the network's members; the seed finds them.
    expect(first.existing).toBe(MEMBERS_2026.length)
    expect(lines.filter((l) => l.includes('✓'))).toHaveLength(first.created)
    const afterFirst = await counts()
    expect(afterFirst).toEqual({
      events: 1,
      photos: 3,
      tags: 5,
      clusters: 5,
      institutes: 1,
      organisations: MEMBERS_2026.length,
      partners: 4,
    })
    const [institute] = (await ctx.payload.find({ collection: 'institutes', depth: 1 })).docs
    expect(institute.organisation).toMatchObject({ name: 'Goethe-Institut', membership: 'full' })

    const event = (await ctx.payload.find({ collection: 'events', where: { slug: { equals: EVENT.slug } } })).docs[0]
    const second = await seed(ctx.payload, () => undefined)
    expect(second).toEqual({ created: 0, existing: first.created + first.existing })
    expect(await counts()).toEqual(afterFirst)
    const again = await ctx.payload.findByID({ collection: 'events', id: event.id })
    expect(again.updatedAt).toBe(event.updatedAt)
  })

  test('the site settings in every language: introduction, footer link, and the legal and accessibility pages', async () => {
    const { siteSettings } = await import('@/data/settings')
    const [en, fr, de] = await Promise.all([siteSettings('en'), siteSettings('fr'), siteSettings('de')])
    expect(en.homeIntro).toMatch(/^The European Union National Institutes for Culture/)
    expect(fr.homeIntro).toMatch(/^Les instituts culturels nationaux/)
    expect(de.footerLinks).toEqual([{ label: 'Website des Netzwerks', url: 'https://www.eunicglobal.eu/' }])
    expect(fr.footerLinks).toEqual([{ label: 'Le site du réseau', url: 'https://www.eunicglobal.eu/' }])
    for (const settings of [en, fr, de]) {
      for (const page of Object.values(settings.pages)) expect(JSON.stringify(page)).toContain('"text":')
    }
    expect(JSON.stringify(de.pages.accessibility)).toContain('Richtlinie (EU) 2016/2102')
  })

  test('the event is published with three credited photos, its network and the EU flag', async () => {
    const api = apiClient(ctx.config)
    const res = await api.rest('GET', `/api/events?where[slug][equals]=${EVENT.slug}&depth=1`)
    expect(res.status).toBe(200)
    const [event] = res.body.docs
    expect(event._status).toBe('published')
    expect(event.title).toBe('Focus meeting for clusters in Central Asia & Caucasus')
    expect(event.startDate_tz).toBe('Asia/Almaty')
    expect(event.allDay).toBe(true)
    expect(event.euCofunded).toBe(true)
    expect(event.venue.city).toBe('Almaty')
    const photos = [event.heroPhoto, ...event.gallery]
    expect(photos.map((p: { credit: string }) => p.credit)).toEqual(PHOTOS.map((p) => p.credit))
    expect(photos.map((p: { caption: string }) => p.caption)).toEqual(PHOTOS.map((p) => p.caption))
    expect(event.tags.map((t: { name: string }) => t.name)).toEqual(TAGS.map((t) => t.name))
    expect(event.clusters.map((c: { name: string }) => c.name)).toEqual([
      'EUNIC Armenia',
      'EUNIC Azerbaijan',
      'EUNIC Georgia',
      'EUNIC Kazakhstan',
      'EUNIC Uzbekistan',
    ])
    expect(event.hostInstitutes.map((i: { name: string }) => i.name)).toEqual(['Goethe-Institut Kasachstan'])
    expect(event.partners).toHaveLength(4)
    expect(event.body.root.children.length).toBe(EVENT.body.length)
  })

  test('the dates are 25–26 June 2024 in Almaty', async () => {
    const { formatEventDates } = await import('@/lib/time/format')
    const { eventTime } = await import('@/lib/time/event-time')
    const event = (await ctx.payload.find({ collection: 'events', where: { slug: { equals: EVENT.slug } } })).docs[0]
    const text = formatEventDates(eventTime(event), 'en')
    // ICU puts (thin) spaces around the dash in some versions.
    expect(text).toMatch(/^25\s?–\s?26 June 2024$/)
  })

  test('it is also served in French, falling back to English where untranslated', async () => {
    const api = apiClient(ctx.config)
    const res = await api.rest('GET', `/api/events?where[slug][equals]=${EVENT.slug}&locale=fr&depth=1`)
    const [event] = res.body.docs
    expect(event.title).toBe(EVENT.titleTranslations.fr)
    expect(event.body.root.children.length).toBe(EVENT.body.length)
    expect(event.tags.map((t: { name: string }) => t.name)).toContain('Climat')
  })
})
