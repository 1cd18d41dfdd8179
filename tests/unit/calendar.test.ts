import { googleCalendarUrl, webcalUrl } from '@/lib/time/calendar'
import { endsAt } from '@/lib/time/ends-at'
import { eventTime } from '@/lib/time/event-time'
import { wallTimeToUtc } from '@/lib/time/zoned-time'

const almaty = (wall: string) => wallTimeToUtc(wall, 'Asia/Almaty').toISOString()

describe('endsAt', () => {
  test('a timed event is over at its end', () => {
    expect(endsAt({ startDate: '2030-01-01T10:00:00.000Z', endDate: '2030-01-01T12:00:00.000Z' })).toBe(
      '2030-01-01T12:00:00.000Z',
    )
  })

  test('an all-day event is over at midnight after its last day, in its own zone', () => {
    const result = endsAt({
      startDate: almaty('2024-06-25'),
      endDate: almaty('2024-06-26'),
      endDate_tz: 'Asia/Almaty',
      allDay: true,
    })
    expect(result).toBe(almaty('2024-06-27'))
    // Still on in Almaty at 23:30 on its last day, which is already the next day nowhere near Brussels.
    expect(new Date(almaty('2024-06-26T23:30')).getTime()).toBeLessThan(new Date(result as string).getTime())
  })

  test('without an end, the start counts', () => {
    expect(endsAt({ startDate: '2030-01-01T10:00:00.000Z' })).toBe('2030-01-01T10:00:00.000Z')
    expect(endsAt({})).toBeNull()
  })
})

describe('calendar links', () => {
  test('Google Calendar: all-day dates with an exclusive end', () => {
    const url = new URL(
      googleCalendarUrl({
        title: 'Focus meeting',
        time: eventTime({
          startDate: almaty('2024-06-25'),
          endDate: almaty('2024-06-26'),
          allDay: true,
          startDate_tz: 'Asia/Almaty',
        }),
        location: 'Almaty, Kazakhstan',
        url: 'https://events.example.org/events/focus',
      }),
    )
    expect(url.hostname).toBe('calendar.google.com')
    expect(url.searchParams.get('dates')).toBe('20240625/20240627')
    expect(url.searchParams.get('text')).toBe('Focus meeting')
    expect(url.searchParams.get('ctz')).toBe('Asia/Almaty')
    expect(url.searchParams.get('details')).toContain('https://events.example.org/events/focus')
  })

  test('Google Calendar: timed events in UTC', () => {
    const url = new URL(
      googleCalendarUrl({
        title: 'Talk',
        time: eventTime({ startDate: '2030-03-05T17:30:00.000Z', endDate: '2030-03-05T20:00:00.000Z' }),
        url: 'https://x',
      }),
    )
    expect(url.searchParams.get('dates')).toBe('20300305T173000Z/20300305T200000Z')
  })

  test('webcal', () => {
    expect(webcalUrl('https://events.example.org/events.ics')).toBe('webcal://events.example.org/events.ics')
  })
})
