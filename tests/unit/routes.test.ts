import { filtersOfQuery, filtersOfSegments, parseEventFilters } from '@/lib/query/event-filters'
import {
  absoluteUrl,
  addressInLocale,
  alternates,
  filteredEventsPage,
  isFilteredEventsPage,
  tagArchiveSlug,
  eventsQuery,
  routes,
  languageLink,
  splitLocale,
  switchLocale,
} from '@/lib/routes'
import { laterPage } from '@/lib/query/pagination'

describe('routes', () => {
  test('English at the root, other languages under their prefix', () => {
    expect(routes('en').home()).toBe('/')
    expect(routes('fr').home()).toBe('/fr')
    expect(routes().event('focus-meeting')).toBe('/events/focus-meeting')
    expect(routes('de').event('focus-meeting')).toBe('/de/events/focus-meeting')
    expect(routes('fr').eventIcs('x')).toBe('/fr/events/x/event.ics')
    expect(routes('en').tagFeed('climate')).toBe('/tags/climate/feed.xml')
    expect(routes('de').cluster('eunic-georgia')).toBe('/de/clusters/eunic-georgia')
  })

  test('pagination and escaping', () => {
    expect(routes().tag('climate', 1)).toBe('/tags/climate')
    expect(routes().tag('climate', 3)).toBe('/tags/climate/page/3')
    expect(routes('fr').tag('climate', 2)).toBe('/fr/tags/climate/page/2')
    expect(routes().event('a b/c')).toBe('/events/a%20b%2Fc')
    expect(routes('fr').search('Café & co')).toBe('/fr/search?q=Caf%C3%A9%20%26%20co')
  })

  test('events lists have one canonical query string', () => {
    expect(routes().events()).toBe('/events')
    expect(routes().events({ when: 'upcoming', page: 1 })).toBe('/events')
    expect(routes('fr').events({ when: 'past', tag: 'climate', year: 2024, page: 2 })).toBe(
      '/fr/events?when=past&tag=climate&year=2024&page=2',
    )
    expect(routes().eventsIcs({ cluster: 'eunic-kazakhstan', country: 'KZ' })).toBe(
      '/events.ics?cluster=eunic-kazakhstan&country=KZ',
    )
    expect(eventsQuery({})).toBe('')
  })

  test('switching language keeps the page', () => {
    expect(splitLocale('/fr/events/x')).toEqual({ locale: 'fr', rest: '/events/x' })
    expect(splitLocale('/events/x')).toEqual({ locale: 'en', rest: '/events/x' })
    expect(switchLocale('/events/x', 'de')).toBe('/de/events/x')
    expect(switchLocale('/fr/events/x', 'en')).toBe('/events/x')
    expect(switchLocale('/fr', 'en')).toBe('/')
    expect(switchLocale('/', 'fr')).toBe('/fr')
    expect(alternates('/tags/climate')).toEqual({ en: '/tags/climate', fr: '/fr/tags/climate', de: '/de/tags/climate' })
  })

  test('switching language keeps the search and the filters, not the page number', () => {
    expect(languageLink('/search', 'fr', 'q=almaty')).toBe('/fr/search?q=almaty')
    expect(languageLink('/de/events', 'en', 'tag=climate&country=KZ&page=3')).toBe('/events?tag=climate&country=KZ')
    expect(languageLink('/fr/events', 'de', 'page=2')).toBe('/de/events')
    expect(languageLink('/search', 'fr', 'q=caf%C3%A9+culture')).toBe('/fr/search?q=caf%C3%A9+culture')
    expect(languageLink('/fr/tags/climate/page/3', 'de')).toBe('/de/tags/climate')
    expect(alternates('/tags/climate/page/2').fr).toBe('/fr/tags/climate/page/2')
  })

  test('absolute URLs use the configured server', () => {
    expect(absoluteUrl('/events/x', 'https://events.example.org')).toBe('https://events.example.org/events/x')
  })
})

describe('parseEventFilters', () => {
  test('keeps what is well formed, drops the rest', () => {
    expect(
      parseEventFilters({
        when: 'past',
        tag: 'climate',
        cluster: 'eunic-georgia',
        country: 'ge',
        year: '2024',
        page: '2',
      }),
    ).toEqual({ when: 'past', tag: 'climate', cluster: 'eunic-georgia', country: 'GE', year: 2024, page: 2 })
    expect(parseEventFilters({ when: 'soon', tag: '<script>', country: 'Georgia', year: 'abc', page: '-3' })).toEqual(
      {},
    )
    expect(parseEventFilters({ tag: ['a', 'b'] })).toEqual({ tag: 'a' })
  })
})

describe('page numbers in an archive address', () => {
  test('page 2 and later, written plainly; page 1 has none', () => {
    expect(laterPage('2')).toBe(2)
    expect(laterPage('120')).toBe(120)
    for (const wrong of ['1', '0', '02', '-2', '2.5', 'two', '', '9999999']) expect(laterPage(wrong)).toBeUndefined()
  })
})

describe('the events index with filters, kept as a page per set of filters', () => {
  test('one address per set of filters, in their canonical order; none without filters', () => {
    const filters = filtersOfQuery(new URLSearchParams('year=2024&utm=x&tag=climate&when=past&page=2&tag=other'))
    expect(filteredEventsPage('fr', filters)).toBe('/fr/event-list/when/past/tag/climate/year/2024/page/2')
    expect(filteredEventsPage('en', filtersOfQuery(new URLSearchParams('page=1&utm_source=mail')))).toBeUndefined()
  })

  test('the filters read back from that address are the ones it was made from, and the switcher shows /events', () => {
    const filters = { when: 'past', cluster: 'eunic-kazakhstan', country: 'KZ', page: 3 } as const
    const segments = filteredEventsPage('en', filters)!.split('/').slice(2)
    expect(filtersOfSegments(segments.slice(1))).toEqual(filters)
    expect(addressInLocale(segments)).toEqual({
      path: '/events',
      query: 'when=past&cluster=eunic-kazakhstan&country=KZ&page=3',
    })
    // As Next hands the segments below a layout: a catch-all's parts as one value.
    expect(addressInLocale(['event-list', 'tag/climate/year/2024'])).toEqual({
      path: '/events',
      query: 'tag=climate&year=2024',
    })
    expect(addressInLocale(['events', 'a b'])).toEqual({ path: '/events/a%20b', query: '' })
    expect(isFilteredEventsPage('/event-list/when/past')).toBe(true)
    expect(isFilteredEventsPage('/events')).toBe(false)
    expect([tagArchiveSlug('/tags/caf%C3%A9'), tagArchiveSlug('/tags/x/page/2'), tagArchiveSlug('/tags/%E0')]).toEqual([
      'café',
      undefined,
      undefined,
    ])
  })
})
