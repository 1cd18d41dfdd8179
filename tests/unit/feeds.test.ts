import ical from 'node-ical'
import Parser from 'rss-parser'

import { type EventView, eventView } from '@/data/views/event'
import { fold, icsCalendar } from '@/feeds/ics'
import { atomFeed, jsonFeed, rssFeed } from '@/feeds/news'
import { wallTimeToUtc } from '@/lib/time/zoned-time'
import type { Event } from '@/payload-types'

const channel = {
  title: 'EUNIC Events',
  description: 'Events of the network',
  url: 'https://events.example.org/',
  feedUrl: 'https://events.example.org/feed.xml',
  language: 'en',
  host: 'events.example.org',
}

const photo = {
  id: 3,
  alt: 'Group',
  credit: 'L. T.',
  url: '/api/photos/file/group.jpg',
  width: 2400,
  height: 1600,
  sizes: { og: { url: '/api/photos/file/group-1200x630.jpg', width: 1200, height: 630 } },
  updatedAt: '2024-05-01T10:00:00.000Z',
}

const almatyDoc = {
  id: 7,
  slug: 'focus-meeting',
  title: 'Focus meeting for clusters in Central Asia & Caucasus',
  summary: 'Colleagues met in Almaty.',
  startDate: wallTimeToUtc('2024-06-25', 'Asia/Almaty').toISOString(),
  endDate: wallTimeToUtc('2024-06-26', 'Asia/Almaty').toISOString(),
  startDate_tz: 'Asia/Almaty',
  allDay: true,
  venue: { name: 'Goethe-Institut Kasachstan', city: 'Almaty', country: 'KZ' },
  heroPhoto: photo,
  tags: [
    { id: 1, name: 'Clusters', slug: 'clusters' },
    { id: 2, name: 'Climate', slug: 'climate' },
  ],
  createdAt: '2024-05-01T10:00:00.000Z',
  updatedAt: '2024-07-01T10:00:00.000Z',
} as unknown as Event

/** The events as the site hands them to a feed, at the address of a site on the web. */
const onSite = (doc: Event, path: string): EventView => ({
  ...eventView(doc, 'en'),
  url: `https://events.example.org${path}`,
})

const almaty = onSite(almatyDoc, '/events/focus-meeting')

const berlin = onSite(
  {
    ...almatyDoc,
    id: 8,
    slug: 'evening-talk',
    title: 'Evening talk',
    startDate: wallTimeToUtc('2030-03-05T18:30', 'Europe/Berlin').toISOString(),
    endDate: wallTimeToUtc('2030-03-05T21:00', 'Europe/Berlin').toISOString(),
    startDate_tz: 'Europe/Berlin',
    allDay: false,
    venue: { name: 'Goethe-Institut', city: 'Berlin', country: 'DE' },
    heroPhoto: null,
    tags: [],
  } as unknown as Event,
  '/events/evening-talk',
)

const vevents = (text: string) =>
  Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === 'VEVENT')

describe('dates are written by formatters made once', () => {
  test('a calendar of many events makes no new date formatter per event', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...(i % 2 ? almaty : berlin), id: 100 + i }))
    icsCalendar(channel, many.slice(0, 2))
    const Original = Intl.DateTimeFormat
    let made = 0
    const counting = function (this: unknown, ...args: ConstructorParameters<typeof Original>) {
      made += 1
      return new Original(...args)
    } as unknown as typeof Intl.DateTimeFormat
    Object.assign(counting, Original)
    Intl.DateTimeFormat = counting
    let written = ''
    try {
      written = icsCalendar(channel, many)
    } finally {
      Intl.DateTimeFormat = Original
    }
    expect(made).toBe(0)
    expect(vevents(written)).toHaveLength(60)
  })
})

describe('iCalendar, read back by node-ical', () => {
  const text = icsCalendar(channel, [almaty, berlin])

  test('stable UIDs, titles, URLs, locations, categories', () => {
    const [a, b] = vevents(text)
    expect(a.uid).toBe('event-7@events.example.org')
    expect(b.uid).toBe('event-8@events.example.org')
    expect(a.summary).toBe(almaty.title)
    const url = a.url as unknown as string | { val: string }
    expect(typeof url === 'object' ? url.val : url).toBe(almaty.url)
    expect(a.location).toBe(almaty.location)
    expect(a.categories).toEqual(['Clusters', 'Climate'])
    expect(a.description).toContain(almaty.url)
  })

  test('an all-day event is two whole days, end exclusive', () => {
    expect(text).toContain('DTSTART;VALUE=DATE:20240625')
    expect(text).toContain('DTEND;VALUE=DATE:20240627')
    const [a] = vevents(text)
    expect(a.datetype).toBe('date')
  })

  test('a timed event carries its TZID, a VTIMEZONE, and the right instants', () => {
    expect(text).toMatch(/DTSTART;TZID=Europe\/Berlin:20300305T183000/)
    expect(text).toContain('BEGIN:VTIMEZONE')
    expect(text).toContain('TZID:Europe/Berlin')
    const [, b] = vevents(text)
    expect(b.start.toISOString()).toBe(berlin.time.start)
    expect(b.end?.toISOString()).toBe(berlin.time.end)
  })
})

