import type { Payload } from 'payload'

import { wallTimeToUtc } from '@/lib/time/zoned-time'

import { eventData } from '../helpers/fixtures'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
// The data layer loads the config, so it is imported once this file's database is set up.
let data: typeof import('@/data/events')
let taxonomy: typeof import('@/data/taxonomy')
let searching: typeof import('@/data/search')
let PAGE_SIZE: number

const zoned = (wall: string, zone: string) => wallTimeToUtc(wall, zone).toISOString()
const ids: Record<string, number | string> = {}

async function event(payload: Payload, key: string, overrides: Record<string, unknown>) {
  const doc = await payload.create({ collection: 'events', data: eventData({ title: key, ...overrides }) })
  ids[key] = doc.id
  return doc
}

beforeAll(async () => {
  ctx = await startPayload()
  data = await import('@/data/events')
  taxonomy = await import('@/data/taxonomy')
  searching = await import('@/data/search')
  PAGE_SIZE = (await import('@/lib/query/pagination')).PAGE_SIZE
  const { payload } = ctx
  const climate = await payload.create({ collection: 'tags', data: { name: 'Climate' } })
  const film = await payload.create({ collection: 'tags', data: { name: 'Film' } })
  const kz = await payload.create({ collection: 'clusters', data: { name: 'EUNIC Kazakhstan', country: 'KZ' } })
  ids.climate = climate.id
  ids.kz = kz.id

  // All-day in Almaty (UTC+5 or +6, whatever this Node's time-zone data says): over at midnight after 11 Jan there.
  await event(payload, 'Almaty all-day', {
    startDate: zoned('2030-01-10', 'Asia/Almaty'),
    startDate_tz: 'Asia/Almaty',
    endDate: zoned('2030-01-11', 'Asia/Almaty'),
    endDate_tz: 'Asia/Almaty',
    allDay: true,
    tags: [climate.id],
    clusters: [kz.id],
    venue: { city: 'Almaty', country: 'KZ' },
  })
  // An evening in New York, which is already the next day in UTC.
  await event(payload, 'New York evening', {
    startDate: zoned('2030-01-11T20:00', 'America/New_York'),
    startDate_tz: 'America/New_York',
    endDate: zoned('2030-01-11T22:00', 'America/New_York'),
    endDate_tz: 'America/New_York',
    tags: [climate.id, film.id],
    venue: { city: 'New York', country: 'US' },
  })
  await event(payload, 'Old film night', {
    startDate: '2024-03-01T18:00:00.000Z',
    endDate: '2024-03-01T20:00:00.000Z',
    tags: [film.id],
    venue: { city: 'Tbilisi', country: 'GE' },
  })
  await payload.create({
    collection: 'events',
    draft: true,
    // Its year and country must not show among the filters either.
    data: eventData({
      _status: 'draft',
      title: 'Draft climate event',
      tags: [climate.id],
      startDate: '2040-05-01T08:00:00.000Z',
      endDate: '2040-05-01T16:00:00.000Z',
      venue: { city: 'Lyon', country: 'FR' },
    }),
  })
})
afterAll(() => stopPayload(ctx))

const titles = (list: { events: { title: string }[] }) => list.events.map((e) => e.title)
const NOW = '2026-01-01T00:00:00.000Z'

async function firstOrganisation() {
  const { docs } = await ctx.payload.find({ collection: 'organisations', limit: 1 })
  return docs[0] ?? (await ctx.payload.create({ collection: 'organisations', data: { name: 'Paging org' } as never }))
}

describe('upcoming and past at time-zone edges', () => {
  test('an all-day event in Almaty is upcoming until midnight after its last day there', async () => {
    const endsAt = new Date(zoned('2030-01-12', 'Asia/Almaty'))
    const justBefore = new Date(endsAt.getTime() - 60_000)
    expect(titles(await data.listEvents({ locale: 'en', when: 'upcoming', now: justBefore }))).toContain(
      'Almaty all-day',
    )
    expect(titles(await data.listEvents({ locale: 'en', when: 'past', now: endsAt }))).toContain('Almaty all-day')
    expect(titles(await data.listEvents({ locale: 'en', when: 'upcoming', now: endsAt }))).not.toContain(
      'Almaty all-day',
    )
  })

  test('an evening in New York stays upcoming while it runs, though UTC has moved to the next day', async () => {
    const during = new Date(zoned('2030-01-11T21:00', 'America/New_York'))
    expect(during.toISOString().slice(0, 10)).toBe('2030-01-12')
    expect(titles(await data.listEvents({ locale: 'en', when: 'upcoming', now: during }))).toContain('New York evening')
    const after = new Date(zoned('2030-01-11T22:00', 'America/New_York'))
    expect(titles(await data.listEvents({ locale: 'en', when: 'past', now: after }))).toContain('New York evening')
  })

  test('upcoming is soonest first, past is latest first; drafts never appear', async () => {
    const now = new Date('2025-01-01T00:00:00Z')
    expect(titles(await data.listEvents({ locale: 'en', when: 'upcoming', now }))).toEqual([
      'Almaty all-day',
      'New York evening',
    ])
    expect(titles(await data.listEvents({ locale: 'en', when: 'past', now }))).toEqual(['Old film night'])
  })
})

