import fs from 'node:fs'
import path from 'node:path'

import { seed } from '@/seed'
import { CLUSTERS, EVENT, INSTITUTES, PARTNERS, PHOTOS, TAGS } from '@/seed/data'

import { createUser, jpeg } from '../helpers/fixtures'
import { apiClient } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'
import { filesForm, imported as importedOver, importsFolder } from '../helpers/importing'
import { startSite } from '../helpers/site-server'

/**
 * An import turns existing pages into draft events: sent over REST, run by the jobs round, reported item by item;
 * the same page imported again updates its draft, never makes a second one; bad input is refused with a reason.
 */
const importsDir = importsFolder()

/** The seed page as a browser copies it (../shared/content), kept with the tests. */
const SEED_PAGE = path.resolve('tests/fixtures/import/seed-page.txt')

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
  site = await startSite()
})
afterAll(async () => {
  await site.close()
  await stopPayload(ctx)
})

/** Sends an import and runs the jobs round until it is finished. */
const imported = (send: { json?: unknown; form?: FormData }, token = editor) =>
  importedOver(api, () => runDueJobs(ctx.payload), token, send)

const idOf = async (collection: 'tags' | 'clusters' | 'institutes' | 'partners', slug: string) =>
  (await ctx.payload.find({ collection, where: { slug: { equals: slug } }, limit: 1 })).docs[0].id

const draftOf = (id: number) =>
  ctx.payload.findByID({ collection: 'events', id, draft: true, depth: 0, overrideAccess: true })