describe('iCalendar lines', () => {
  const octets = (line: string) => Buffer.byteLength(line, 'utf8')

  test('long lines fold at 75 octets, never inside a character, and unfold to the same text', () => {
    const line = `DESCRIPTION:${'Ünïcödé – 文化の対話 🎭 '.repeat(12)}`
    const folded = fold(line)
    const physical = folded.split('\r\n')
    expect(physical.length).toBeGreaterThan(3)
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75)
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true)
    expect(physical.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line)
    expect(fold('SUMMARY:short')).toBe('SUMMARY:short')
  })

  test('text with commas, semicolons, backslashes and line breaks reads back as written', () => {
    const title = 'Film; talk, and a \\ backslash\non two lines'
    const odd = { ...berlin, id: 9, title, tags: [{ id: 1, slug: 'a', label: 'A, b;c', href: '/tags/a' }] }
    const text = icsCalendar({ ...channel, title: 'Events; all, of them' }, [odd])
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    const [event] = vevents(text)
    expect(event.summary).toBe(title)
    // node-ical splits categories at every comma, escaped or not: the line itself is checked.
    expect(text).toContain('CATEGORIES:A\\, b\\;c\r\n')
    expect(Object.values(ical.sync.parseICS(text)).find((c) => c?.type === 'VTIMEZONE')).toBeTruthy()
  })
})

describe('RSS and Atom, read back by rss-parser', () => {
  const parser = new Parser()

  test('RSS 2.0', async () => {
    const feed = await parser.parseString(rssFeed(channel, [almaty, berlin]))
    expect(feed.title).toBe('EUNIC Events')
    expect(feed.items.map((i) => i.title)).toEqual([almaty.title, berlin.title])
    expect(feed.items[0].link).toBe(almaty.url)
    expect(feed.items[0].guid).toBe(almaty.url)
    expect(feed.items[0].categories).toEqual(['Clusters', 'Climate'])
    expect(feed.items[0].contentSnippet ?? feed.items[0].content).toContain('Colleagues met in Almaty.')
  })

  test('Atom', async () => {
    const text = atomFeed({ ...channel, feedUrl: 'https://events.example.org/atom.xml' }, [almaty])
    expect(text).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
    const feed = await parser.parseString(text)
    expect(feed.items[0].title).toBe(almaty.title)
    expect(feed.items[0].link).toBe(almaty.url)
  })

  test('a control character stored in a title or a tag is never written: the feeds stay XML, the calendar text', async () => {
    const broken = onSite(
      {
        ...almatyDoc,
        id: 9,
        title: 'Bell\u0007 and nul\u0000 and \uFFFF in a title',
        summary: 'Form\u000Cfeed \uD800 lone',
        tags: [{ id: 3, name: 'Escape\u001B', slug: 'escape' }],
      } as unknown as Event,
      '/events/broken',
    )
    // eslint-disable-next-line no-control-regex -- the control characters are what the test looks for
    const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/
    for (const text of [rssFeed(channel, [broken]), atomFeed(channel, [broken]), icsCalendar(channel, [broken])])
      expect(forbidden.test(text)).toBe(false)
    const feed = await parser.parseString(rssFeed(channel, [broken]))
    expect(feed.items[0].title).toBe('Bell and nul and  in a title')
    expect(vevents(icsCalendar(channel, [broken]))[0].summary).toBe('Bell and nul and  in a title')
  })

  test('an empty feed is still valid', async () => {
    const feed = await parser.parseString(rssFeed(channel, []))
    expect(feed.items).toEqual([])
  })
})

describe('JSON Feed 1.1', () => {
  test("the standard fields, and each event's dates and place under _event", () => {
    const feed = JSON.parse(jsonFeed({ ...channel, feedUrl: 'https://events.example.org/feed.json' }, [almaty]))
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.feed_url).toBe('https://events.example.org/feed.json')
    const [item] = feed.items
    expect(item).toMatchObject({
      id: almaty.url,
      url: almaty.url,
      title: almaty.title,
      tags: ['Clusters', 'Climate'],
      image:
        'https://events.example.org/api/photos/file/group-1200x630.jpg?v=' + Date.parse(photo.updatedAt).toString(36),
    })
    expect(item._event).toMatchObject({
      start: almaty.time.start,
      all_day: true,
      time_zone: 'Asia/Almaty',
      place: 'Goethe-Institut Kasachstan, Almaty, Kazakhstan',
      calendar_url: 'https://events.example.org/events/focus-meeting/event.ics',
    })
  })
})
