import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { CLUSTERS, INSTITUTES, PARTNERS, TAGS } from '@/seed/data'

import { draftOf, type SiteKnowledge } from './draft'
import type { Named } from './find/network'
import { readHtml } from './read/html'

/** What a page of the accuracy fixtures states, written down by hand. */
export type Expected = {
  title: string
  start: string | null
  end: string | null
  city: string | null
  country: string | null
  credits: string[]
  /** Words of the page's navigation, banners, footer…: none may reach the body. */
  furniture: string[]
  euCofunded?: boolean
  warning?: string
}
type Mark = 'right' | 'wrong' | 'missing' | '—'
export type Measured = {
  page: string
  title: Mark
  dates: Mark
  city: Mark
  credits: { kept: number; of: number }
  furniture: string[]
  got: { title?: string; start?: string; end?: string; city?: string }
}

const named = (id: string, name: string, more: string[] = [], extra: Partial<Named> = {}): Named => ({
  id,
  name,
  names: [name, id, ...more],
  ...extra,
})

/** The demo network as the importer would read it from a seeded database: what the fixtures are matched against. */
export function seededKnowledge(): SiteKnowledge {
  return {
    network: {
      tags: TAGS.map((t) => named(t.key, t.name, [t.slug, ...Object.values(t.translations ?? {})])),
      clusters: CLUSTERS.map((c) =>
        named(c.key, c.name, [c.slug], { short: [c.name.replace(/^EUNIC /, ''), c.city], country: c.country }),
      ),
      institutes: INSTITUTES.map((i) => named(i.key, i.name, [i.slug])),
      partners: PARTNERS.map((p) => named(p.key, p.name, [p.slug, ...(p.otherNames ?? [])])),
    },
    cities: CLUSTERS.map((c) => ({ names: { en: c.city }, country: c.country })),
    defaultZone: 'Europe/Brussels',
  }
}

const mark = (expected: string | null, got: string | undefined): Mark =>
  expected === null ? (got ? 'wrong' : '—') : got === undefined ? 'missing' : got === expected ? 'right' : 'wrong'

/** Reads each fixture page as an import would and compares what it found with what the page states. */
export function measureAccuracy(folder: string, site: SiteKnowledge = seededKnowledge()): Measured[] {
  const expected = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as Record<string, Expected>
  const pages = readdirSync(folder).filter((f) => f.endsWith('.html'))
  const missing = Object.keys(expected).filter((p) => !pages.includes(p))
  if (missing.length) throw new Error(`expected.json names pages that are not there: ${missing.join(', ')}`)
  return pages.sort().map((page) => {
    const want = expected[page]
    if (!want) throw new Error(`${page} has no entry in expected.json`)
    const article = readHtml(readFileSync(path.join(folder, page), 'utf8'), { source: page, label: page })
    const draft = draftOf(article, site)
    const city = draft.venue.city?.[draft.locale]
    const dates =
      want.start === null
        ? mark(null, draft.start)
        : draft.start === want.start && draft.end === want.end
          ? 'right'
          : draft.start
            ? 'wrong'
            : 'missing'
    const credits = article.photos.map((p) => p.credit)
    const kept = want.credits.filter((credit, i) => credits[i] === credit).length
    const body = article.bodyHtml.replace(/<[^>]+>/g, ' ')
    return {
      page,
      title: mark(want.title, draft.fields.title === 'found' ? draft.title : undefined),
      dates,
      city: mark(want.city, city),
      credits: { kept, of: want.credits.length },
      furniture: want.furniture.filter((words) => body.includes(words)),
      got: { title: draft.title, start: draft.start, end: draft.end, city },
    }
  })
}

const share = (results: Measured[], key: 'title' | 'dates' | 'city') => {
  const stated = results.filter((r) => r[key] !== '—')
  const right = stated.filter((r) => r[key] === 'right').length
  return { right, of: stated.length, percent: stated.length ? Math.round((right / stated.length) * 1000) / 10 : 100 }
}

/** The figures the targets are about: title, dates and city right on the pages that state them; credits; furniture. */
export function summary(results: Measured[]) {
  const credits = results.reduce((sum, r) => ({ kept: sum.kept + r.credits.kept, of: sum.of + r.credits.of }), {
    kept: 0,
    of: 0,
  })
  return {
    title: share(results, 'title'),
    dates: share(results, 'dates'),
    city: share(results, 'city'),
    credits,
    furniture: results.filter((r) => r.furniture.length).length,
  }
}

/** The accuracy table as docs/import-accuracy.md prints it. */
export function accuracyTable(results: Measured[]): string {
  const sum = summary(results)
  const rows = results.map(
    (r) =>
      `| ${r.page} | ${r.title} | ${r.dates} | ${r.city} | ${r.credits.kept} of ${r.credits.of} | ${r.furniture.length ? r.furniture.map((f) => `“${f}”`).join(', ') : 'none'} |`,
  )
  const pct = (s: { right: number; of: number; percent: number }) => `${s.right} of ${s.of} (${s.percent} %)`
  return [
    '| page | title | dates | city | credits kept | page furniture in the body |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    `| **all ${results.length} pages** | ${pct(sum.title)} | ${pct(sum.dates)} | ${pct(sum.city)} | ${sum.credits.kept} of ${sum.credits.of} | ${sum.furniture} pages |`,
  ].join('\n')
}
