import { readFileSync } from 'node:fs'
import path from 'node:path'

import { seededKnowledge } from '@/import/accuracy'
import { draftOf } from '@/import/draft'
import type { Named } from '@/import/find/network'
import { readText } from '@/import/read/text'
import { EVENT, PHOTOS } from '@/seed/data'

/** The seed page as a browser copies it (../shared/content), kept with the tests. */
const SEED_PAGE = path.resolve('tests/fixtures/import/seed-page.txt')

const site = seededKnowledge()

describe('the seed page, copied as text from a browser', () => {
  const article = readText(readFileSync(SEED_PAGE, 'utf8'), { label: 'focus-meeting.txt' })
  const draft = draftOf(article, site)

  test('title, lead and body are told apart from the site name, captions, tags and disclaimer', () => {
    expect(article.title).toBe(EVENT.title)
    expect(draft.summary).toBe(EVENT.summary)
    expect(article.bodyHtml).toContain('<p>On 25 &amp; 26 June 2024, the EUNIC regional focus meeting')
    expect(article.bodyHtml).not.toContain('Credits')
    expect(article.bodyHtml).not.toContain('Co-funded')
    expect(article.bodyHtml).not.toContain('EU National Institutes for Culture - EUNIC')
  })

  test('dates, place and zone are the demo event’s', () => {
    expect(draft).toMatchObject({ start: EVENT.start, end: EVENT.end, allDay: true, timeZone: EVENT.timezone })
    expect(draft.venue).toMatchObject({ city: { en: EVENT.venue.city }, country: EVENT.venue.country })
    expect(draft.fields).toMatchObject({ dates: 'found', city: 'found', country: 'found', timeZone: 'found' })
  })

  test('the network links are the demo event’s', () => {
    const ids = (records: Named[]) => records.map((r) => r.id).sort()
    expect(ids(draft.tags)).toEqual([...EVENT.tags].sort())
    expect(ids(draft.clusters)).toEqual([...EVENT.clusters].sort())
    expect(ids(draft.hostInstitutes)).toEqual([...EVENT.hostInstitutes].sort())
    expect(ids(draft.partners)).toEqual([...EVENT.partners].sort())
    expect(draft.euCofunded).toBe(true)
  })

  test('each photo once, with its credit apart from its caption', () => {
    expect(article.photos.map((p) => p.credit)).toEqual(PHOTOS.map((p) => p.credit))
    expect(article.photos.map((p) => p.caption)).toEqual([
      'Group photo at Goethe-Institut Kasachstan.',
      PHOTOS[1].caption,
      PHOTOS[2].caption.replace('‘Dybys’', "'Dybys'"),
    ])
  })

  test('clusters the site does not have are suggested, never linked', () => {
    expect(draft.suggestions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ collection: 'clusters', name: 'EUNIC Mongolia' }),
        expect.objectContaining({ collection: 'clusters', name: 'EUNIC Thailand' }),
      ]),
    )
  })
})
