import path from 'node:path'

import { measureAccuracy, summary } from '@/import/accuracy'

/**
 * The accuracy fixtures: article pages in English, French and German as institute and cluster sites write them
 * (WordPress themes, Drupal, hand-made; one with no date, one with two events). `npm run import:accuracy` prints
 * the same table into docs/import-accuracy.md; this test holds the importer to its targets.
 */
const results = measureAccuracy(path.resolve('tests/fixtures/import/pages'))
const figures = summary(results)

test('at least 12 pages besides the seed page, in the three languages', () => {
  expect(results.length).toBeGreaterThanOrEqual(13)
  for (const language of ['en-', 'fr-', 'de-'])
    expect(results.filter((r) => r.page.startsWith(language)).length).toBeGreaterThanOrEqual(3)
})

test.each(['title', 'dates', 'city'] as const)('%s right on at least 95 % of the pages that state it', (key) => {
  expect(results.filter((r) => r[key] !== 'right' && r[key] !== '—').map((r) => [r.page, r[key], r.got])).toEqual([])
  expect(figures[key].percent).toBeGreaterThanOrEqual(95)
})

test('every credit line kept with its photo', () => {
  expect(results.filter((r) => r.credits.kept < r.credits.of).map((r) => r.page)).toEqual([])
})

test('no navigation, banner, share, related-news, comment or footer text in any body', () => {
  expect(results.filter((r) => r.furniture.length).map((r) => [r.page, r.furniture])).toEqual([])
})
