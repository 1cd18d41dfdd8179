import * as chrono from 'chrono-node'

import type { Locale } from '@/lib/i18n/locales'

/** A day and, when the text says one, a time, on the wall clock of wherever the event takes place. */
export type WallTime = { year: number; month: number; day: number; hour?: number; minute?: number }

/** The dates an article gives its event: a start, an end when it spans days or hours, and the words they came from. */
export type FoundDates = {
  start: WallTime
  end?: WallTime
  allDay: boolean
  text: string
  /** The text gives other days too (a second event, a later date): the editor should look. */
  more?: boolean
}

const PARSERS: Record<Locale, chrono.Chrono> = {
  en: chrono.en.casual.clone(),
  fr: chrono.fr.casual.clone(),
  de: chrono.de.casual.clone(),
}

/**
 * "8 & 9 December 2022", "am 7. und 8. März 2024": a list of two days before one month, which chrono reads as the
 * last day alone. This refiner, in chrono's own pipeline, takes the day just before the list word as the start.
 */
const LIST_WORDS: Record<Locale, string[]> = { en: ['&', 'and'], fr: ['&', 'et'], de: ['&', 'und'] }
for (const [language, parser] of Object.entries(PARSERS) as Array<[Locale, chrono.Chrono]>) {
  const words = LIST_WORDS[language].map((w) => w.replace('&', '\\&')).join('|')
  const before = new RegExp(`(\\d{1,2})\\.?\\s*(?:${words})\\s*$`, 'i')
  parser.refiners.push({
    refine: (context, results) => {
      for (const result of results) {
        if (result.end || !result.start.isCertain('day')) continue
        const match = before.exec(context.text.slice(Math.max(0, result.index - 12), result.index))
        const first = match ? Number(match[1]) : NaN
        const last = result.start.get('day') ?? 0
        if (!(first >= 1 && first < last)) continue
        result.end = result.start.clone()
        result.start.assign('day', first)
        result.text = context.text.slice(result.index - match![0].length, result.index) + result.text
        result.index -= match![0].length
      }
      return results
    },
  })
}

/**
 * French sites write times as "19 h 30", which chrono reads as 19:00 and stops. This refiner reads the minutes
 * written after the "h" into the time it found.
 */
PARSERS.fr.refiners.push({
  refine: (context, results) => {
    for (const result of results) {
      const end = result.end ?? result.start
      if (!end.isCertain('hour') || (end.get('minute') ?? 0) !== 0) continue
      const after = /^\s*h\s*(\d{2})\b/.exec(context.text.slice(result.index + result.text.length))
      if (!after || Number(after[1]) > 59) continue
      end.assign('minute', Number(after[1]))
      result.text += after[0]
    }
    return results
  },
})

const wallTime = (component: chrono.ParsedComponents, withTime: boolean): WallTime => ({
  year: component.get('year') ?? 0,
  month: component.get('month') ?? 0,
  day: component.get('day') ?? 0,
  ...(withTime ? { hour: component.get('hour') ?? 0, minute: component.get('minute') ?? 0 } : {}),
})

/**
 * The event's dates in a text of this language: the first date that names its day, month and year (a date
 * without a year is too unsure for an event), with its end when the text gives a range, all day when no time is
 * given. `published` is the page's own date of publication: a date equal to it is not taken for the event's.
 */
export function readDates(text: string, language: Locale, published?: WallTime): FoundDates | undefined {
  const results = PARSERS[language].parse(text, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false })
  const sameDay = (a: WallTime, b?: WallTime) =>
    Boolean(b) && a.year === b!.year && a.month === b!.month && a.day === b!.day
  const dated = results
    .filter((result) => {
      // In a range the year is often written once, at its end ("30 November to 2 December 2022").
      const year = result.start.isCertain('year') || Boolean(result.end?.isCertain('year'))
      return result.start.isCertain('day') && result.start.isCertain('month') && year
    })
    .map((result): FoundDates => {
      const timed = result.start.isCertain('hour')
      return {
        start: wallTime(result.start, timed),
        ...(result.end ? { end: wallTime(result.end, result.end.isCertain('hour')) } : {}),
        allDay: !timed,
        text: result.text,
      }
    })
    .filter((found) => found.end || !sameDay(found.start, published))
  const [found, ...others] = dated
  if (!found) return undefined
  const ordinal = (day: WallTime) => day.year * 10_000 + day.month * 100 + day.day
  const within = (day: WallTime) =>
    ordinal(day) >= ordinal(found.start) && ordinal(day) <= ordinal(found.end ?? found.start)
  return others.some((other) => !within(other.start)) ? { ...found, more: true } : found
}
