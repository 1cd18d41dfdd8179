import type { Page } from 'playwright-core'

import { account, adminAccount, signIn } from './accounts'
import { BASE_URL, closeBrowser, openBrowser, SCREENSHOT_DIR, type Session, SKIP_REASON } from './browser'
import { choose, formReady } from './form'
import { jwt, rest, storedDraft } from './rest'

const suite = SKIP_REASON ? describe.skip : describe

const dateInput = (page: Page, field: string) =>
  page.locator(`#field-${field} .react-datepicker__input-container input`)

suite('from a contributor’s draft to a public page', () => {
  let session: Session
  beforeAll(async () => {
    session = await openBrowser()
  })
  afterAll(() => closeBrowser(session))

  test('a contributor writes for its cluster and submits; an editor publishes; readers see it', async () => {
    const clusters = (await (await fetch(`${BASE_URL}/api/clusters?limit=2&depth=0&sort=name`)).json()).docs
    const [mine, theirs] = clusters as Array<{ id: number; name: string }>
    const contributor = await account('contributor', [mine.id])
    const editor = await account('editor')

    // Another cluster's draft, which the contributor must not see.
    const hidden = `Draft of ${theirs.name} ${Date.now()}`
    const other = await fetch(`${BASE_URL}/api/events?draft=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editor.token}` },
      body: JSON.stringify({
        _status: 'draft',
        title: hidden,
        startDate: '2031-09-01T09:00:00.000Z',
        endDate: '2031-09-01T10:00:00.000Z',
        clusters: [theirs.id],
      }),
    })
    expect(other.status).toBe(201)

    const writer = await session.browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 } })
    const page = await writer.newPage()
    await signIn(page, contributor.email, contributor.password)
    await page.goto(`${BASE_URL}/admin/collections/events`)
    await page.locator('.collection-list, .table').first().waitFor()
    expect(await page.locator('body').innerText()).not.toContain(hidden)

    // Writing the event in the form, as the contributor would.
    const title = `Poetry night in Yerevan ${Date.now()}`
    await page.goto(`${BASE_URL}/admin/collections/events/create`)
    await page.fill('#field-title', title)
    await page.fill('#field-summary', 'Armenian and European poets read their work.')
    await page.locator('.tabs-field__tab-button', { hasText: 'When and where' }).click()
    await dateInput(page, 'startDate').fill('12 March 2031, 19:00')
    await dateInput(page, 'endDate').fill('12 March 2031, 21:00')
    await page.keyboard.press('Escape')
    await page.waitForURL(/\/admin\/collections\/events\/\d+/, { timeout: 20_000 })
    const id = new URL(page.url()).pathname.split('/').pop() as string
    await storedDraft(id, contributor.token, (d) => d.title === title && d.endDate === '2031-03-12T20:00:00.000Z')

    // No Publish for a contributor: it marks the draft ready for the editors.
    expect(await page.locator('button:has-text("Publish")').count()).toBe(0)
    await choose(page, 'reviewState', 'Ready for review')
    const ready = await storedDraft(id, contributor.token, (d) => d.reviewState === 'ready')
    expect(ready.clusters).toEqual([mine.id])
    expect(ready._status).toBe('draft')
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-flow-contributor.png` })
    await writer.close()

    // Not public yet.
    const slug = ready.slug as string
    expect((await fetch(`${BASE_URL}/events/${slug}`)).status).toBe(404)

    // The editor finds it on the dashboard and publishes it.
    const desk = await session.browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 } })
    const editorPage = await desk.newPage()
    await signIn(editorPage, editor.email, editor.password)
    await editorPage.goto(`${BASE_URL}/admin`)
    const waiting = editorPage.locator('.dashboard-panel', { hasText: 'Waiting for review' })
    await waiting.locator('a', { hasText: title }).click()
    await editorPage.waitForURL(new RegExp(`/admin/collections/events/${id}`))
    await editorPage.locator('#field-title').waitFor()
    // The editor sees who wrote it by name (accounts themselves are the admins' to read).
    expect(await editorPage.locator('.author-field', { hasText: 'Created by' }).innerText()).toContain(
      'E2E contributor',
    )
    await editorPage.locator('#action-save').click()
    await storedDraft(id, editor.token, (d) => d._status === 'published')
    await editorPage.screenshot({ path: `${SCREENSHOT_DIR}/admin-flow-published.png` })
    await desk.close()

    // Readers see it at once.
    let page200 = ''
    for (let i = 0; i < 20 && !page200.includes(title); i += 1) {
      const res = await fetch(`${BASE_URL}/events/${slug}`)
      page200 = res.ok ? await res.text() : ''
      if (!page200.includes(title)) await new Promise((r) => setTimeout(r, 250))
    }
    expect(page200).toContain(title)
    const published = await storedDraft(id, editor.token, () => true)
    expect(published.reviewState).toBe('writing')
  })

  test('an editor sends a draft back with a note; the contributor reads it', async () => {
    const clusters = await (await fetch(`${BASE_URL}/api/clusters?limit=1&depth=0`)).json()
    const contributor = await account('contributor', [clusters.docs[0].id])
    const editor = await account('editor')
    const title = `Sent back ${Date.now()}`
    const created = await rest(`${BASE_URL}/api/events?draft=true`, 'POST', {
      authorization: jwt(contributor.token),
      json: {
        title,
        startDate: '2031-05-05T16:00:00.000Z',
        endDate: '2031-05-05T18:00:00.000Z',
        clusters: [clusters.docs[0].id],
        reviewState: 'ready',
      },
    })
    const id = String(created.body.doc.id)

    const desk = await session.browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 } })
    const editorPage = await desk.newPage()
    const faults: string[] = []
    editorPage.on(
      'console',
      (m) => m.type() === 'error' && /queued function|TypeError/.test(m.text()) && faults.push(m.text()),
    )
    await signIn(editorPage, editor.email, editor.password)
    await editorPage.goto(`${BASE_URL}/admin/collections/events/${id}`)
    await choose(editorPage, 'reviewState', 'Sent back with a note')
    // The note appears as soon as the draft is being sent back, and the draft saves once it is written.
    const note = editorPage.locator('#field-reviewNote')
    await note.waitFor({ timeout: 10_000 })
    await note.fill('Please add the venue’s address.')
    const returned = await storedDraft(id, editor.token, (d) => d.reviewState === 'returned')
    expect(returned.reviewNote).toBe('Please add the venue’s address.')
    expect(faults).toEqual([])
    await editorPage.screenshot({ path: `${SCREENSHOT_DIR}/admin-flow-sent-back.png` })
    await desk.close()

    const page = await session.context.newPage()
    await signIn(page, contributor.email, contributor.password)
    await page.goto(`${BASE_URL}/admin/collections/events/${id}`)
    await page.locator('#field-reviewNote').waitFor()
    expect(await page.locator('#field-reviewNote').inputValue()).toBe('Please add the venue’s address.')
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-flow-note-read.png` })
    await page.close()
  })

  test('a contributor who opens another cluster’s event is told why the form cannot be changed', async () => {
    const clusters = (await (await fetch(`${BASE_URL}/api/clusters?limit=2&depth=0&sort=name`)).json()).docs
    const [mine, theirs] = clusters as Array<{ id: number; name: string }>
    const contributor = await account('contributor', [mine.id])
    const editor = await account('editor')
    const title = `Published for ${theirs.name} ${Date.now()}`
    const created = await rest(`${BASE_URL}/api/events`, 'POST', {
      authorization: jwt(editor.token),
      json: {
        _status: 'published',
        title,
        startDate: '2021-07-01T16:00:00.000Z',
        endDate: '2021-07-01T18:00:00.000Z',
        clusters: [theirs.id],
      },
    })
    const own = await session.browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 } })
    const page = await own.newPage()
    await signIn(page, contributor.email, contributor.password)
    await page.goto(`${BASE_URL}/admin/collections/events/${created.body.doc.id}`)
    const note = page.locator('.read-only-note')
    await note.waitFor({ timeout: 15_000 })
    const text = await note.innerText()
    expect(text).toContain('You can read this event but not change it')
    expect(text).toContain(`it belongs to ${theirs.name}`)
    expect(text).toContain(`you write for ${mine.name}`)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-read-only.png` })

    // On an event of its own cluster the form is open, and nothing is said.
    const ours = await rest(`${BASE_URL}/api/events?draft=true`, 'POST', {
      authorization: jwt(contributor.token),
      json: {
        title: `Mine ${Date.now()}`,
        startDate: '2031-07-02T16:00:00.000Z',
        endDate: '2031-07-02T18:00:00.000Z',
        clusters: [mine.id],
      },
    })
    await page.goto(`${BASE_URL}/admin/collections/events/${ours.body.doc.id}`)
    // The form opens its fields once it is ready.
    await formReady(page)
    expect(await page.locator('.read-only-note').count()).toBe(0)
    await own.close()
  })

  test('an event another editor has open names that editor, and the time as editors read it', async () => {
    const [holder, second] = [await account('editor'), await account('editor')]
    const { token } = await adminAccount()
    const name = `Ruth Lockwood ${Date.now()}`
    expect(
      (await rest(`${BASE_URL}/api/users/${holder.id}`, 'PATCH', { authorization: jwt(token), json: { name } })).status,
    ).toBe(200)
    const created = await rest(`${BASE_URL}/api/events?draft=true`, 'POST', {
      authorization: jwt(holder.token),
      json: { title: `Held ${Date.now()}`, startDate: '2031-08-01T16:00:00.000Z', endDate: '2031-08-01T18:00:00.000Z' },
    })
    const id = created.body.doc.id

    const first = await session.browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 } })
    const holding = await first.newPage()
    await signIn(holding, holder.email, holder.password)
    // The holder is mid-change: Payload locks on the first change and lets go after each save, so the holder's
    // saves are held back here while the other editor comes.
    await holding.route(
      (url) => url.pathname === `/api/events/${id}`,
      (route) => (route.request().method() === 'PATCH' ? undefined : route.continue()),
    )
    await holding.goto(`${BASE_URL}/admin/collections/events/${id}`)
    await holding.fill('#field-summary', 'Being written.')
    const locks = `${BASE_URL}/api/payload-locked-documents?where[document.value][equals]=${id}&depth=0`
    let held = 0
    for (let i = 0; i < 40 && held === 0; i += 1) {
      await holding.waitForTimeout(250)
      held = (await rest(locks, 'GET', { authorization: jwt(holder.token) })).body?.totalDocs ?? 0
    }
    expect(held).toBe(1)

    const other = await session.browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 } })
    const page = await other.newPage()
    await signIn(page, second.email, second.password)
    await page.goto(`${BASE_URL}/admin/collections/events/${id}`)
    const note = page.locator('.document-locked .lock-holder')
    await note.waitFor({ timeout: 15_000 })
    expect(await note.innerText()).toMatch(
      new RegExp(`^${name} is editing it, since \\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{2}:\\d{2}\\.$`),
    )
    // Payload's own lines (an address or an id, an American date) are not shown beside it.
    expect(await page.locator('.document-locked__content p:visible').count()).toBe(1)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-locked.png` })
    await other.close()
    await first.close()
  })
})
