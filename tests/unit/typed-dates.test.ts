import { isValid, parse } from 'date-fns'
import { fr } from 'date-fns/locale'

import { DATE_SHOWN_AS, TYPED_DATE_FORMATS } from '@/lib/time/typed-dates'

/** As the admin's date picker reads a typed date with a list of forms (react-datepicker: the last that fits wins). */
function typed(value: string, locale?: typeof fr): Date | null {
  let found: Date | null = null
  for (const form of [DATE_SHOWN_AS, ...TYPED_DATE_FORMATS]) {
    const date = parse(value, form, new Date(2026, 11, 6), { locale })
    if (isValid(date)) found = date
  }
  return found
}

const local = (date: Date | null) =>
  date &&
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')} ${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`

test('a date typed day first, in any of the usual European forms, is that day and time', () => {
  for (const value of [
    '15/01/2027 19:00',
    '15/1/2027 19:00',
    '15/01/2027, 19:00',
    '15.01.2027 19:00',
    '15-01-2027 19:00',
    '15 January 2027, 19:00',
    '15 January 2027 19:00',
    '15 Jan 2027 19:00',
    '2027-01-15 19:00',
    '2027-01-15T19:00',
  ])
    expect({ value, read: local(typed(value)) }).toEqual({ value, read: '2027-01-15 19:00' })
  expect(local(typed('15/01/2027 9:05'))).toBe('2027-01-15 09:05')
  expect(local(typed('15/01/2027'))).toBe('2027-01-15 00:00')
  expect(local(typed('15/01/27 19:00'))).toBe('2027-01-15 19:00')
  expect(local(typed('15.01.27'))).toBe('2027-01-15 00:00')
  expect(local(typed('15 janvier 2027, 19:00', fr))).toBe('2027-01-15 19:00')
})

test('a form no one writes in Europe, or nonsense, is not guessed at', () => {
  for (const value of ['01/15/2027 19:00', '31/02/2027 10:00', 'next Friday', '2027', '15/01'])
    expect({ value, read: typed(value) }).toEqual({ value, read: null })
})
