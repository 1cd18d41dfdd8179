import fs from 'node:fs'
import path from 'node:path'

import { account, signIn } from './accounts'
import { BASE_URL, closeBrowser, openBrowser, SCREENSHOT_DIR, type Session, SKIP_REASON } from './browser'
import { jwt, rest } from './rest'
import { startSecondServer } from './server.mjs'

const suite = SKIP_REASON ? describe.skip : describe

/** The same server at its numeric loopback address, as a colleague typing the address would open it. */
const NUMERIC = BASE_URL.replace('//localhost:', '//127.0.0.1:')

suite('the editors’ admin', () => {
  let session: Session
  beforeAll(async () => {
    session = await openBrowser()
  })
  afterAll(() => closeBrowser(session))

  test('opened at 127.0.0.1 it saves, and says nothing is wrong', async () => {
    const editor = await account('editor')
    const page = await session.context.newPage()
    await signIn(page, editor.email, editor.password, NUMERIC)
    await page.goto(`${NUMERIC}/admin/collections/tags/create`)
    const name = `Saved at the numeric address ${Date.now()}`
    await page.fill('#field-name', name)
    await page.click('#action-save')
    await page.waitForURL(/\/admin\/collections\/tags\/\d+/, { timeout: 15_000 })
    expect(await page.locator('.wrong-address').count()).toBe(0)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-numeric-address.png` })
    const found = await (await fetch(`${BASE_URL}/api/tags?where[name][equals]=${encodeURIComponent(name)}`)).json()
    expect(found.totalDocs).toBe(1)
    await page.close()
  })

  test('with a public address configured, opened elsewhere it says where changes can be saved', async () => {
    const deployed = await startSecondServer((port) => ({ NEXT_PUBLIC_SERVER_URL: `http://localhost:${port}` }))
    try {
      const elsewhere = deployed.baseUrl.replace('//localhost:', '//127.0.0.1:')
      const page = await session.context.newPage()
      await page.goto(`${elsewhere}/admin/login`)
      const notice = page.locator('.wrong-address')
      await notice.waitFor({ timeout: 10_000 })
      const text = await notice.innerText()
      expect(text).toContain('Changes cannot be saved at this address')
      expect(text).toContain(elsewhere)
      expect(await notice.locator('a').getAttribute('href')).toBe(`${deployed.baseUrl}/admin`)
      await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-wrong-address.png` })
      // At the configured address there is nothing to say.
      await page.goto(`${deployed.baseUrl}/admin/login`)
      await page.locator('#field-email').waitFor()
      expect(await page.locator('.wrong-address').count()).toBe(0)
      await page.close()
    } finally {
      deployed.stop()
    }
  })

  test('a contributor’s draft marked ready waits on the editors’ dashboard; the contributor sees no Publish', async () => {
    const clusters = await (await fetch(`${BASE_URL}/api/clusters?limit=1&depth=0`)).json()
    const cluster = clusters.docs[0].id
    const contributor = await account('contributor', [cluster])
    const title = `Ready for the editors ${Date.now()}`
    const created = await fetch(`${BASE_URL}/api/events?draft=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${contributor.token}` },
      body: JSON.stringify({
        _status: 'draft',
        title,
        startDate: '2031-03-02T09:00:00.000Z',
        startDate_tz: 'Asia/Tbilisi',
        endDate: '2031-03-02T15:00:00.000Z',
        clusters: [cluster],
        reviewState: 'ready',
      }),
    })
    expect(created.status).toBe(201)
    const { doc } = await created.json()

    const mine = await session.browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 } })
    const page = await mine.newPage()
    await signIn(page, contributor.email, contributor.password)
    await page.goto(`${BASE_URL}/admin/collections/events/${doc.id}`)
    await page.locator('#field-title').waitFor()
    expect(await page.locator('button:has-text("Publish")').count()).toBe(0)
    await mine.close()

    const editor = await account('editor')
    const theirs = await session.browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 } })
    const desk = await theirs.newPage()
    await signIn(desk, editor.email, editor.password)
    await desk.goto(`${BASE_URL}/admin`)
    const waiting = desk.locator('.dashboard-panel', { hasText: 'Waiting for review' })
    await waiting.waitFor()
    expect(await waiting.innerText()).toContain(title)
    await desk.screenshot({ path: `${SCREENSHOT_DIR}/admin-dashboard.png`, fullPage: true })
    await waiting.locator('a', { hasText: title }).click()
    await desk.waitForURL(new RegExp(`/admin/collections/events/${doc.id}`))
    expect(await desk.locator('button:has-text("Publish")').count()).toBeGreaterThan(0)
    await theirs.close()
  })

  test('“Create new” opens a form and logs no fault on the server', async () => {
    const serverLog = path.join(path.dirname(JSON.parse(process.env.E2E_SERVER_ENV ?? '{}').MEDIA_DIR), 'server.log')
    const before = fs.readFileSync(serverLog, 'utf8').length
    const editor = await account('editor')
    const page = await session.browser.newPage({ baseURL: BASE_URL })
    await signIn(page, editor.email, editor.password)
    await page.goto(`${BASE_URL}/admin/collections/events/create`)
    await page.waitForURL(/\/admin\/collections\/events\/\d+/)
    await page.locator('#field-title').waitFor()
    await page.waitForTimeout(500)
    const logged = fs.readFileSync(serverLog, 'utf8').slice(before)
    expect(logged).not.toMatch(/during render|revalidateTag/)
    await page.close()
  })

  test('the schedule drawer of a draft never published offers Publish alone, selected', async () => {
    const editor = await account('editor')
    const { doc } = (
      await rest(`${BASE_URL}/api/events?draft=true`, 'POST', {
        authorization: jwt(editor.token),
        json: {
          _status: 'draft',
          title: `Not yet published ${Date.now()}`,
          startDate: '2031-09-01T16:00:00.000Z',
          endDate: '2031-09-01T18:00:00.000Z',
        },
      })
    ).body
    const desk = await session.browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 } })
    const page = await desk.newPage()
    await signIn(page, editor.email, editor.password)
    await page.goto(`${BASE_URL}/admin/collections/events/${doc.id}`)
    await page.locator('#action-save-popup button').first().click()
    await page.locator('#schedule-publish').click()
    const choices = page.locator('.schedule-publish__type')
    await choices.waitFor()
    await expect_visible(choices.locator('li', { hasText: 'Unpublish' }), false)
    const publish = choices.locator('li', { hasText: 'Publish' }).first()
    expect(await publish.locator('input[type="radio"]').isChecked()).toBe(true)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-schedule-drawer.png` })
    await desk.close()
  })

  test('a cluster’s table of events names each event’s clusters, shows every column, and none says “No Clusters”', async () => {
    const editor = await account('editor')
    const clusters = (await (await fetch(`${BASE_URL}/api/clusters?limit=50&depth=0&sort=name`)).json()).docs as Array<{
      id: number
      name: string
      slug: string
    }>
    // Past events, so that no other test's list of upcoming events meets them; the last cluster by name, whose
    // table no other test fills.
    const first = clusters[clusters.length - 1]
    const title = `Shared by two clusters ${Date.now()}`
    await rest(`${BASE_URL}/api/events`, 'POST', {
      authorization: jwt(editor.token),
      json: {
        _status: 'published',
        title,
        startDate: '2021-10-01T16:00:00.000Z',
        endDate: '2021-10-01T18:00:00.000Z',
        clusters: clusters.map((c) => c.id),
      },
    })
    const lonely = `In no cluster ${Date.now()}`
    await rest(`${BASE_URL}/api/events`, 'POST', {
      authorization: jwt(editor.token),
      json: {
        _status: 'published',
        title: lonely,
        startDate: '2021-10-02T16:00:00.000Z',
        endDate: '2021-10-02T18:00:00.000Z',
      },
    })
    const desk = await session.browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 } })
    const page = await desk.newPage()
    await signIn(page, editor.email, editor.password)

    // The events list: the names, the first three and how many more; a dash for none.
    await page.goto(`${BASE_URL}/admin/collections/events?where[title][like]=${encodeURIComponent(title.slice(0, 22))}`)
    const namesCell = page.locator('.names-cell').first()
    await namesCell.waitFor()
    const more = clusters.length - 3
    expect(await namesCell.innerText()).toBe(
      `${clusters
        .slice(0, 3)
        .map((c) => c.name)
        .join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
    )
    await page.goto(`${BASE_URL}/admin/collections/events?where[title][equals]=${encodeURIComponent(lonely)}`)
    await page.locator('.names-cell').first().waitFor()
    expect(await page.locator('.names-cell').first().innerText()).toBe('—')

    // A cluster's own table: no column repeating the cluster, and every column inside the form.
    const cluster = await (await fetch(`${BASE_URL}/api/clusters?where[slug][equals]=${first.slug}&depth=0`)).json()
    await page.goto(`${BASE_URL}/admin/collections/clusters/${cluster.docs[0].id}`)
    const table = page.locator('.relationship-table, .field-type.join').first()
    await table
      .locator('text=' + title)
      .first()
      .waitFor({ timeout: 15_000 })
    const text = await table.innerText()
    expect(text).not.toMatch(/No Clusters/)
    expect(text).toContain('Translations')
    const box = await table.boundingBox()
    const last = await table.locator('th').last().boundingBox()
    expect(last && box && last.x + last.width <= box.x + box.width + 1).toBe(true)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-cluster-events.png`, fullPage: true })
    await desk.close()
  })
})

/** Waits until a locator's visibility is as expected (the drawer settles in the renders after it opens). */
async function expect_visible(locator: import('playwright-core').Locator, visible: boolean) {
  for (let i = 0; i < 20 && (await locator.isVisible()) !== visible; i += 1)
    await new Promise((r) => setTimeout(r, 100))
  expect(await locator.isVisible()).toBe(visible)
}
