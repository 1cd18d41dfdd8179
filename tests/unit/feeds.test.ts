import ical from 'node-ical'
import Parser from 'rss-parser'

import type { FeedEvent } from '@/lib/feed-event'
import { atomFeed, icsCalendar, rssFeed } from '@/lib/feeds'
import { wallTimeToUtc } from '@/lib/zoned-time'

const channel = {
  title: 'EUNIC Events',
  description: 'Events of the network',
  url: 'https://events.example.org/',
  feedUrl: 'https://events.example.org/feed.xml',
  language: 'en',
  host: 'events.example.org',
}

const almaty: FeedEvent = {
  id: '7',
  title: 'Focus meeting for clusters in Central Asia & Caucasus',
  summary: 'Colleagues met in Almaty.',
  url: 'https://events.example.org/events/focus-meeting',
  startDate: wallTimeToUtc('2024-06-25', 'Asia/Almaty').toISOString(),
  endDate: wallTimeToUtc('2024-06-26', 'Asia/Almaty').toISOString(),
  allDay: true,
  timeZone: 'Asia/Almaty',
  location: 'Goethe-Institut Kasachstan, Almaty, Kazakhstan',
  categories: ['Clusters', 'Climate'],
  image: 'https://events.example.org/api/photos/file/group-1200x630.jpg',
  createdAt: '2024-05-01T10:00:00.000Z',
  updatedAt: '2024-07-01T10:00:00.000Z',
}

const berlin: FeedEvent = {
  ...almaty,
  id: '8',
  title: 'Evening talk',
  url: 'https://events.example.org/events/evening-talk',
  startDate: wallTimeToUtc('2030-03-05T18:30', 'Europe/Berlin').toISOString(),
  endDate: wallTimeToUtc('2030-03-05T21:00', 'Europe/Berlin').toISOString(),
  allDay: false,
  timeZone: 'Europe/Berlin',
  location: 'Goethe-Institut, Berlin, Germany',
  categories: [],
  image: undefined,
}

const vevents = (text: string) =>
  Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === 'VEVENT')

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
    expect(b.start.toISOString()).toBe(berlin.startDate)
    expect(b.end?.toISOString()).toBe(berlin.endDate)
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

  test('an empty feed is still valid', async () => {
    const feed = await parser.parseString(rssFeed(channel, []))
    expect(feed.items).toEqual([])
  })
})
