import { EVENT, TAGS } from '@/seed/data'

import { PAGE_SIZE } from '@/lib/query/pagination'

import { adminAccount } from './accounts'
import { eventually } from './eventually'
import { jwt, rest } from './rest'
import { BASE_URL, closeBrowser, openBrowser, SCREENSHOT_DIR, type Session, SKIP_REASON } from './browser'

const suite = SKIP_REASON ? describe.skip : describe

/** A page's text once it contains what a change just made. */
async function eventuallyText(path: string, expected: string) {
  let text = ''
  await eventually(async () => {
    text = await (await fetch(`${BASE_URL}${path}`)).text()
    expect(text).toContain(expected)
  })
  return text
}

suite('searching, filtering and paging the site', () => {
  let session: Session
  beforeAll(async () => {
    session = await openBrowser()
  })
  afterAll(() => closeBrowser(session))

  test('the language switcher keeps the search and the filters', async () => {
    const page = await session.context.newPage()
    await page.goto(`${BASE_URL}/search?q=almaty`)
    await page.locator('.card-grid').waitFor()
    await Promise.all([
      page.waitForURL(/\/fr\/search/),
      page.locator('.header-bar > .language-switcher a[hreflang="fr"]').click(),
    ])
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/fr/search?q=almaty')
    expect(await page.locator('input[name="q"]').inputValue()).toBe('almaty')
    expect(await page.locator('.card-grid').innerText()).toContain('Almaty')

    await page.goto(`${BASE_URL}/de/events?when=past&tag=${TAGS[0].slug}&page=1`)
    await Promise.all([
      page.waitForURL(/\/events\?/),
      page.locator('.header-bar > .language-switcher a[hreflang="en"]').click(),
    ])
    const url = new URL(page.url())
    expect(url.pathname).toBe('/events')
    expect(Object.fromEntries(url.searchParams)).toEqual({ when: 'past', tag: TAGS[0].slug })
    expect(await page.locator('select[name="tag"]').inputValue()).toBe(TAGS[0].slug)
    await page.close()
  })

  test('filters with no match say so and offer all events', async () => {
    const page = await session.context.newPage()
    await page.goto(`${BASE_URL}/events?when=past&tag=${TAGS[0].slug}&year=2019`)
    const empty = page.locator('p.empty')
    expect(await empty.innerText()).toBe('No events match these filters.')
    expect(await page.locator('select[name="year"]').inputValue()).toBe('2019')
    await page.screenshot({ path: `${SCREENSHOT_DIR}/site-no-match.png` })
    await Promise.all([
      page.waitForURL(/\/events\?when=past$/),
      page.getByRole('link', { name: 'Show all events' }).click(),
    ])
    expect(await page.locator('.card-grid').innerText()).toContain(EVENT.title)
    await page.goto(`${BASE_URL}/fr/events?year=2019`)
    expect(await page.locator('p.empty').innerText()).toBe('Aucun événement ne correspond à ces filtres.')
    await page.close()
  })

  test('headings go down one level at a time on the index and the archives', async () => {
    const page = await session.context.newPage()
    for (const path of [
      '/events?when=past',
      `/tags/${TAGS[0].slug}`,
      '/fr/events?when=past',
      '/search?q=almaty',
      '/',
    ]) {
      await page.goto(`${BASE_URL}${path}`)
      const levels = await page
        .locator('main h1, main h2, main h3, main h4')
        .evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))))
      expect(levels[0]).toBe(1)
      const jumps = levels.slice(1).filter((level, i) => level > levels[i] + 1)
      expect({ path, jumps }).toEqual({ path, jumps: [] })
    }
    await page.close()
  })

  test('a page past the last one is not found; the first page always is', async () => {
    const status = async (path: string) => (await fetch(`${BASE_URL}${path}`)).status
    expect(await status('/events?page=99')).toBe(404)
    expect(await status('/events?when=past&page=99')).toBe(404)
    expect(await status(`/tags/${TAGS[0].slug}?page=99`)).toBe(404)
    expect(await status('/fr/events?page=2')).toBe(404)
    expect(await status('/events?page=1')).toBe(200)
    expect(await status('/events?when=past&page=1')).toBe(200)
    expect(await status(`/tags/${TAGS[0].slug}`)).toBe(200)
    // An archive's later pages have addresses of their own; page 1 is the archive itself.
    expect(await status(`/tags/${TAGS[0].slug}/page/99`)).toBe(404)
    expect(await status(`/tags/${TAGS[0].slug}/page/1`)).toBe(404)
    expect(await status(`/fr/tags/${TAGS[0].slug}/page/two`)).toBe(404)
    const moved = await fetch(`${BASE_URL}/fr/tags/${TAGS[0].slug}?page=3`, { redirect: 'manual' })
    expect(moved.status).toBe(308)
    expect(new URL(moved.headers.get('location') ?? '', BASE_URL).pathname).toBe(`/fr/tags/${TAGS[0].slug}/page/3`)
  })

  test("a tag archive's later pages have addresses of their own, kept like any page", async () => {
    const admin = await adminAccount()
    const tag = (
      await rest(`${BASE_URL}/api/tags`, 'POST', { json: { name: 'Paged topic' }, authorization: jwt(admin.token) })
    ).body.doc
    const made: number[] = []
    for (let i = 0; i < PAGE_SIZE + 1; i++) {
      const res = await rest(`${BASE_URL}/api/events`, 'POST', {
        authorization: jwt(admin.token),
        json: {
          _status: 'published',
          title: `Paged event ${String(i).padStart(2, '0')}`,
          startDate: `2032-03-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`,
          startDate_tz: 'Europe/Berlin',
          endDate: `2032-03-${String(i + 1).padStart(2, '0')}T12:00:00.000Z`,
          endDate_tz: 'Europe/Berlin',
          tags: [tag.id],
        },
      })
      expect(res.status).toBe(201)
      made.push(res.body.doc.id)
    }
    // The latest first: page 1 ends one event short, which page 2 holds.
    const first = await eventuallyText(`/fr/tags/${tag.slug}`, `href="/fr/tags/${tag.slug}/page/2"`)
    expect(first).toContain(`Paged event ${PAGE_SIZE}`)
    expect(first).not.toContain('Paged event 00')
    const second = await fetch(`${BASE_URL}/fr/tags/${tag.slug}/page/2`)
    expect(second.status).toBe(200)
    expect(await second.text()).toContain('Paged event 00')
    expect((await fetch(`${BASE_URL}/fr/tags/${tag.slug}/page/2`)).headers.get('x-nextjs-cache')).toBe('HIT')
    expect((await fetch(`${BASE_URL}/fr/tags/${tag.slug}/page/3`)).status).toBe(404)
    // Other test files list every event: these go again.
    for (const id of made) await rest(`${BASE_URL}/api/events/${id}`, 'DELETE', { authorization: jwt(admin.token) })
    await rest(`${BASE_URL}/api/tags/${tag.id}`, 'DELETE', { authorization: jwt(admin.token) })
  })

  test('a page loads its icon and nothing else it does not show: no prefetching of the links in view', async () => {
    const page = await session.context.newPage()
    const requests: string[] = []
    const failed: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`))
    await page.goto(`${BASE_URL}/events?when=past`, { waitUntil: 'networkidle' })
    await page.mouse.move(200, 400)
    await page.waitForTimeout(1500)
    expect(failed).toEqual([])
    expect(requests.filter((url) => url.includes('_rsc='))).toEqual([])
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('/icon.svg')
    const icon = await fetch(`${BASE_URL}/icon.svg`)
    expect([icon.status, icon.headers.get('content-type')]).toEqual([200, 'image/svg+xml'])
    const manifest = await (await fetch(`${BASE_URL}/manifest.webmanifest`)).json()
    expect(manifest).toMatchObject({ name: 'EUNIC Events', icons: [{ src: '/icon.svg' }] })
    await page.close()
  })
})