describe('filters combine', () => {
  test('by tag, cluster, country and year', async () => {
    expect(titles(await data.listEvents({ locale: 'en', tag: 'climate' })).sort()).toEqual([
      'Almaty all-day',
      'New York evening',
    ])
    expect(titles(await data.listEvents({ locale: 'en', tag: 'film', year: 2024 }))).toEqual(['Old film night'])
    expect(titles(await data.listEvents({ locale: 'en', tag: 'climate', cluster: 'eunic-kazakhstan' }))).toEqual([
      'Almaty all-day',
    ])
    expect(titles(await data.listEvents({ locale: 'en', country: 'US' }))).toEqual(['New York evening'])
    expect(titles(await data.listEvents({ locale: 'en', tag: 'film', country: 'KZ' }))).toEqual([])
  })

  test('an unknown tag or cluster gives no events, not all of them', async () => {
    expect((await data.listEvents({ locale: 'en', tag: 'no-such-tag' })).totalDocs).toBe(0)
    expect((await data.listEvents({ locale: 'en', cluster: 'no-such-cluster' })).totalDocs).toBe(0)
  })

  test('by related id, for cluster and tag pages', async () => {
    expect(titles(await data.listEvents({ locale: 'en', clusterId: ids.kz }))).toEqual(['Almaty all-day'])
    expect((await data.listEvents({ locale: 'en', tagId: ids.climate })).totalDocs).toBe(2)
  })

  test('lists are read in the shape they are shown: cards for pages, entries for feeds, the same events', async () => {
    const whole = await data.listEvents({ locale: 'en', tagId: ids.climate })
    const cards = await data.listEventCards({ locale: 'en', tagId: ids.climate })
    expect(cards.totalDocs).toBe(whole.totalDocs)
    expect(cards.events.map((e) => [e.title, e.href, e.time])).toEqual(
      whole.events.map((e) => [e.title, e.href, e.time]),
    )
    for (const card of cards.events)
      expect(Object.keys(card).sort()).toEqual([
        'hero',
        'href',
        'id',
        'lang',
        'slug',
        'summary',
        'time',
        'title',
        'venue',
      ])
    // Feeds and calendars: the card, its addresses, place and tags; no body, gallery or institutes.
    for (const entry of whole.events) {
      expect(Object.keys(entry)).not.toEqual(expect.arrayContaining(['body']))
      expect(Object.keys(entry).sort()).toEqual(
        [
          ...['createdAt', 'hero', 'href', 'ics', 'id', 'lang', 'location', 'onlineUrl', 'place', 'slug', 'summary'],
          ...['tags', 'time', 'title', 'updatedAt', 'url', 'venue'],
        ].sort(),
      )
      expect(entry.tags.map((t) => t.label)).toContain('Climate')
    }
  })

  test('related events share a tag or cluster', async () => {
    const almaty = await data.getEventBySlug('almaty-all-day', 'en')
    expect(almaty).not.toBeNull()
    const related = await data.relatedEvents(almaty!, 'en')
    expect(related.map((e) => e.title)).toEqual(['New York evening'])
  })

  test('related events come by tag or by cluster, newest first, published only, at most the limit', async () => {
    const kzOnly = { clusters: [ids.kz], startDate: '2030-06-01T08:00:00.000Z', endDate: '2030-06-01T10:00:00.000Z' }
    await ctx.payload.create({ collection: 'events', data: eventData({ title: 'Steppe workshop', ...kzOnly }) })
    await ctx.payload.create({
      collection: 'events',
      draft: true,
      data: eventData({
        _status: 'draft',
        title: 'Steppe draft',
        ...kzOnly,
        startDate: '2030-07-01T08:00:00.000Z',
        endDate: '2030-07-01T10:00:00.000Z',
      }),
    })
    const almaty = (await data.getEventBySlug('almaty-all-day', 'en'))!
    expect((await data.relatedEvents(almaty, 'en')).map((e) => e.title)).toEqual([
      'Steppe workshop',
      'New York evening',
    ])
    expect((await data.relatedEvents(almaty, 'en', 1)).map((e) => e.title)).toEqual(['Steppe workshop'])
  })

  test('facets list the years and countries that have published events', async () => {
    const facets = await data.eventFacets()
    expect(facets.years).toEqual([2030, 2024])
    expect(facets.countries).toEqual(['GE', 'KZ', 'US'])
  })
})

