import { dateRangeError } from '@/lib/time/date-range'
import { databaseAdapter, databaseKind } from '@/db/adapter'
import { PLACEHOLDER_SECRET, readConfig } from '@/config'
import { messages } from '@/lib/i18n/messages'
import { PAGE_SIZE, pageParam, pastLastPage } from '@/lib/query/pagination'
import { partnerKindLabel } from '@/lib/i18n/partner-kinds'
import { regionLabel } from '@/lib/i18n/regions'
import { populated } from '@/lib/relations'
import { SLUG_PATTERN, slugify } from '@/lib/text/slugify'

describe('slugify', () => {
  test.each([
    [
      'Focus meeting for clusters in Central Asia & Caucasus',
      'focus-meeting-for-clusters-in-central-asia-and-caucasus',
    ],
    ['Café Müller – Straße', 'cafe-muller-strasse'],
    ['  EU  Relations!! ', 'eu-relations'],
    ['Łódź, Ærø', 'lodz-aero'],
    ['Қазақстан', ''],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug)
    if (slug) expect(SLUG_PATTERN.test(slug)).toBe(true)
  })

  test('caps the length without a trailing hyphen', () => {
    const slug = slugify('word '.repeat(60))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('dateRangeError', () => {
  test('refuses an end before the start, allows equal and later', () => {
    expect(dateRangeError('2030-01-02', '2030-01-01')).toMatch(/end cannot come before the start/)
    expect(dateRangeError('2030-01-01T10:00Z', '2030-01-01T10:00Z')).toBeNull()
    expect(dateRangeError('2030-01-01', '2030-01-03')).toBeNull()
    expect(dateRangeError('2030-01-01', null)).toBeNull()
  })
})

describe('databaseKind', () => {
  test.each([
    [undefined, 'sqlite'],
    ['file:./data/x.db', 'sqlite'],
    ['postgres://u@h/db', 'postgres'],
    ['postgresql://u@h/db', 'postgres'],
    ['mongodb://h/db', 'mongodb'],
    ['mongodb+srv://h/db', 'mongodb'],
  ])('%s → %s', (uri, kind) => expect(databaseKind(uri)).toBe(kind))

  test('each kind builds its adapter (MongoDB too, though no server runs here)', () => {
    const name = (uri: string | undefined) => (databaseAdapter({ uri, production: false }) as { name: string }).name
    expect(name('file:/tmp/eunic-unit-test.db')).toBe('sqlite')
    expect(name('postgres://u@127.0.0.1:5432/db')).toBe('postgres')
    expect(name('mongodb://127.0.0.1:27017/db?replicaSet=rs0')).toBe('mongoose')
    expect(
      (databaseAdapter({ uri: 'mongodb://127.0.0.1/db', production: false }) as { defaultIDType: string })
        .defaultIDType,
    ).toBe('text')
  })

  test('an unknown scheme is refused with its name', () => {
    expect(() => databaseKind('mysql://h/db')).toThrow(/mysql:/)
  })
})

describe('readConfig', () => {
  const good = 'x'.repeat(40)
  test('production needs a real secret', () => {
    expect(() => readConfig({ NODE_ENV: 'production' }).payloadSecret).toThrow(/PAYLOAD_SECRET is not set/)
    expect(() => readConfig({ NODE_ENV: 'production', PAYLOAD_SECRET: PLACEHOLDER_SECRET }).payloadSecret).toThrow(
      /default value/,
    )
    expect(() => readConfig({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' }).payloadSecret).toThrow(/too short/)
    expect(readConfig({ NODE_ENV: 'production', PAYLOAD_SECRET: good }).payloadSecret).toBe(good)
  })

  test('the build step and development do without one', () => {
    expect(readConfig({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }).payloadSecret).toBeTruthy()
    expect(readConfig({ NODE_ENV: 'development' }).payloadSecret.length).toBeGreaterThan(20)
  })

  test('the server URL must be http(s)', () => {
    expect(readConfig({ NEXT_PUBLIC_SERVER_URL: 'https://events.example.org/' }).serverUrl).toBe(
      'https://events.example.org',
    )
    expect(() => readConfig({ NEXT_PUBLIC_SERVER_URL: 'ftp://x' })).toThrow(/NEXT_PUBLIC_SERVER_URL/)
    expect(readConfig({}).serverUrl).toBe('http://localhost:3000')
    expect(readConfig({ PORT: '3200' }).serverUrl).toBe('http://localhost:3200')
  })
})

describe('pagination and relations', () => {
  test('pageParam accepts positive integers only', () => {
    expect(pageParam('3')).toBe(3)
    expect(pageParam(['2', '5'])).toBe(2)
    for (const bad of [undefined, '0', '-1', '1.5', 'abc']) expect(pageParam(bad)).toBe(1)
    expect(PAGE_SIZE).toBeGreaterThan(0)
  })

  test('populated keeps only documents', () => {
    expect(populated<{ id: number }>([{ id: 1 }, 2, { id: 3 }])).toEqual([{ id: 1 }, { id: 3 }])
    expect(populated<{ id: number }>(null)).toEqual([])
  })
})

describe('option labels', () => {
  test('in the reader’s language, English by default, empty for unknown codes', () => {
    expect(regionLabel('central-asia-caucasus')).toBe('Central Asia & Caucasus')
    expect(regionLabel('central-asia-caucasus', 'fr')).toBe('Asie centrale et Caucase')
    expect(partnerKindLabel('funding-programme', 'de')).toBe('Förderprogramm')
    expect(partnerKindLabel('nonsense', 'de')).toBe('')
    expect(regionLabel(null)).toBe('')
  })
})

describe('French typography', () => {
  test('a colon in French words follows a no-break space', () => {
    const fr = messages('fr')
    const texts = Object.entries(fr).flatMap(([key, value]): [string, string][] =>
      typeof value === 'string' ? [[key, value]] : typeof value === 'object' ? Object.entries(value) : [],
    )
    expect(texts.length).toBeGreaterThan(80)
    const wrong = texts.filter(([, text]) => /(^|[^\u00a0])[:;?!»]/.test(text) || /«(?!\u00a0)/.test(text))
    expect(wrong).toEqual([])
    expect(fr.colon).toBe('\u00a0:')
    expect(messages('en').colon).toBe(':')
  })
})

describe('counted words and sentence templates', () => {
  test('plural forms follow each language (French counts 0 and 1 as singular)', () => {
    const count = (locale: 'en' | 'fr' | 'de', n: number) => messages(locale).count(messages(locale).eventCount, n)
    expect(count('en', 0)).toBe('0 events')
    expect(count('en', 1)).toBe('1 event')
    expect(count('en', 1200)).toBe('1,200 events')
    expect(count('fr', 0)).toBe('0\u00a0événement')
    expect(count('fr', 1)).toBe('1\u00a0événement')
    expect(count('fr', 2)).toBe('2\u00a0événements')
    expect(count('de', 1)).toBe('1 Veranstaltung')
    expect(count('de', 3)).toBe('3 Veranstaltungen')
  })

  test('templates fill their blanks and leave unknown ones visible', () => {
    const t = messages('de')
    expect(t.fill(t.pageOf, { page: 2, pages: 5 })).toBe('Seite 2 von 5')
    expect(t.fill(messages('fr').resultsFor, { q: 'almaty' })).toBe('Résultats pour «\u00a0almaty\u00a0»')
    expect(t.fill('{a} and {b}', { a: 1 })).toBe('1 and {b}')
  })
})

test('past the last page: page 1 always exists, the others only up to the last', () => {
  expect(pastLastPage(1, 0)).toBe(false)
  expect(pastLastPage(2, 0)).toBe(true)
  expect(pastLastPage(3, 3)).toBe(false)
  expect(pastLastPage(4, 3)).toBe(true)
})
