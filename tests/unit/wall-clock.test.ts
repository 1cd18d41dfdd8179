import { sameWallClock } from '@/lib/time/zoned-time'

describe('changing an event’s zone keeps the time its editor typed', () => {
  test('19:00 in Brussels becomes 19:00 in Tbilisi', () => {
    // 19:00 CET = 18:00Z; 19:00 in Tbilisi (UTC+4) = 15:00Z
    expect(sameWallClock('2026-11-29T18:00:00.000Z', 'Europe/Brussels', 'Asia/Tbilisi')).toBe(
      '2026-11-29T15:00:00.000Z',
    )
  })
  test('across summer time: 09:30 in Kyiv in July stays 09:30 in New York', () => {
    // 09:30 EEST = 06:30Z; 09:30 EDT = 13:30Z
    expect(sameWallClock('2026-07-01T06:30:00.000Z', 'Europe/Kyiv', 'America/New_York')).toBe(
      '2026-07-01T13:30:00.000Z',
    )
  })
  test('to and from UTC, and the same zone changes nothing', () => {
    expect(sameWallClock('2026-11-29T18:00:00.000Z', 'UTC', 'Asia/Almaty')).toBe('2026-11-29T13:00:00.000Z')
    expect(sameWallClock('2026-11-29T18:00:00.000Z', 'Asia/Almaty', 'Asia/Almaty')).toBe('2026-11-29T18:00:00.000Z')
  })
  test('a date that is not one is left as it is', () => {
    expect(sameWallClock('not a date', 'UTC', 'Europe/Berlin')).toBe('not a date')
  })
})

describe('the zones offered in the admin', () => {
  test('current names, findable by city and by country', async () => {
    const { zoneOptions } = await import('@/lib/time/zone-options')
    const options = zoneOptions()
    const kyiv = options.find((o) => o.value === 'Europe/Kyiv')
    // The city, the country and the zone; then the other names it is found by (src/lib/time/zone-names.ts).
    expect(kyiv?.label).toMatch(/^Kyiv, Ukraine — Europe\/Kyiv · .*\bKiew\b/)
    expect(options.some((o) => o.value === 'Europe/Kiev')).toBe(false)
    expect(options.filter((o) => o.label.includes('Kazakhstan')).map((o) => o.value)).toContain('Asia/Almaty')
    expect(options.find((o) => o.value === 'UTC')?.label).toBe('UTC (no zone)')
  })
})
