import { eventTime, type EventTiming } from '@/lib/time/event-time'
import { dateInZone } from '@/lib/time/days'
import { formatEventDates as formatTime } from '@/lib/time/format'
import type { Locale } from '@/lib/i18n/locales'
import { wallTimeToUtc } from '@/lib/time/zoned-time'

const squash = (s: string) => s.replace(/\s+/g, ' ')
const formatEventDates = (timing: EventTiming, locale?: Locale) => formatTime(eventTime(timing), locale)

describe('formatEventDates', () => {
  test('an all-day event over two days, in its own time zone', () => {
    const text = formatEventDates({
      startDate: '2024-06-24T19:00:00.000Z',
      endDate: '2024-06-25T19:00:00.000Z',
      startDate_tz: 'Asia/Almaty',
      allDay: true,
    })
    expect(squash(text)).toMatch(/^25 ?– ?26 June 2024$/)
  })

  test('the same instants read in UTC would be a day earlier: the event zone wins', () => {
    expect(dateInZone('2024-06-24T19:00:00.000Z', 'Asia/Almaty')).toBe('2024-06-25')
    expect(dateInZone('2024-06-24T19:00:00.000Z', 'UTC')).toBe('2024-06-24')
  })

  test('a timed event shows its times and zone offset', () => {
    const start = wallTimeToUtc('2030-03-05T18:30', 'Europe/Paris').toISOString()
    const end = wallTimeToUtc('2030-03-05T21:00', 'Europe/Paris').toISOString()
    const text = squash(formatEventDates({ startDate: start, endDate: end, startDate_tz: 'Europe/Paris' }))
    expect(text).toContain('5 March 2030')
    expect(text).toMatch(/18:30 ?– ?21:00/)
    expect(text).toMatch(/GMT\+1$/)
  })

  test('French and German', () => {
    const timing = {
      startDate: '2024-06-24T19:00:00.000Z',
      endDate: '2024-06-25T19:00:00.000Z',
      startDate_tz: 'Asia/Almaty',
      allDay: true,
    }
    expect(squash(formatEventDates(timing, 'fr'))).toMatch(/25 ?– ?26 juin 2024/)
    expect(squash(formatEventDates(timing, 'de'))).toMatch(/25\. ?– ?26\. Juni 2024/)
  })

  test('one place fills in a missing end and an unknown zone, and refuses a start that is not a date', () => {
    expect(eventTime({ startDate: '2030-01-01T10:00:00.000Z', startDate_tz: 'Mars/Olympus' })).toEqual({
      start: '2030-01-01T10:00:00.000Z',
      end: '2030-01-01T10:00:00.000Z',
      allDay: false,
      timeZone: 'UTC',
    })
    expect(() => eventTime({ startDate: 'soon' })).toThrow('its start is not a date')
    expect(() => eventTime({ startDate: '2030-01-01T10:00:00Z', endDate: 'later' })).toThrow('its end is not a date')
  })

  test('an unknown time zone falls back to UTC instead of throwing', () => {
    const text = squash(formatEventDates({ startDate: '2030-01-01T10:00:00Z', startDate_tz: 'Mars/Olympus' }))
    expect(text).toMatch(/^1 January 2030(,| at) 10:00 GMT\+0$/)
    expect(text).toBe(squash(formatEventDates({ startDate: '2030-01-01T10:00:00Z', startDate_tz: 'UTC' })))
  })
})

describe('wallTimeToUtc', () => {
  test('converts a wall time in a zone to the instant', () => {
    expect(wallTimeToUtc('2024-06-25', 'Asia/Almaty').toISOString()).toMatch(/^2024-06-24T1[89]:00:00.000Z$/)
    expect(wallTimeToUtc('2030-07-01T12:00', 'Europe/Berlin').toISOString()).toBe('2030-07-01T10:00:00.000Z')
    expect(wallTimeToUtc('2030-01-01T12:00', 'Europe/Berlin').toISOString()).toBe('2030-01-01T11:00:00.000Z')
  })

  test('rejects a malformed wall time, naming it', () => {
    expect(() => wallTimeToUtc('25/06/2024', 'UTC')).toThrow('"25/06/2024"')
  })
})
