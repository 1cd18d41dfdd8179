import fs from 'node:fs'
import path from 'node:path'

import { seed } from '@/seed'

import { createUser, jpeg } from '../helpers/fixtures'
import { apiClient } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'
import { filesForm, imported as importedOver, importsFolder, type ReportItem } from '../helpers/importing'
import { startSite } from '../helpers/site-server'
import { zipOf } from '../helpers/zip'

/**
 * The other ways in: a WordPress export (published posts and pages, their attachments as photos; drafts, private
 * and trashed posts skipped with the reason), a calendar (zones, all-day days, series), a page saved as a zip with
 * its files — and the zips that must not get in.
 */
const importsDir = importsFolder()
const FIXTURES = path.resolve('tests/fixtures/import')

let ctx: TestContext
let api: ReturnType<typeof apiClient>
let editor: string
let runDueJobs: typeof import('../../src/jobs/run-due').runDueJobs
let site: Awaited<ReturnType<typeof startSite>>

beforeAll(async () => {
  ctx = await startPayload()
  api = apiClient(ctx.config)
  editor = (await createUser(ctx.payload, 'editor')).token
  ;({ runDueJobs } = await import('../../src/jobs/run-due'))
  await seed(ctx.payload)
  // Two clusters the export names, in three languages each.
  for (const [name, en, fr, de] of [
    ['EUNIC Lisbon', 'Lisbon', 'Lisbonne', 'Lissabon'],
    ['EUNIC Porto', 'Porto', 'Porto', 'Porto'],
  ]) {
    const cluster = await ctx.payload.create({ collection: 'clusters', data: { name, country: 'PT', city: en } })
    for (const [locale, city] of [
      ['fr', fr],
      ['de', de],
    ] as const)
      await ctx.payload.update({ collection: 'clusters', id: cluster.id, locale, data: { city } })
  }
  site = await startSite()
})
afterAll(async () => {
  await site.close()
  await stopPayload(ctx)
})

const imported = (files: Array<[string, string | Buffer]>) =>
  importedOver(api, () => runDueJobs(ctx.payload), editor, { form: filesForm(files) })

const draft = (id: number, locale: 'en' | 'fr' | 'de' = 'en') =>
  ctx.payload.findByID({ collection: 'events', id, draft: true, depth: 0, locale, overrideAccess: true })
const wall = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso))
const slugId = async (collection: 'tags' | 'clusters' | 'institutes', slug: string) =>
  (await ctx.payload.find({ collection, where: { slug: { equals: slug } } })).docs[0]?.id