describe('the seed page, pasted as text', () => {
  let report: Awaited<ReturnType<typeof imported>>
  beforeAll(async () => {
    report = await imported({ json: { text: fs.readFileSync(SEED_PAGE, 'utf8') } })
  })

  test('becomes one draft, field by field the demo event the seed builds by hand', async () => {
    expect(report.error ?? '').toBe('')
    expect(report.status).toBe('done')
    expect(report.progress).toEqual({ done: 1, total: 1 })
    const [item] = report.items
    expect(item.outcome).toBe('created')
    const draft = await draftOf(item.event!)
    const demo = await ctx.payload.find({ collection: 'events', where: { slug: { equals: EVENT.slug } }, depth: 0 })
    const expected = demo.docs[0]
    expect(draft._status).toBe('draft')
    expect(draft.title).toBe(expected.title)
    expect(draft.summary).toBe(expected.summary)
    for (const key of ['startDate', 'endDate', 'startDate_tz', 'allDay', 'euCofunded'] as const)
      expect(draft[key]).toEqual(expected[key])
    expect(draft.venue?.city).toBe(expected.venue?.city)
    expect(draft.venue?.country).toBe(expected.venue?.country)
    const sorted = (v: unknown) => [...((v as number[]) ?? [])].sort()
    for (const key of ['tags', 'clusters', 'hostInstitutes', 'partners'] as const)
      expect(sorted(draft[key])).toEqual(sorted(expected[key]))
    // The seed's own keys, so a seed that lost a link is caught too.
    expect(sorted(draft.clusters)).toEqual(sorted(await Promise.all(CLUSTERS.map((c) => idOf('clusters', c.slug)))))
    expect(draft.hostInstitutes).toEqual([await idOf('institutes', INSTITUTES[0].slug)])
    expect(sorted(draft.tags)).toEqual(sorted(await Promise.all(TAGS.map((t) => idOf('tags', t.slug)))))
    expect(sorted(draft.partners)).toEqual(sorted(await Promise.all(PARTNERS.map((p) => idOf('partners', p.slug)))))
  })

  test('its three photos are reported with their credits, as the text holds no files', () => {
    const [item] = report.items
    expect(item.photos.map((p) => p.credit)).toEqual(PHOTOS.map((p) => p.credit))
    expect(item.photos.every((p) => p.outcome === 'missing')).toBe(true)
    expect(item.warnings.filter((w) => w.startsWith('Photo '))).toHaveLength(3)
  })

  test('the body is the article’s paragraphs, without captions, tag list or disclaimer', async () => {
    const draft = await draftOf(report.items[0].event!)
    const text = JSON.stringify(draft.body)
    expect(text).toContain('the EUNIC regional focus meeting for Central Asia and the Caucasus')
    expect(text).not.toContain('Credits')
    expect(text).not.toContain('Views and opinions expressed')
  })

  test('the same text again updates that draft; once published it is left alone', async () => {
    const again = await imported({ json: { text: fs.readFileSync(SEED_PAGE, 'utf8') } })
    expect(again.items[0]).toMatchObject({ outcome: 'updated', event: report.items[0].event })
    const count = await ctx.payload.count({ collection: 'events', where: { title: { equals: EVENT.title } } })
    expect(count.totalDocs).toBe(2) // the demo event and the one draft
    await ctx.payload.update({
      collection: 'events',
      id: report.items[0].event!,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    const third = await imported({ json: { text: fs.readFileSync(SEED_PAGE, 'utf8') } })
    expect(third.items[0]).toMatchObject({ outcome: 'skipped', event: report.items[0].event })
    expect(third.items[0].warnings.join(' ')).toMatch(/already imported/i)
  })
})

const PAGE = (imageSrc: string, extra = '') => `<!doctype html>
<html lang="de"><head><title>Kulturnacht in Warschau | EUNIC Polen</title>
<meta property="article:published_time" content="2024-01-15T09:00:00+01:00"></head>
<body>
<header><nav><a href="/">Start</a> <a href="/news">Aktuelles</a></nav></header>
<div class="cookie-banner">Wir verwenden Cookies. <button>OK</button></div>
<main><article>
<h1>Kulturnacht in Warschau</h1>
<p class="lead">Am 7. und 8. März 2024 feierten die Mitglieder von EUNIC in Warschau, Polen, eine lange Nacht der Kultur mit Lesungen, Konzerten und Gesprächen.</p>
<figure><img src="${imageSrc}" alt="Publikum im Saal"><figcaption>Das Publikum bei der Eröffnung. Foto: Anna Nowak</figcaption></figure>
<h2>Programm</h2>
<p>Die Nacht wurde veranstaltet von Goethe-Institut Kasachstan gemeinsam mit <a href="https://example.org/partner">Partnern</a> und <a href="javascript:alert(1)">mehr</a>.</p>
<ul><li>Lesungen</li><li>Konzerte</li></ul>
<iframe src="https://video.example.org/embed"></iframe>
${extra}
<div class="share"><a href="https://facebook.com/share">Teilen</a></div>
</article></main>
<aside class="related"><h3>Weitere Nachrichten</h3><a href="/x">Andere Meldung</a></aside>
<footer>Impressum · Datenschutz</footer>
</body></html>`

describe('an article page at its address', () => {
  test('is fetched with its photo, which keeps its credit apart from its caption', async () => {
    site.pages['/news/kulturnacht'] = { body: PAGE('/files/publikum.jpg') }
    site.pages['/files/publikum.jpg'] = { body: await jpeg(320, 200), type: 'image/jpeg' }
    const report = await imported({ json: { url: `${site.url}/news/kulturnacht` } })
    const [item] = report.items
    expect(item).toMatchObject({ outcome: 'created', source: `${site.url}/news/kulturnacht` })
    const draft = await ctx.payload.findByID({
      collection: 'events',
      id: item.event!,
      draft: true,
      locale: 'de',
      depth: 0,
    })
    expect(draft.title).toBe('Kulturnacht in Warschau')
    expect(draft.venue?.city).toBe('Warschau')
    expect(draft.venue?.country).toBe('PL')
    expect(draft.startDate_tz).toBe('Europe/Warsaw')
    expect(draft.hostInstitutes).toEqual([await idOf('institutes', INSTITUTES[0].slug)])
    const photo = await ctx.payload.findByID({ collection: 'photos', id: draft.heroPhoto as number, locale: 'de' })
    expect(photo).toMatchObject({
      credit: 'Anna Nowak',
      caption: 'Das Publikum bei der Eröffnung.',
      alt: 'Publikum im Saal',
    })
    // The default language holds the title until someone translates it.
    const english = await ctx.payload.findByID({
      collection: 'events',
      id: item.event!,
      draft: true,
      locale: 'en',
      depth: 0,
    })
    expect(english.title).toBe('Kulturnacht in Warschau')
  })

  test('keeps navigation, banners, share buttons, related news, frames and script links out of the body', async () => {
    site.pages['/news/kulturnacht-2'] = { body: PAGE('/files/none.jpg', '<p>Zweiter Teil des Abends.</p>') }
    const report = await imported({ json: { url: `${site.url}/news/kulturnacht-2` } })
    const draft = await ctx.payload.findByID({
      collection: 'events',
      id: report.items[0].event!,
      draft: true,
      locale: 'de',
    })
    const body = JSON.stringify(draft.body)
    for (const furniture of [
      'Aktuelles',
      'Cookies',
      'Teilen',
      'Weitere Nachrichten',
      'Impressum',
      'javascript',
      'iframe',
      'video.example.org',
    ])
      expect(body).not.toContain(furniture)
    expect(body).toContain('"url":"https://example.org/partner"')
    expect(body).toContain('"listType":"bullet"')
    // The picture's file is missing: reported with its caption and credit, the draft made without it.
    expect(report.items[0].photos).toEqual([
      expect.objectContaining({ outcome: 'missing', credit: 'Anna Nowak', caption: 'Das Publikum bei der Eröffnung.' }),
    ])
  })

  test('a file that is not an image is refused for that photo only', async () => {
    site.pages['/news/kulturnacht-3'] = { body: PAGE('/files/fake.jpg') }
    site.pages['/files/fake.jpg'] = { body: '<html>not a picture</html>', type: 'image/jpeg' }
    const report = await imported({ json: { url: `${site.url}/news/kulturnacht-3` } })
    expect(report.items[0].warnings.filter((w) => w.startsWith('Not saved'))).toEqual([])
    expect(report.items[0].outcome).toBe('created')
    expect(report.items[0].photos[0]).toMatchObject({ outcome: 'missing' })
    expect(report.items[0].photos[0].reason).toMatch(/not an image/)
  })
})

describe('a calendar at its address', () => {
  test('is read as a calendar by its content type, each event a draft', async () => {
    site.pages['/programme.ics'] = {
      body: fs.readFileSync('tests/fixtures/import/calendar.ics'),
      type: 'text/calendar; charset=utf-8',
    }
    const report = await imported({ json: { url: `${site.url}/programme.ics` } })
    expect(report.status).toBe('done')
    expect(report.items.map((i) => [i.source, i.outcome])).toEqual([
      ['ics:reading-2025-03-07@partner.example', 'created'],
      ['ics:festival-2025@partner.example', 'created'],
      ['ics:talk-utc@partner.example', 'created'],
      ['ics:course@partner.example', 'created'],
    ])
    expect(report.progress).toEqual({ done: 4, total: 4 })
  })
})

describe('what is refused, with the reason, and leaves nothing behind', () => {
  const form = filesForm

  test.each([
    ['no account', { json: { text: 'x' } }, undefined, 401],
    ['nothing sent', { json: {} }, 'editor', 400],
    ['an empty text', { json: { text: '   ' } }, 'editor', 400],
    ['an address that is not http', { json: { url: 'ftp://example.org/page' } }, 'editor', 400],
    ['not JSON', { raw: '{', contentType: 'application/json' }, 'editor', 400],
  ] as const)('%s', async (_, send, who, status) => {
    const before = await ctx.payload.count({ collection: 'imports' })
    const res = await api.rest('POST', '/api/imports', { ...(who ? { token: editor } : {}), ...send })
    expect(res.status).toBe(status)
    expect(res.body.errors[0].message).toEqual(expect.any(String))
    expect((await ctx.payload.count({ collection: 'imports' })).totalDocs).toBe(before.totalDocs)
  })

  test('a file of no kind that can be imported is refused, naming it', async () => {
    const res = await api.rest('POST', '/api/imports', {
      token: editor,
      form: form([['photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3])]]),
    })
    expect(res.status).toBe(415)
    expect(res.body.errors[0].message).toContain('photo.png')
    expect(fs.readdirSync(importsDir)).toEqual([])
  })

  test('an export with a DTD (XXE, billion laughs) fails with the reason and makes nothing', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title></item></channel></rss>`
    const before = await ctx.payload.count({ collection: 'events' })
    const report = await imported({ form: form([['export.xml', xxe]]) })
    expect(report.status).toBe('failed')
    expect(report.items[0].warnings.join(' ')).toMatch(/document type/)
    expect((await ctx.payload.count({ collection: 'events' })).totalDocs).toBe(before.totalDocs)
    expect(fs.readdirSync(importsDir)).toEqual([])
  })

  test('a contributor reads only their own imports', async () => {
    const report = await imported({
      json: { text: 'A title\n\nA first paragraph that is long enough to be read as one, with words enough.' },
    })
    const contributor = (await createUser(ctx.payload, 'contributor')).token
    expect((await api.rest('GET', `/api/imports/${report.id}`, { token: contributor })).status).toBe(404)
    expect((await api.rest('GET', `/api/imports/${report.id}`)).status).toBe(403)
  })
})

describe('rights, languages and what one item may not take down with it', () => {
  test('a contributor’s drafts stay in their own clusters; the others are left out, with a warning', async () => {
    const kazakhstan = await idOf('clusters', 'eunic-kazakhstan')
    const contributor = await createUser(ctx.payload, 'contributor')
    await ctx.payload.update({
      collection: 'users',
      id: contributor.user!.id,
      data: { clusters: [kazakhstan] },
      overrideAccess: true,
    })
    const { token } = await ctx.payload.login({
      collection: 'users',
      data: { email: contributor.email, password: contributor.password },
    })
    const text = fs
      .readFileSync(SEED_PAGE, 'utf8')
      .replace('Focus meeting for clusters', 'Second focus meeting for clusters')
    const report = await imported({ json: { text } }, token!)
    const [item] = report.items
    expect(item.outcome).toBe('created')
    expect((await draftOf(item.event!)).clusters).toEqual([kazakhstan])
    expect(item.warnings.join(' ')).toMatch(/Left out, as they are not your clusters: .*EUNIC Armenia/)
  })

  test('a suggested name is created with one click and linked in its draft; asked twice, it says so', async () => {
    const report = await imported({
      json: {
        text: 'Poetry in the park\n\nOn 3 June 2026 the clusters Mongolia and Kazakhstan held a reading in the park of Almaty, Kazakhstan, for everyone.',
      },
    })
    const [item] = report.items
    expect(item.suggestions).toEqual([expect.objectContaining({ collection: 'clusters', name: 'EUNIC Mongolia' })])
    const ask = () =>
      api.rest('POST', `/api/imports/${report.id}/suggestions`, {
        token: editor,
        json: { item: 0, collection: 'clusters', name: 'EUNIC Mongolia' },
      })
    const created = await ask()
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ name: 'EUNIC Mongolia', country: 'MN' })
    expect((await draftOf(item.event!)).clusters).toEqual(
      expect.arrayContaining([created.body.doc.id, await idOf('clusters', 'eunic-kazakhstan')]),
    )
    expect((await ask()).status).toBe(409)
    const contributor = (await createUser(ctx.payload, 'contributor')).token
    expect(
      (
        await api.rest('POST', `/api/imports/${report.id}/suggestions`, {
          token: contributor,
          json: { item: 0, collection: 'clusters', name: 'EUNIC Mongolia' },
        })
      ).status,
    ).toBe(404)
  })

  test('a page in a language the site has not goes to the default one, with a warning', async () => {
    site.pages['/es/noticia'] = {
      body: '<!doctype html><html lang="es"><body><article><h1>Semana europea</h1><p>La semana europea se celebra del 2 al 5 de octubre de 2023 en Madrid, España, con conciertos y lecturas para todos los públicos.</p></article></body></html>',
    }
    const report = await imported({ json: { url: `${site.url}/es/noticia` } })
    expect(report.items[0].outcome).toBe('created')
    expect(report.items[0].warnings.join(' ')).toMatch(/"es", not a language of this site: its texts went to en/)
    expect((await draftOf(report.items[0].event!)).title).toBe('Semana europea')
  })

  test('a text over 10 MB is refused before anything is stored', async () => {
    const res = await api.rest('POST', '/api/imports', {
      token: editor,
      json: { text: 'a'.repeat(10 * 1024 * 1024 + 1) },
    })
    expect(res.status).toBe(413)
    expect(res.body.errors[0].message).toMatch(/longer than 10 MB/)
  })

  test('a page over 10 MB is refused, naming the limit of its kind', async () => {
    const data = new FormData()
    data.append(
      'file',
      new Blob([`<!doctype html><html><body>${'x'.repeat(10 * 1024 * 1024)}</body></html>`]),
      'huge.html',
    )
    const res = await api.rest('POST', '/api/imports', { token: editor, form: data })
    expect(res.status).toBe(413)
    expect(res.body.errors[0].message).toMatch(/huge\.html.*10 MB.*article page/)
    expect(fs.readdirSync(importsDir)).toEqual([])
  })

  test('an item that fails leaves no event and no photo behind, and the next item goes on', async () => {
    site.pages['/uploads/poster.jpg'] = { body: await jpeg(200, 300), type: 'image/jpeg' }
    const post = (id: number, title: string, start: string, end: string) => `<item><title>${title}</title>
      <guid isPermaLink="false">${site.url}/?p=${id}</guid><link>${site.url}/?p=${id}</link>
      <content:encoded><![CDATA[<p>An evening of readings, music and talk for everyone who likes books.</p>]]></content:encoded>
      <wp:post_id>${id}</wp:post_id><wp:status>publish</wp:status><wp:post_type>tribe_events</wp:post_type>
      <wp:postmeta><wp:meta_key>_EventStartDate</wp:meta_key><wp:meta_value>${start}</wp:meta_value></wp:postmeta>
      <wp:postmeta><wp:meta_key>_EventEndDate</wp:meta_key><wp:meta_value>${end}</wp:meta_value></wp:postmeta>
      <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>9${id}</wp:meta_value></wp:postmeta>
    </item>
    <item><title>poster</title><wp:post_id>9${id}</wp:post_id><wp:post_parent>${id}</wp:post_parent>
      <wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type>
      <excerpt:encoded><![CDATA[The poster. © The Library]]></excerpt:encoded>
      <wp:attachment_url>${site.url}/uploads/poster.jpg</wp:attachment_url></item>`
    const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><language>en</language>
      ${post(501, 'Reading backwards', '2026-05-02 20:00:00', '2026-05-02 18:00:00')}
      ${post(502, 'Reading forwards', '2026-05-03 18:00:00', '2026-05-03 20:00:00')}
    </channel></rss>`
    const photos = (await ctx.payload.count({ collection: 'photos' })).totalDocs
    const data = new FormData()
    data.append('file', new Blob([xml]), 'export.xml')
    const report = await imported({ form: data })
    const [backwards, forwards] = report.items
    expect(backwards.outcome).toBe('failed')
    expect(backwards.warnings.join(' ')).toMatch(/end cannot come before the start/)
    expect(backwards.photos[0]).toMatchObject({ outcome: 'refused', reason: 'the draft was not saved' })
    expect(forwards.outcome).toBe('created')
    // One photo: the second item's; the first item's was rolled back with it.
    expect((await ctx.payload.count({ collection: 'photos' })).totalDocs).toBe(photos + 1)
    const titles = await ctx.payload.find({
      collection: 'events',
      where: { title: { in: ['Reading backwards', 'Reading forwards'] } },
      draft: true,
    })
    expect(titles.docs.map((d) => d.title)).toEqual(['Reading forwards'])
  })
})