describe('pagination', () => {
  test(`pages of PAGE_SIZE, the same size everywhere`, async () => {
    for (let i = 0; i < PAGE_SIZE + 2; i++) {
      await ctx.payload.create({
        collection: 'events',
        data: eventData({
          title: `Paged ${i}`,
          startDate: `2031-01-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`,
          endDate: `2031-01-${String(i + 1).padStart(2, '0')}T12:00:00.000Z`,
        }),
      })
    }
    const first = await data.listEvents({ locale: 'en', year: 2031 })
    expect(first.events).toHaveLength(PAGE_SIZE)
    expect(first.totalPages).toBe(2)
    const second = await data.listEvents({ locale: 'en', year: 2031, page: 2 })
    expect(second.events).toHaveLength(2)
    expect(second.page).toBe(2)
  })
})

describe('search and taxonomy', () => {
  test('search matches every word, over events and taxonomy, published only', async () => {
    const results = await searching.search('climate', 'en')
    expect(results.tags.map((t) => t.name)).toEqual(['Climate'])
    expect(results.events.map((e) => e.title)).toEqual([])
    const both = await searching.search('york evening', 'en')
    expect(both.events.map((e) => e.title)).toEqual(['New York evening'])
    expect((await searching.search('draft', 'en')).events).toEqual([])
    expect((await searching.search('   ', 'en')).events).toEqual([])
  })

  test('clusters and institutes are found by their city and their country, in any language', async () => {
    const institute = await ctx.payload.create({
      collection: 'institutes',
      data: { name: 'Institut français du Kazakhstan', country: 'FR', city: 'Almaty' },
    })
    const names = async (q: string, locale: 'en' | 'fr' | 'de' = 'en') => {
      const r = await searching.search(q, locale)
      return { clusters: r.clusters.map((c) => c.name), institutes: r.institutes.map((i) => i.name) }
    }
    const cluster = (await taxonomy.getClusterBySlug('eunic-kazakhstan', 'en'))!
    await ctx.payload.update({ collection: 'clusters', id: cluster.id, data: { city: 'Almaty' } })
    expect(await names('almaty')).toEqual({
      clusters: ['EUNIC Kazakhstan'],
      institutes: ['Institut français du Kazakhstan'],
    })
    // By country name: the cluster's country in English, French or German; the institute's country of origin.
    expect((await names('kasachstan', 'de')).clusters).toEqual(['EUNIC Kazakhstan'])
    expect((await names('france')).institutes).toEqual(['Institut français du Kazakhstan'])
    expect(await names('almaty france')).toEqual({ clusters: [], institutes: ['Institut français du Kazakhstan'] })
    await ctx.payload.delete({ collection: 'institutes', id: institute.id })
  })

  test('taxonomy pages by slug, and lists by name', async () => {
    expect((await taxonomy.getTagBySlug('climate', 'en'))?.name).toBe('Climate')
    expect(await taxonomy.getTagBySlug('nope', 'en')).toBeNull()
    expect((await taxonomy.listTags('en')).map((t) => t.name)).toEqual(['Climate', 'Film'])
    const cluster = await taxonomy.getClusterBySlug('eunic-kazakhstan', 'en')
    expect(cluster).toMatchObject({ href: '/clusters/eunic-kazakhstan', kind: 'Cluster' })
    expect(cluster?.facts).toContain('Kazakhstan')
    expect((await taxonomy.getClusterBySlug('eunic-kazakhstan', 'fr'))?.href).toBe('/fr/clusters/eunic-kazakhstan')
  })
})

