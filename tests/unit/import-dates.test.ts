import { readDates } from '@/import/dates'

/** The dates of event articles as the network's sites write them, in English, French and German. */
describe('dates read from an article', () => {
  test.each([
    [
      'en',
      'Members met in Brussels on 8 & 9 December 2022 for the annual meeting.',
      { year: 2022, month: 12, day: 8 },
      { year: 2022, month: 12, day: 9 },
    ],
    [
      'en',
      'The festival takes place on 25 & 26 June 2024 in Lisbon.',
      { year: 2024, month: 6, day: 25 },
      { year: 2024, month: 6, day: 26 },
    ],
    [
      'en',
      'from 30 November to 2 December 2022',
      { year: 2022, month: 11, day: 30 },
      { year: 2022, month: 12, day: 2 },
    ],
    ['en', 'Workshops on 3–4 May 2023, Tbilisi.', { year: 2023, month: 5, day: 3 }, { year: 2023, month: 5, day: 4 }],
    [
      'fr',
      'Rencontre du 2 au 5 octobre 2023 à Varsovie.',
      { year: 2023, month: 10, day: 2 },
      { year: 2023, month: 10, day: 5 },
    ],
    [
      'de',
      'Das Treffen fand am 7. und 8. März 2024 in Warschau statt.',
      { year: 2024, month: 3, day: 7 },
      { year: 2024, month: 3, day: 8 },
    ],
  ] as const)('%s: %s', (language, text, start, end) => {
    expect(readDates(text, language)).toMatchObject({ start, end, allDay: true })
  })

  test('a time makes the event timed, in the words of each language', () => {
    expect(readDates('Opening on 14 May 2025 at 18:30.', 'en')).toMatchObject({
      start: { year: 2025, month: 5, day: 14, hour: 18, minute: 30 },
      allDay: false,
    })
    expect(readDates('Vernissage le 12 mars 2024 à 19h.', 'fr')).toMatchObject({
      start: { year: 2024, month: 3, day: 12, hour: 19, minute: 0 },
      allDay: false,
    })
    expect(readDates('Lesung am 3. Juni 2024 um 19 Uhr.', 'de')).toMatchObject({
      start: { year: 2024, month: 6, day: 3, hour: 19, minute: 0 },
      allDay: false,
    })
  })

  test('a date without a year, or none at all, is no event date; the day of publication is not one either', () => {
    expect(readDates('See you on 9 December!', 'en')).toBeUndefined()
    expect(readDates('No date here.', 'en')).toBeUndefined()
    expect(
      readDates('Posted 12 January 2024. The concert is on 3 February 2024.', 'en', { year: 2024, month: 1, day: 12 }),
    ).toMatchObject({ start: { year: 2024, month: 2, day: 3 } })
  })
})

describe('what the text says besides its first date', () => {
  test('a French time written "19 h 30" keeps its minutes', () => {
    expect(readDates('Rendez-vous le 21 juin 2025 à 19 h 30 sur la place.', 'fr')).toMatchObject({
      start: { year: 2025, month: 6, day: 21, hour: 19, minute: 30 },
      allDay: false,
    })
  })

  test('a second event on another day is told, a day inside the range is not', () => {
    expect(
      readDates('The first workshop was on 5 June 2024 in Accra; the second follows on 12 September 2024.', 'en'),
    ).toMatchObject({ start: { year: 2024, month: 6, day: 5 }, more: true })
    expect(
      readDates('From 30 November to 2 December 2022 in Berlin; on 1 December 2022 the jury met.', 'en'),
    ).not.toHaveProperty('more')
  })
})
