import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { seed } from '@/seed'
import { CLUSTERS, EVENT, INSTITUTES, PARTNERS, PHOTOS, TAGS } from '@/seed/data'

import { createUser, jpeg } from '../helpers/fixtures'
import { apiClient } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'
import { startSite } from '../helpers/site-server'

/**
 * An import turns existing pages into draft events: sent over REST, run by the jobs round, reported item by item;
 * the same page imported again updates its draft, never makes a second one; bad input is refused with a reason.
 */
const importsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eunic-imports-'))
process.env.IMPORTS_DIR = importsDir

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

type Item = {
  source: string
  outcome: string
  event?: number
  fields?: Record<string, string>
  warnings: string[]
  suggestions: Array<{ collection: string; name: string }>
  photos: Array<{ caption?: string; credit?: string; outcome: string; photo?: number; reason?: string }>
}

/** Sends an import, runs the jobs round until it is finished, and answers the import as GET /api/imports/:id has it. */
async function imported(send: { json?: unknown; form?: FormData }, token = editor) {
  const res = await api.rest('POST', '/api/imports', { token, ...send })
  expect(res.status).toBe(201)
  const id = res.body.doc.id as number
  for (let round = 0; round < 50; round++) {
    await runDueJobs(ctx.payload)
    const got = await api.rest('GET', `/api/imports/${id}`, { token })
    expect(got.status).toBe(200)
    if (got.body.status === 'done' || got.body.status === 'failed')
      return got.body as {
        id: number
        status: string
        progress: { done: number; total: number }
        items: Item[]
        error?: string
      }
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error('The import did not finish.')
}

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

describe('what is refused, with the reason, and leaves nothing behind', () => {
  const form = (files: Array<[string, string | Buffer]>) => {
    const data = new FormData()
    for (const [name, content] of files)
      data.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name)
    return data
  }

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
