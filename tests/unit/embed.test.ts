import { embedOptions } from '@/embed/options'
import { embedJsonPath, embedPath } from '@/lib/routes'

const parse = (query: string) => embedOptions(new URLSearchParams(query))

test('the embed takes a cluster, a tag, a limit, a language and a theme; defaults for the rest', () => {
  expect(parse('')).toEqual({ options: { limit: 5, locale: 'en', theme: 'light', cluster: undefined, tag: undefined } })
  expect(parse('cluster=eunic-kazakhstan&tag=climate&limit=12&locale=fr&theme=dark')).toEqual({
    options: { cluster: 'eunic-kazakhstan', tag: 'climate', limit: 12, locale: 'fr', theme: 'dark' },
  })
})

test('every bad value is named', () => {
  expect(parse('limit=0')).toEqual({ problem: 'limit must be a whole number from 1 to 50, not "0".' })
  expect(parse('limit=51')).toEqual({ problem: 'limit must be a whole number from 1 to 50, not "51".' })
  expect(parse('locale=it')).toEqual({ problem: 'locale must be one of en, fr, de, not "it".' })
  expect(parse('theme=blue')).toEqual({ problem: 'theme must be light or dark, not "blue".' })
  expect(parse('clusters=x')).toEqual({
    problem: 'Unknown parameter "clusters": use cluster, tag, limit, locale and theme.',
  })
})

test('its addresses leave the defaults out', () => {
  expect(embedPath({ cluster: 'eunic-kazakhstan', locale: 'en', theme: 'light' })).toBe(
    '/embed/events?cluster=eunic-kazakhstan',
  )
  expect(embedJsonPath({ tag: 'climate', locale: 'de', theme: 'dark', limit: 3 })).toBe(
    '/embed/events.json?tag=climate&limit=3&locale=de&theme=dark',
  )
})
