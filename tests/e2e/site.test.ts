import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { EVENT, PHOTOS } from '@/seed/data'

import { adminAccount } from './accounts'
import { eventually } from './eventually'
import { startSecondServer } from './server.mjs'
import { BASE_URL, closeBrowser, openBrowser, SCREENSHOT_DIR, type Session, SKIP_REASON } from './browser'

// Skipped only where no Chromium exists outside CI; the global setup prints why, in a banner (in CI it fails).
const suite = SKIP_REASON ? describe.skip : describe

const eventPath = `/events/${EVENT.slug}`

async function api(pathname: string, init?: RequestInit) {
  const res = await fetch(`${BASE_URL}${pathname}`, init)
  return { status: res.status, body: await res.json() }
}

const graphql = (query: string, token?: string) =>
  api('/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify({ query }),
  })

suite('the built site in a real browser', () => {
  let session: Session
  let editorToken = ''
  let draftSlug = ''
  beforeAll(async () => {
    session = await openBrowser()
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  })
  afterAll(() => closeBrowser(session))

  test('/admin of a new install opens on the create-first-user screen', async () => {
    // Its own server on an empty database: the run's shared one gets its first account from whichever test
    // file signs in first.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eunic-e2e-empty-'))
    const fresh = await startSecondServer({ DATABASE_URI: `file:${path.join(dir, 'empty.db')}` })
    try {
      const page = await session.context.newPage()
      await page.goto(`${fresh.baseUrl}/admin`)
      await page.waitForURL(/\/admin\/create-first-user/)
      await page.locator('input[name="email"]').waitFor()
      expect(await page.locator('input[name="password"]').count()).toBe(1)
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'admin-first-user.png') })
      await page.close()
    } finally {
      fresh.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  test('the demo event page shows the meeting with its three credited photos', async () => {
    const page = await session.context.newPage()
    const response = await page.goto(eventPath)
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').textContent()).toBe(EVENT.title)
    expect((await page.locator('.event-header .event-meta time').textContent())?.replace(/\s+/g, ' ')).toMatch(
      /25 ?– ?26 June 2024/,
    )

    const credits = await page.locator('figure.photo .photo-credit').allTextContents()
    expect(credits).toEqual(PHOTOS.map((p) => `Credits: ${p.credit}`))
    const captions = await page.locator('figure.photo .photo-caption').allTextContents()
    expect(captions.map((c) => c.trim())).toEqual(PHOTOS.map((p) => p.caption))

    // Every image really loads (gallery images are lazy: bring each into view), with its alt text.
    for (const img of await page.locator('figure.photo img').all()) {
      await img.scrollIntoViewIfNeeded()
      await img.evaluate((el) => (el as HTMLImageElement).decode().catch(() => undefined))
    }
    const images = await page
      .locator('figure.photo img')
      .evaluateAll((imgs) =>
        imgs.map((img) => ({ alt: img.getAttribute('alt'), loaded: (img as HTMLImageElement).naturalWidth > 0 })),
      )
    expect(images).toEqual(PHOTOS.map((p) => ({ alt: p.alt, loaded: true })))

    await expect(page.locator('.eu-disclaimer').textContent()).resolves.toContain('Co-funded by the European Union')
    const facts = await page.locator('.key-facts').textContent()
    for (const name of ['EUNIC Kazakhstan', 'Goethe-Institut Kasachstan', 'European Commission, DG NEAR']) {
      expect(facts).toContain(name)
    }
    // Search engines and sharing: JSON-LD, canonical, hreflang, Open Graph with the 1200×630 size.
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
    expect(ld).toMatchObject({ '@type': 'Event', name: EVENT.title, startDate: '2024-06-25', endDate: '2024-06-26' })
    expect(ld.organizer[0].name).toBe('Goethe-Institut Kasachstan')
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${BASE_URL}${eventPath}`)
    expect(await page.locator('link[hreflang="fr"]').getAttribute('href')).toBe(`${BASE_URL}/fr${eventPath}`)
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(
      /-1200x630\.jpg\?v=[0-9a-z]+$/,
    )
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image')
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'event-desktop.png'), fullPage: true })
    await page.close()
  })

  test('clicking a tag opens its archive, which lists the event', async () => {
    const page = await session.context.newPage()
    await page.goto(eventPath)
    await page.getByRole('link', { name: 'Climate', exact: true }).click()
    await page.waitForURL(/\/tags\/climate$/)
    expect(await page.locator('h1').textContent()).toBe('Climate')
    expect(await page.locator('.card h2 a').allTextContents()).toEqual([EVENT.title])
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'tag-desktop.png'), fullPage: true })
    await page.close()
  })

  test('French: translated title and site words, English body as fallback, hreflang-ready switcher', async () => {
    const page = await session.context.newPage()
    const response = await page.goto(`/fr${eventPath}`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('html').getAttribute('lang')).toBe('fr')
    expect(await page.locator('h1').textContent()).toBe(EVENT.titleTranslations.fr)
    expect(await page.locator('.rich-text p').first().textContent()).toBe(EVENT.body[0])
    // The text not yet in French says it is English (WCAG 3.1.2); the French title does not.
    const langOf = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))
    expect(await langOf('.rich-text')).toBe('en')
    expect(await langOf('h1')).toBe('fr')
    expect(await page.locator('figure.photo .photo-credit').first().textContent()).toBe(
      `Crédits\u00a0: ${PHOTOS[0].credit}`,
    )
    expect((await page.locator('.event-header .event-meta time').textContent())?.replace(/\s+/g, ' ')).toMatch(
      /25 ?– ?26 juin 2024/,
    )
    await page.getByRole('link', { name: 'English' }).click()
    await page.waitForURL(new RegExp(`${eventPath}$`))
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await page.close()
  })

  test('the cluster, institute and partner pages list the event', async () => {
    const page = await session.context.newPage()
    for (const path of ['/clusters/eunic-kazakhstan', '/institutes/goethe-institut-kasachstan', '/partners/dybys']) {
      const response = await page.goto(path)
      expect(response?.status()).toBe(200)
      expect(await page.locator('.card h3 a').allTextContents()).toContain(EVENT.title)
    }
    await page.goto('/clusters/eunic-kazakhstan')
    await page.getByRole('link', { name: 'Goethe-Institut Kasachstan' }).click()
    await page.waitForURL(/\/institutes\/goethe-institut-kasachstan$/)
    await page.close()
  })

  test('search finds the event, its clusters and tags', async () => {
    const page = await session.context.newPage()
    await page.goto('/search')
    await page.getByRole('searchbox').fill('Kazakhstan')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.waitForURL(/\/search\?q=Kazakhstan/)
    expect(await page.locator('.card h3 a').allTextContents()).toContain(EVENT.title)
    expect(await page.getByRole('link', { name: 'EUNIC Kazakhstan' }).count()).toBe(1)
    await page.close()
  })

  test('the past-events filter by tag and year', async () => {
    const page = await session.context.newPage()
    await page.goto('/events?when=past')
    await page.getByLabel('Tag').selectOption('climate')
    await page.getByLabel('Year').selectOption('2024')
    await page.getByRole('button', { name: 'Apply' }).click()
    await page.waitForURL(/tag=climate/)
    expect(page.url()).toContain('year=2024')
    expect(await page.locator('.card h2 a').allTextContents()).toEqual([EVENT.title])
    await page.goto('/events?when=past&tag=fair-collaboration&year=2023')
    expect(await page.locator('.card').count()).toBe(0)
    await page.close()
  })

  test('every page type shows the demo content', async () => {
    const page = await session.context.newPage()
    const expectations: [string, string[]][] = [
      ['/', [EVENT.title, 'EUNIC Kazakhstan', 'Climate']],
      ['/events?when=past', [EVENT.title]],
      ['/tags', ['Fair Collaboration', 'European Spaces of Culture']],
      ['/tags/eu-relations', [EVENT.title, 'EU Relations']],
      ['/clusters', ['Central Asia & Caucasus', 'EUNIC Armenia', 'EUNIC Uzbekistan']],
      ['/clusters/eunic-kazakhstan', ['Goethe-Institut Kasachstan', EVENT.title]],
      ['/institutes/goethe-institut-kasachstan', ['EUNIC Kazakhstan', EVENT.title]],
      ['/partners/dg-intpa', ['European Commission, DG INTPA', EVENT.title]],
      ['/de/tags/climate', ['Klima', EVENT.titleTranslations.de]],
      ['/fr/clusters', ['Asie centrale et Caucase']],
      ['/de/partners/dybys', ['Projekt']],
    ]
    for (const [target, texts] of expectations) {
      const response = await page.goto(target)
      expect(response?.status()).toBe(200)
      const text = await page.locator('main').textContent()
      for (const expected of texts) expect(text).toContain(expected)
    }
    await page.close()
  })

  test('unknown addresses give the 404 page, in the site layout', async () => {
    const page = await session.context.newPage()
    for (const [path, title] of [
      ['/nothing/here', 'Page not found'],
      ['/events/no-such-event', 'Page not found'],
      ['/fr/tags/no-such-tag', 'Page introuvable'],
      ['/de/nichts', 'Seite nicht gefunden'],
    ]) {
      const response = await page.goto(path)
      expect(response?.status()).toBe(404)
      expect(await page.locator('h1').textContent()).toBe(title)
      expect(await page.locator('.site-header').count()).toBe(1)
    }
    await page.close()
  })

  test('screenshots of the home, an event and a tag archive, desktop and phone (shown in the README)', async () => {
    const shots = { home: '/', event: eventPath, tag: '/tags/climate' }
    for (const [width, height, device] of [
      [1280, 900, 'desktop'],
      [390, 844, 'phone'],
    ] as const) {
      const page = await session.context.newPage()
      await page.setViewportSize({ width, height })
      for (const [name, target] of Object.entries(shots)) {
        await page.goto(target)
        for (const img of await page.locator('img').all()) {
          await img.scrollIntoViewIfNeeded()
          await img.evaluate((el) => (el as HTMLImageElement).decode().catch(() => undefined))
        }
        await page.evaluate(() => window.scrollTo(0, 0))
        await page.screenshot({
          path: path.join(SCREENSHOT_DIR, `${name}-${device}.jpg`),
          type: 'jpeg',
          quality: 70,
          fullPage: true,
        })
      }
      await page.close()
    }
    expect(fs.readdirSync(SCREENSHOT_DIR).filter((f) => f.endsWith('.jpg'))).toHaveLength(6)
  })

  test('a phone-width page has no horizontal scroll', async () => {
    const page = await session.context.newPage()
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(eventPath)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'event-phone.png'), fullPage: true })
    await page.close()
  })

  test('the demo event is served over REST and GraphQL', async () => {
    const rest = await api('/api/events?depth=1')
    expect(rest.status).toBe(200)
    expect(rest.body.docs.map((e: { slug: string }) => e.slug)).toContain(EVENT.slug)
    const gql = await graphql('{ Events { docs { slug heroPhoto { credit } gallery { credit } } } }')
    const event = gql.body.data.Events.docs.find((e: { slug: string }) => e.slug === EVENT.slug)
    expect([event.heroPhoto.credit, ...event.gallery.map((p: { credit: string }) => p.credit)]).toEqual(
      PHOTOS.map((p) => p.credit),
    )
  })

  test('a draft is visible to its editor and to nobody else: not over REST, GraphQL or the site', async () => {
    // The run's first account (whichever test file registers it first; the others sign in).
    const { token } = await adminAccount()

    const created = await api('/api/events?draft=true', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        _status: 'draft',
        title: 'Unannounced draft event',
        startDate: '2031-01-01T10:00:00.000Z',
        startDate_tz: 'Europe/Brussels',
        endDate: '2031-01-01T12:00:00.000Z',
        endDate_tz: 'Europe/Brussels',
      }),
    })
    expect(created.status).toBe(201)
    const slug = created.body.doc.slug as string

    const anonymous = await api(`/api/events?where[slug][equals]=${slug}&draft=true`)
    expect(anonymous.body.docs).toEqual([])
    const anonymousGql = await graphql('{ Events(draft: true) { docs { slug } } }')
    expect(anonymousGql.body.data.Events.docs.map((e: { slug: string }) => e.slug)).not.toContain(slug)
    const editor = await api(`/api/events?where[slug][equals]=${slug}&draft=true`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(editor.body.docs).toHaveLength(1)

    const page = await session.context.newPage()
    const response = await page.goto(`/events/${slug}`)
    expect(response?.status()).toBe(404)
    expect(await page.locator('h1').textContent()).toBe('Page not found')
    await page.close()

    // Signed in, the admin panel lists the demo event (published) and the draft.
    const url = new URL(BASE_URL)
    await session.context.addCookies([{ name: 'payload-token', value: token, domain: url.hostname, path: '/' }])
    const admin = await session.context.newPage()
    // Other test files add events side by side: one page long enough for all of them.
    await admin.goto('/admin/collections/events?limit=100')
    await admin.getByText(EVENT.title).first().waitFor()
    await admin.getByText('Unannounced draft event').first().waitFor()
    await admin.screenshot({ path: path.join(SCREENSHOT_DIR, 'admin-events.png') })
    await admin.close()
    await session.context.clearCookies()
    editorToken = token
    draftSlug = slug
  })

  test('draft preview: editors only, through their session; a shared link alone shows nothing', async () => {
    const target = `/events/${draftSlug}`
    const anonymous = await fetch(`${BASE_URL}/preview?path=${encodeURIComponent(target)}`, { redirect: 'manual' })
    expect(anonymous.status).toBe(307)
    expect(anonymous.headers.get('location')).toContain('/admin/login?redirect=')
    const offSite = await fetch(`${BASE_URL}/preview?path=${encodeURIComponent('//evil.example/x')}`, {
      redirect: 'manual',
    })
    expect(offSite.status).toBe(400)

    const url = new URL(BASE_URL)
    const context = await session.browser.newContext({ baseURL: BASE_URL })
    await context.addCookies([{ name: 'payload-token', value: editorToken, domain: url.hostname, path: '/' }])
    const page = await context.newPage()
    await page.goto(`/preview?path=${encodeURIComponent(target)}`)
    await page.waitForURL(new RegExp(`${target}$`))
    expect(await page.locator('h1').textContent()).toBe('Unannounced draft event')
    expect(await page.locator('.preview-banner').count()).toBe(1)
    await page.getByRole('link', { name: 'Leave preview' }).click()
    await page.waitForURL(`${BASE_URL}/`)
    expect((await page.goto(target))?.status()).toBe(404)
    await context.close()
  })

  test('a page is kept whole for every reader and says how caches in front may keep it; a search is not kept', async () => {
    const read = (path: string, init?: RequestInit) => fetch(`${BASE_URL}${path}`, init)
    await read(eventPath)
    const kept = await read(eventPath)
    expect(kept.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(kept.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=\d+/)
    expect(kept.headers.get('surrogate-key')).toContain('list:events')
    expect(kept.headers.get('xkey')).toBe(kept.headers.get('surrogate-key'))
    // The language links are the same for everyone; the browser adds an address's search to them.
    expect(await kept.text()).toContain(`href="/fr${eventPath}"`)

    // The events index keeps a page per set of filters, whatever order or extra keys the address has.
    await read('/events?tag=climate&when=past&utm_source=newsletter')
    const filtered = await read('/events?when=past&tag=climate')
    expect(filtered.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(await filtered.text()).toContain('<option value="climate" selected="">')
    expect((await read('/event-list/when/past')).status).toBe(404)

    const search = await read('/search?q=almaty')
    expect(search.headers.get('cache-control')).toMatch(/no-store/)
    expect(search.headers.get('surrogate-key')).toBeNull()
    expect(await search.text()).toContain('href="/fr/search?q=almaty"')

    const signedIn = await read(eventPath, { headers: { authorization: `JWT ${editorToken}` } })
    expect(signedIn.status).toBe(200)
    expect(signedIn.headers.get('surrogate-key')).toBeNull()
    expect(signedIn.headers.get('age')).toBeNull()

    // Once Next has answered a page from its cache, the server sends it again itself, the same bytes, with its age.
    const first = await read(eventPath)
    const again = await read(eventPath)
    expect(again.headers.get('age')).toMatch(/^\d+$/)
    expect(again.headers.get('cache-control')).toBe(first.headers.get('cache-control'))
    expect(again.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'))
    expect(await again.text()).toBe(await first.text())
    const withCookie = await read(eventPath, { headers: { cookie: 'payload-token=not-a-token' } })
    expect(withCookie.headers.get('age')).toBeNull()
  })

  test('publishing, editing, renaming a tag, unpublishing and deleting show on the cached pages at once', async () => {
    const auth = { 'Content-Type': 'application/json', Authorization: `JWT ${editorToken}` }
    const send = (method: string, path: string, body?: unknown) =>
      api(path, { method, headers: auth, body: body === undefined ? undefined : JSON.stringify(body) })
    const html = async (path: string) => {
      const res = await fetch(`${BASE_URL}${path}`)
      return { status: res.status, text: await res.text(), cache: res.headers.get('x-nextjs-cache') }
    }

    const tag = (await send('POST', '/api/tags', { name: 'Freshness check' })).body.doc
    const created = await send('POST', '/api/events', {
      _status: 'published',
      title: 'Freshly published',
      startDate: '2031-02-01T10:00:00.000Z',
      startDate_tz: 'Europe/Brussels',
      endDate: '2031-02-01T12:00:00.000Z',
      endDate_tz: 'Europe/Brussels',
      tags: [tag.id],
    })
    expect(created.status).toBe(201)
    const { id, slug } = created.body.doc
    const page = `/events/${slug}`

    // Pages are kept whole, the same for every reader, and must still be right after each change.
    await eventually(async () => expect((await html(page)).text).toContain('Freshly published'))
    const cached = await html(page)
    expect(cached.text).toContain('Freshly published')
    expect(cached.cache).toBe('HIT')
    await eventually(async () => expect((await html('/events')).text).toContain('Freshly published'))

    await send('PATCH', `/api/events/${id}`, { title: 'Edited after publishing' })
    await eventually(async () => expect((await html(page)).text).toContain('Edited after publishing'))
    await eventually(async () => expect((await html('/events')).text).toContain('Edited after publishing'))
    await eventually(async () => expect((await html(`/tags/${tag.slug}`)).text).toContain('Edited after publishing'))

    await send('PATCH', `/api/tags/${tag.id}`, { name: 'Renamed topic' })
    await eventually(async () => expect((await html(page)).text).toContain('Renamed topic'))
    await send('DELETE', `/api/tags/${tag.id}`)
    await eventually(async () => expect((await html(page)).text).not.toContain('Renamed topic'))

    // A photo's credit, edited in the photo library, changes on the pages that show the photo.
    const demo = `/events/${EVENT.slug}`
    const photos = (await api(`/api/photos?where[filename][equals]=${PHOTOS[0].filename}`)).body.docs
    await eventually(async () => expect((await html(demo)).text).toContain(PHOTOS[0].credit))
    await send('PATCH', `/api/photos/${photos[0].id}`, { credit: 'A corrected credit' })
    await eventually(async () => expect((await html(demo)).text).toContain('A corrected credit'))
    await send('PATCH', `/api/photos/${photos[0].id}`, { credit: PHOTOS[0].credit })
    await eventually(async () => expect((await html(demo)).text).not.toContain('A corrected credit'))

    await send('PATCH', `/api/events/${id}`, { _status: 'draft' })
    await eventually(async () => expect((await html(page)).status).toBe(404))
    await eventually(async () => expect((await html('/events')).text).not.toContain('Edited after publishing'))

    await send('PATCH', `/api/events/${id}`, { _status: 'published' })
    await eventually(async () => expect((await html(page)).status).toBe(200))
    await send('DELETE', `/api/events/${id}`)
    await eventually(async () => expect((await html(page)).status).toBe(404))
  })
})
