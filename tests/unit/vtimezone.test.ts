import ical from 'node-ical'

import { eventFeedView } from '@/data/views/event'
import { icsCalendar } from '@/feeds/ics'
import { offsetMinutes, vtimezone } from '@/lib/time/vtimezone'
import { wallTimeToUtc } from '@/lib/time/zoned-time'
import type { Event } from '@/payload-types'

/** The observances of a VTIMEZONE as [kind, DTSTART, from, to]. */
function observances(lines: string[]) {
  const out: string[][] = []
  let current: string[] | undefined
  for (const line of lines) {
    const begin = /^BEGIN:(STANDARD|DAYLIGHT)$/.exec(line)
    if (begin) current = [begin[1]]
    else if (/^(DTSTART|TZOFFSETFROM|TZOFFSETTO):/.test(line)) current?.push(line.split(':')[1])
    else if (/^END:(STANDARD|DAYLIGHT)$/.test(line) && current) out.push(current)
  }
  return out
}

describe('VTIMEZONE from the runtime’s own zone rules', () => {
  test('Almaty in 2025 is +05:00 all year (Kazakhstan moved from +06:00 in March 2024)', () => {
    expect(observances(vtimezone('Asia/Almaty', 2025, 2025))).toEqual([
      ['STANDARD', expect.any(String), '+0500', '+0500'],
    ])
    expect(observances(vtimezone('Asia/Almaty', 2024, 2024))).toEqual([
      ['STANDARD', expect.any(String), '+0600', '+0600'],
      ['STANDARD', '20240301T000000', '+0600', '+0500'],
    ])
  })

  test('summer time: Berlin, New York, Sydney (southern), and a zone without it (Kolkata, +05:30)', () => {
    expect(observances(vtimezone('Europe/Berlin', 2030, 2030)).slice(1)).toEqual([
      ['DAYLIGHT', '20300331T020000', '+0100', '+0200'],
      ['STANDARD', '20301027T030000', '+0200', '+0100'],
    ])
    expect(observances(vtimezone('America/New_York', 2030, 2030)).slice(1)).toEqual([
      ['DAYLIGHT', '20300310T020000', '-0500', '-0400'],
      ['STANDARD', '20301103T020000', '-0400', '-0500'],
    ])
    expect(observances(vtimezone('Australia/Sydney', 2030, 2030)).slice(1)).toEqual([
      ['STANDARD', '20300407T030000', '+1100', '+1000'],
      ['DAYLIGHT', '20301006T020000', '+1000', '+1100'],
    ])
    expect(observances(vtimezone('Asia/Kolkata', 2030, 2031))).toEqual([
      ['STANDARD', expect.any(String), '+0530', '+0530'],
    ])
  })

  test('offsets are read to the minute, west negative', () => {
    expect(offsetMinutes('Asia/Kathmandu', Date.UTC(2030, 0, 1))).toBe(345)
    expect(offsetMinutes('America/St_Johns', Date.UTC(2030, 0, 1))).toBe(-210)
    expect(offsetMinutes('UTC', Date.UTC(2030, 0, 1))).toBe(0)
  })
})

test('a calendar of an Almaty event in 2025 describes its zone, and a reader finds the right instant', () => {
  const start = wallTimeToUtc('2025-06-25T10:00', 'Asia/Almaty').toISOString()
  const end = wallTimeToUtc('2025-06-25T18:00', 'Asia/Almaty').toISOString()
  expect(start).toBe('2025-06-25T05:00:00.000Z')
  const doc = {
    id: 1,
    slug: 'almaty',
    title: 'Almaty 2025',
    startDate: start,
    endDate: end,
    startDate_tz: 'Asia/Almaty',
    endDate_tz: 'Asia/Almaty',
    allDay: false,
    tags: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  } as unknown as Event
  const text = icsCalendar(
    {
      title: 'Events',
      description: '',
      url: 'https://e.example/',
      feedUrl: 'https://e.example/events.ics',
      language: 'en',
      host: 'e.example',
    },
    [{ ...eventFeedView(doc, 'en'), url: 'https://e.example/events/almaty' }],
  )
  // Every TZID the file names has its VTIMEZONE, at +05:00.
  const named = new Set([...text.matchAll(/;TZID=([^:;]+)/g)].map((m) => m[1]))
  for (const zone of named) expect(text).toContain(`TZID:${zone}\r\n`)
  expect(text).toContain('DTSTART;TZID=Asia/Almaty:20250625T100000')
  expect(text).toMatch(/TZOFFSETTO:\+0500/)
  expect(text).not.toMatch(/TZOFFSETTO:\+0600/)
  const event = Object.values(ical.sync.parseICS(text)).find((c) => c?.type === 'VEVENT') as ical.VEvent
  expect(event.start.toISOString()).toBe(start)
})