describe('a WordPress export', () => {
  let report: Awaited<ReturnType<typeof imported>>
  beforeAll(async () => {
    site.pages['/wp-content/uploads/2023/04/screening.jpg'] = { body: await jpeg(400, 300), type: 'image/jpeg' }
    site.pages['/wp-content/uploads/2023/04/poster.jpg'] = { body: await jpeg(300, 400), type: 'image/jpeg' }
    const xml = fs
      .readFileSync(path.join(FIXTURES, 'wordpress-export.xml'), 'utf8')
      .replaceAll('http://old-site.test', site.url)
    report = await imported([['export.xml', xml]])
  })

  test('each published post is a draft; drafts, private and trashed posts are skipped with the reason', () => {
    expect(report.status).toBe('done')
    const outcomes = Object.fromEntries(report.items.map((i) => [i.label, i.outcome]))
    expect(outcomes).toEqual({
      'European Film Days in Lisbon and Porto': 'created',
      'Cultural relations seminar': 'created',
      'An idea for next year': 'skipped',
      'Members only': 'skipped',
      'Old news': 'skipped',
      'Poetry night': 'created',
    })
    const reasons = report.items.filter((i) => i.outcome === 'skipped').map((i) => i.warnings[0])
    expect(reasons).toEqual([
      expect.stringMatching(/draft/),
      expect.stringMatching(/private/),
      expect.stringMatching(/trash/),
    ])
    expect(report.progress).toEqual({ done: 6, total: 6 })
  })

  test('a post: its dates from the text, not its publication; its clusters by their short names; its photos with credits', async () => {
    const item = report.items.find((i) => i.label.startsWith('European Film Days'))!
    const event = await draft(item.event!)
    expect(wall(event.startDate, 'Europe/Lisbon')).toBe('2023-05-03 00:00')
    expect(wall(event.endDate, 'Europe/Lisbon')).toBe('2023-05-04 00:00')
    expect(event).toMatchObject({
      allDay: true,
      startDate_tz: 'Europe/Lisbon',
      venue: { city: 'Lisbon', country: 'PT' },
    })
    expect([...(event.clusters as number[])].sort()).toEqual(
      [await slugId('clusters', 'eunic-lisbon'), await slugId('clusters', 'eunic-porto')].sort(),
    )
    expect(event.tags).toEqual([await slugId('tags', 'climate')])
    expect(item.suggestions).toEqual([expect.objectContaining({ collection: 'tags', name: 'Film' })])
    expect(event.hostInstitutes).toEqual([await slugId('institutes', 'goethe-institut-kasachstan')])
    // The featured image first, then the picture in the text.
    const photos = await Promise.all(
      [event.heroPhoto, ...(event.gallery ?? [])].map((id) =>
        ctx.payload.findByID({ collection: 'photos', id: id as number }),
      ),
    )
    expect(photos.map((p) => [p.credit, p.caption, p.alt])).toEqual([
      ['EUNIC Portugal', "The festival's poster.", 'The festival poster'],
      ['Rita Almeida', 'The opening night at Cinema São Jorge.', 'A full cinema hall'],
    ])
    const body = JSON.stringify(event.body)
    expect(body).toContain('"tag":"h2"')
    expect(body).toContain('"listType":"bullet"')
    expect(body).toContain('https://www.example.org/film-days')
    expect(body).not.toContain('wp:paragraph')
  })

  test('a classic post: paragraphs from blank lines, the caption shortcode as a photo whose file is missing', async () => {
    const item = report.items.find((i) => i.label === 'Cultural relations seminar')!
    const event = await draft(item.event!)
    expect(wall(event.startDate, 'Europe/Brussels')).toBe('2022-12-08 00:00')
    expect(wall(event.endDate, 'Europe/Brussels')).toBe('2022-12-09 00:00')
    expect(event.venue?.city).toBe('Brussels')
    expect(item.photos).toEqual([
      expect.objectContaining({ outcome: 'missing', caption: 'Speakers on the first day.', credit: 'EUNIC' }),
    ])
    expect(JSON.stringify(event.body)).not.toContain('[caption')
  })

  test('an event of The Events Calendar keeps its own times and zone', async () => {
    const item = report.items.find((i) => i.label === 'Poetry night')!
    const event = await draft(item.event!)
    expect(event).toMatchObject({ allDay: false, startDate_tz: 'Europe/Lisbon' })
    expect(wall(event.startDate, 'Europe/Lisbon')).toBe('2024-09-12 19:30')
    expect(wall(event.endDate, 'Europe/Lisbon')).toBe('2024-09-12 21:00')
  })

  test('imported again, the same posts update their drafts, which keep their photos', async () => {
    const photos = (await ctx.payload.count({ collection: 'photos' })).totalDocs
    const xml = fs
      .readFileSync(path.join(FIXTURES, 'wordpress-export.xml'), 'utf8')
      .replaceAll('http://old-site.test', site.url)
    const again = await imported([['export.xml', xml]])
    const made = report.items.filter((i) => i.outcome === 'created').map((i) => i.event)
    expect(again.items.filter((i) => i.outcome === 'updated').map((i) => i.event)).toEqual(made)
    expect(again.items.some((i) => i.outcome === 'created')).toBe(false)
    expect((await ctx.payload.count({ collection: 'photos' })).totalDocs).toBe(photos)
    const film = again.items.find((i) => i.label.startsWith('European Film Days'))!
    expect((await draft(film.event!)).gallery).toHaveLength(1)
  })
})

describe('a calendar', () => {
  let items: ReportItem[]
  beforeAll(async () => {
    items = (await imported([['programme.ics', fs.readFileSync(path.join(FIXTURES, 'calendar.ics'))]])).items
  })
  const byUid = (uid: string) => items.find((i) => i.source === `ics:${uid}`)!

  test('a timed event in its TZID, its location split, its categories as tags, its description unescaped', async () => {
    const item = byUid('reading-2025-03-07@partner.example')
    const event = await draft(item.event!)
    expect(event).toMatchObject({
      title: 'Reading: new European voices',
      allDay: false,
      startDate_tz: 'Europe/Berlin',
      venue: {
        name: 'Goethe-Institut Berlin',
        address: 'Neue Schönhauser Str. 20, 10178 Berlin',
        city: 'Berlin',
        country: 'DE',
      },
    })
    expect(wall(event.startDate, 'Europe/Berlin')).toBe('2025-03-07 19:00')
    expect(wall(event.endDate, 'Europe/Berlin')).toBe('2025-03-07 21:00')
    expect(event.summary).toBe('Three writers read from their first books, followed by a talk.')
    expect(JSON.stringify(event.body)).toContain('In English and German; free entry.')
    expect(event.tags).toEqual([await slugId('tags', 'climate')])
    expect(item.suggestions).toEqual([expect.objectContaining({ collection: 'tags', name: 'Literature' })])
  })

  test('an all-day event ends the day before its exclusive DTEND', async () => {
    const event = await draft(byUid('festival-2025@partner.example').event!)
    expect(event.allDay).toBe(true)
    expect(wall(event.startDate, event.startDate_tz!)).toBe('2025-06-12 00:00')
    expect(wall(event.endDate, event.startDate_tz!)).toBe('2025-06-14 00:00')
  })

  test('a UTC time is shown in the zone found for it, an online address goes to the online link', async () => {
    const event = await draft(byUid('talk-utc@partner.example').event!)
    expect(event.onlineUrl).toBe('https://zoom.us/j/123456789')
    expect(event.startDate).toBe('2025-09-10T16:00:00.000Z')
    expect(event.startDate_tz).toBe('Europe/Brussels')
  })

  test('a series comes in as its first date, with a warning', () => {
    const item = byUid('course@partner.example')
    expect(item.outcome).toBe('created')
    expect(item.warnings.join(' ')).toMatch(/repeats/)
  })
})

