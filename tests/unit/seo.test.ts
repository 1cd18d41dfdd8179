import { eventView } from '@/data/views/event'
import { eventJsonLd } from '@/feeds/json-ld'
import { buildMetadata } from '@/data/seo'
import { isoWithOffset, wallTimeToUtc } from '@/lib/time/zoned-time'
import type { Event } from '@/payload-types'

const base = {
  id: 1,
  slug: 'focus-meeting',
  title: 'Focus meeting',
  summary: 'Colleagues met in Almaty.',
  startDate: wallTimeToUtc('2024-06-25', 'Asia/Almaty').toISOString(),
  startDate_tz: 'Asia/Almaty',
  endDate: wallTimeToUtc('2024-06-26', 'Asia/Almaty').toISOString(),
  endDate_tz: 'Asia/Almaty',
  allDay: true,
  venue: { name: 'Goethe-Institut Kasachstan', city: 'Almaty', country: 'KZ' },
  heroPhoto: {
    id: 3,
    alt: 'Group',
    credit: 'L. T.',
    url: '/api/photos/file/g.jpg',
    width: 2400,
    height: 1600,
    sizes: { og: { url: '/api/photos/file/g-1200x630.jpg', width: 1200, height: 630 } },
  },
  gallery: [],
  tags: [{ id: 1, name: 'Climate', slug: 'climate' }],
  hostInstitutes: [
    {
      id: 2,
      name: 'Goethe-Institut Kasachstan',
      slug: 'gi-kz',
      organisation: { id: 3, name: 'Goethe-Institut', slug: 'goethe-institut', membership: 'full' } as never,
      website: 'https://www.goethe.de/ins/kz/',
    },
  ],
  partners: [
    { id: 4, name: 'European Spaces of Culture', slug: 'esc', kind: 'funding-programme' },
    { id: 5, name: 'Dybys', slug: 'dybys', kind: 'project' },
  ],
  updatedAt: '2024-07-01T00:00:00.000Z',
  createdAt: '2024-05-01T00:00:00.000Z',
} as unknown as Event

const jsonLd = (doc: Event, locale: 'en' | 'fr' = 'en') => eventJsonLd(eventView(doc, locale), locale)

describe('schema.org Event', () => {
  test('an all-day event at a venue', () => {
    const ld = jsonLd(base) as Record<string, any>
    expect(ld['@context']).toBe('https://schema.org')
    expect(ld['@type']).toBe('Event')
    expect(ld.startDate).toBe('2024-06-25')
    expect(ld.endDate).toBe('2024-06-26')
    expect(ld.eventStatus).toBe('https://schema.org/EventScheduled')
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode')
    expect(ld.location).toMatchObject({
      '@type': 'Place',
      name: 'Goethe-Institut Kasachstan',
      address: { addressCountry: 'KZ' },
    })
    expect(ld.image).toEqual(['http://localhost:3000/api/photos/file/g-1200x630.jpg'])
    expect(ld.organizer).toEqual([
      { '@type': 'Organization', name: 'Goethe-Institut Kasachstan', url: 'https://www.goethe.de/ins/kz/' },
    ])
    expect(ld.sponsor.map((s: { name: string }) => s.name)).toEqual(['European Spaces of Culture'])
    expect(ld.url).toBe('http://localhost:3000/events/focus-meeting')
  })

  test('a timed hybrid event has offsets and both locations; an online-only one a VirtualLocation', () => {
    const start = wallTimeToUtc('2030-03-05T18:30', 'Europe/Paris').toISOString()
    const hybrid = jsonLd(
      {
        ...base,
        allDay: false,
        startDate: start,
        endDate: start,
        startDate_tz: 'Europe/Paris',
        onlineUrl: 'https://stream.example.org',
      } as Event,
      'fr',
    ) as Record<string, any>
    expect(hybrid.startDate).toBe('2030-03-05T18:30:00+01:00')
    expect(hybrid.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode')
    expect(hybrid.location.map((l: { '@type': string }) => l['@type'])).toEqual(['Place', 'VirtualLocation'])
    expect(hybrid.url).toBe('http://localhost:3000/fr/events/focus-meeting')
    const online = jsonLd({ ...base, venue: {}, onlineUrl: 'https://stream.example.org' } as Event, 'en') as Record<
      string,
      any
    >
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url: 'https://stream.example.org' })
  })

  test('isoWithOffset handles summer time and UTC', () => {
    expect(isoWithOffset('2030-07-01T10:00:00.000Z', 'Europe/Berlin')).toBe('2030-07-01T12:00:00+02:00')
    expect(isoWithOffset('2030-07-01T10:00:00.000Z', 'UTC')).toBe('2030-07-01T10:00:00+00:00')
  })
})

describe('page metadata', () => {
  test('canonical, hreflang alternates with x-default, Open Graph and Twitter with the og image', () => {
    const meta = buildMetadata({
      siteName: 'EUNIC Events',
      locale: 'fr',
      path: '/fr/events/focus-meeting',
      title: 'Réunion',
      description: 'Résumé',
      image: { alt: 'Groupe', sizes: { og: { src: '/api/photos/file/g-1200x630.jpg', width: 1200, height: 630 } } },
      type: 'article',
    })
    expect(meta.alternates?.canonical).toBe('/fr/events/focus-meeting')
    expect(meta.alternates?.languages).toEqual({
      en: '/events/focus-meeting',
      fr: '/fr/events/focus-meeting',
      de: '/de/events/focus-meeting',
      'x-default': '/events/focus-meeting',
    })
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      locale: 'fr_FR',
      url: '/fr/events/focus-meeting',
      siteName: 'EUNIC Events',
    })
    expect((meta.openGraph as { images: unknown[] }).images).toEqual([
      { url: 'http://localhost:3000/api/photos/file/g-1200x630.jpg', width: 1200, height: 630, alt: 'Groupe' },
    ])
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image' })
  })
})