describe('the events of one tag, cluster, institute or partner', () => {
  const spread = (i: number) => `2032-0${1 + (i % 9)}-${String(10 + i).padStart(2, '0')}T09:00:00.000Z`

  beforeAll(async () => {
    const { payload } = ctx
    const tag = await payload.create({ collection: 'tags', data: { name: 'Many pages' } })
    const host = await payload.create({
      collection: 'institutes',
      data: { name: 'Paging institute', organisation: (await firstOrganisation()).id },
    })
    ids.paging = tag.id
    ids.host = host.id
    // Fifteen events in a scrambled order of dates, two of them on the same day, one a draft, one ending in 2025.
    for (let i = 0; i < 15; i++)
      await payload.create({
        collection: 'events',
        draft: i === 7,
        data: eventData({
          title: `Paging ${i}`,
          ...(i === 7 ? { _status: 'draft' } : {}),
          tags: [tag.id],
          ...(i % 2 ? { hostInstitutes: [host.id] } : {}),
          startDate: i === 14 ? '2025-02-01T09:00:00.000Z' : spread(i === 13 ? 3 : i),
          endDate: i === 14 ? '2025-02-01T11:00:00.000Z' : spread(i === 13 ? 3 : i).replace('T09', 'T12'),
        }),
      })
  })

  /** What Payload's own filter gives for the same list: the reference the page of a relation must match. */
  async function payloadsList(where: object[], sort: string, page: number) {
    const { docs, totalDocs } = await ctx.payload.find({
      collection: 'events',
      where: { and: [{ _status: { equals: 'published' } }, ...where] } as never,
      sort,
      page,
      limit: PAGE_SIZE,
      depth: 0,
    })
    return { titles: docs.map((d) => d.title), totalDocs }
  }

  test.each([
    ['a tag, page 1', { tagId: 'paging' }, [], 1],
    ['a tag, page 2', { tagId: 'paging' }, [], 2],
    ['an institute, upcoming', { hostId: 'host', when: 'upcoming' }, [{ endsAt: { greater_than: NOW } }], 1],
    ['an institute, past', { hostId: 'host', when: 'past' }, [{ endsAt: { less_than_equal: NOW } }], 1],
  ] as const)('%s: the same events, order and count as Payload’s filter', async (_, filter, extra, page) => {
    const [key, name] = Object.entries(filter)[0] as [string, string]
    const relation = key === 'tagId' ? 'tags' : 'hostInstitutes'
    const when = 'when' in filter ? filter.when : undefined
    const list = await data.listEventCards({
      locale: 'en',
      [key]: ids[name],
      when,
      page,
      now: new Date(NOW),
    })
    const expected = await payloadsList(
      [{ [relation]: { in: [ids[name]] } }, ...extra],
      when === 'upcoming' ? 'startDate' : '-startDate',
      page,
    )
    expect(titles(list)).toEqual(expected.titles)
    expect(list.totalDocs).toBe(expected.totalDocs)
    expect(list.totalPages).toBe(Math.ceil(expected.totalDocs / PAGE_SIZE))
  })
})

describe('texts not yet translated', () => {
  const paragraph = (text: string) => ({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
        },
      ],
    },
  })

  test('say their language, so that a page in another language can mark them', async () => {
    const { payload } = ctx
    const translated = await payload.create({ collection: 'tags', data: { name: 'Poetry' } })
    await payload.update({ collection: 'tags', id: translated.id, locale: 'fr', data: { name: 'Poésie' } })
    const untranslated = await payload.create({ collection: 'tags', data: { name: 'Puppetry' } })
    const doc = await payload.create({
      collection: 'events',
      data: eventData({
        title: 'Readings by the river',
        summary: 'Poets read their work.',
        body: paragraph('Bring a blanket.'),
        tags: [translated.id, untranslated.id],
        startDate: '2033-02-01T18:00:00.000Z',
        endDate: '2033-02-01T20:00:00.000Z',
      }),
    })
    await payload.update({
      collection: 'events',
      id: doc.id,
      locale: 'fr',
      data: { title: 'Lectures au bord du fleuve' },
    })
    const slug = doc.slug as string

    const fr = (await data.getEventBySlug(slug, 'fr'))!
    expect([fr.title, fr.summary]).toEqual(['Lectures au bord du fleuve', 'Poets read their work.'])
    expect(fr.lang).toEqual({ summary: 'en', body: 'en' })
    expect(fr.tags.map((t) => [t.label, t.lang])).toEqual([
      ['Poésie', undefined],
      ['Puppetry', 'en'],
    ])
    const de = (await data.getEventBySlug(slug, 'de'))!
    expect(de.lang).toEqual({ title: 'en', summary: 'en', body: 'en' })

    const en = (await data.getEventBySlug(slug, 'en'))!
    expect(en.lang).toEqual({})
    expect(en.tags.map((t) => t.lang)).toEqual([undefined, undefined])

    const cards = await data.listEventCards({ locale: 'fr', tagId: untranslated.id })
    expect(cards.events.map((card) => [card.title, card.lang])).toEqual([
      ['Lectures au bord du fleuve', { summary: 'en' }],
    ])

    // The API answers as before: no note of which texts fell back.
    const api = await payload.findByID({ collection: 'events', id: doc.id, locale: 'fr' })
    expect(api).not.toHaveProperty('fallbackPaths')
  })
})