const SAVED_PAGE = `<!doctype html><html lang="fr"><head><title>Rencontre à Varsovie</title></head><body>
<nav><a href="/">Accueil</a></nav>
<article><h1>Rencontre des clusters à Varsovie</h1>
<p>Du 2 au 5 octobre 2023, les membres se sont retrouvés à Varsovie, en Pologne, pour une rencontre consacrée à la coopération culturelle européenne.</p>
<figure><img src="Rencontre_files/salle.jpg" alt="La salle pleine"><figcaption>La salle pendant la séance d’ouverture. Crédits : Institut français</figcaption></figure>
<figure><img src="Rencontre_files/absent.jpg" alt=""><figcaption>Le groupe. © Jan Kowalski</figcaption></figure>
<p>La rencontre s’est terminée par un concert au centre de la ville, ouvert à tous.</p>
</article></body></html>`

describe('a page saved with its files, as a zip', () => {
  test('its pictures come from the zip; one the zip lacks is reported, not invented', async () => {
    const zip = zipOf([
      { name: 'Rencontre.html', data: SAVED_PAGE },
      { name: 'Rencontre_files/salle.jpg', data: await jpeg(500, 300) },
    ])
    const report = await imported([['rencontre.zip', zip]])
    const [item] = report.items
    expect(item.outcome).toBe('created')
    const event = await draft(item.event!, 'fr')
    expect(event).toMatchObject({
      title: 'Rencontre des clusters à Varsovie',
      venue: { city: 'Varsovie', country: 'PL' },
    })
    expect(wall(event.startDate, 'Europe/Warsaw')).toBe('2023-10-02 00:00')
    expect(wall(event.endDate, 'Europe/Warsaw')).toBe('2023-10-05 00:00')
    const photo = await ctx.payload.findByID({ collection: 'photos', id: event.heroPhoto as number, locale: 'fr' })
    expect(photo).toMatchObject({ credit: 'Institut français', caption: 'La salle pendant la séance d’ouverture.' })
    expect(item.photos[1]).toMatchObject({ outcome: 'missing', credit: 'Jan Kowalski', caption: 'Le groupe.' })
    expect(item.warnings.join(' ')).toContain('Rencontre_files/absent.jpg')
  })

  test.each([
    ['a path that climbs out of it', [{ name: '../../etc/cron.d/evil', data: 'x' }], /leads out of it/],
    ['a path from the root', [{ name: '/etc/passwd', data: 'x' }], /leads out of it/],
    ['a link', [{ name: 'page.html', data: '/etc/passwd', mode: 0o120777 }], /link/],
    [
      'more than it may unpack to (a zip bomb)',
      [
        { name: 'a.html', data: '<p>a</p>', declaredSize: 300 * 1024 * 1024 },
        { name: 'b.html', data: '<p>b</p>', declaredSize: 300 * 1024 * 1024 },
      ],
      /unpacks to more than/,
    ],
    ['no page at all', [{ name: 'photo.jpg', data: 'x' }], /no page/],
  ] as const)('is refused when it holds %s, with the reason, and nothing is made', async (_, entries, reason) => {
    const before = await ctx.payload.count({ collection: 'events' })
    const report = await imported([['page.zip', zipOf([...entries])]])
    expect(report.status).toBe('failed')
    expect(report.items[0].warnings.join(' ')).toMatch(reason)
    expect((await ctx.payload.count({ collection: 'events' })).totalDocs).toBe(before.totalDocs)
    expect(fs.readdirSync(importsDir)).toEqual([])
  })

  test('an entry that unpacks to more than it declares is stopped as it is read', async () => {
    const zip = zipOf([{ name: 'page.html', data: `<p>${'a'.repeat(200_000)}</p>`, declaredSize: 100 }])
    const report = await imported([['liar.zip', zip]])
    expect(report.status).toBe('failed')
    expect(report.items[0].warnings.join(' ')).toMatch(/could not be read/)
  })
})
