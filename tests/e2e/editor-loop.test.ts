import ical from 'node-ical'
import type { Page } from 'playwright-core'

import { account, signIn } from './accounts'
import { BASE_URL, closeBrowser, openBrowser, SCREENSHOT_DIR, type Session, SKIP_REASON } from './browser'
import { choose } from './form'
import { storedDraft } from './rest'

const suite = SKIP_REASON ? describe.skip : describe

/** The same server at its numeric loopback address: the editor works there, the contributor at localhost. */
const NUMERIC = BASE_URL.replace('//localhost:', '//127.0.0.1:')

/** The zone the admin preselects, in which the schedule drawer reads the time it is given. */
const SITE_ZONE = 'Europe/Brussels'

const shot = (page: Page, step: string) => page.screenshot({ path: `${SCREENSHOT_DIR}/loop-${step}.png` })

const chooseReview = (page: Page, label: string) => choose(page, 'reviewState', label)

/** A time as the schedule drawer's input takes it ("Dec 7, 2026 1:27 AM"), on the wall clock of `zone`. */
function drawerTime(date: Date, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  )
  return `${parts.month} ${parts.day}, ${parts.year} ${parts.hour}:${parts.minute} ${parts.dayPeriod}`
}

suite('the editors’ loop, from a contributor’s draft to a published event, at both addresses', () => {
  let session: Session
  beforeAll(async () => {
    session = await openBrowser()
  })
  afterAll(() => closeBrowser(session))

  test('write and submit → sent back with a note → changed and submitted again → scheduled → public on time', async () => {
    const clusters = (await (await fetch(`${BASE_URL}/api/clusters?limit=1&depth=0&sort=name`)).json()).docs
    const contributor = await account('contributor', [clusters[0].id])
    const editor = await account('editor')
    const title = `Steppe poetry evening ${Date.now()}`

    // 1. The contributor writes the event (at localhost): a date typed day first, the zone found by its city.
    const writing = await session.browser.newContext({ viewport: { width: 1280, height: 900 } })
    const writer = await writing.newPage()
    await signIn(writer, contributor.email, contributor.password, BASE_URL)
    await writer.goto(`${BASE_URL}/admin/collections/events/create`)
    await writer.fill('#field-title', title)
    await writer.fill('#field-summary', 'Kazakh and European poets read by the river.')
    await writer.locator('.tabs-field__tab-button', { hasText: 'When and where' }).click()
    await writer.click('#startDate-timezone-picker')
    await writer.keyboard.type('Astana')
    await writer.keyboard.press('Enter')
    const start = writer.locator('#field-startDate .react-datepicker__input-container input')
    const end = writer.locator('#field-endDate .react-datepicker__input-container input')
    await start.fill('15/01/2031 19:00')
    await end.fill('15/01/2031 21:00')
    await writer.keyboard.press('Escape')
    await writer.waitForURL(/\/admin\/collections\/events\/\d+/, { timeout: 20_000 })
    const id = new URL(writer.url()).pathname.split('/').pop() as string
    // 19:00 in Almaty (UTC+5 since 2024) is 14:00 UTC.
    await storedDraft(
      id,
      contributor.token,
      (d) => d.startDate === '2031-01-15T14:00:00.000Z' && d.endDate === '2031-01-15T16:00:00.000Z',
    )
    // Opened again, the form shows the date as it was understood, written out.
    await writer.reload()
    await writer.locator('.tabs-field__tab-button', { hasText: 'When and where' }).click()
    expect(await start.inputValue()).toBe('15 January 2031, 19:00')
    await chooseReview(writer, 'Ready for review')
    await storedDraft(id, contributor.token, (d) => d.reviewState === 'ready' && d.startDate_tz === 'Asia/Almaty')
    await shot(writer, '1-submitted')

    // 2. The editor (at 127.0.0.1) finds it waiting and sends it back with a note.
    const desk = await session.browser.newContext({ viewport: { width: 1280, height: 900 } })
    const reviewer = await desk.newPage()
    await signIn(reviewer, editor.email, editor.password, NUMERIC)
    await reviewer.goto(`${NUMERIC}/admin`)
    await reviewer
      .locator('.dashboard-panel', { hasText: 'Waiting for review' })
      .locator('a', { hasText: title })
      .click()
    await reviewer.waitForURL(new RegExp(`/admin/collections/events/${id}`))
    await chooseReview(reviewer, 'Sent back with a note')
    await reviewer.locator('#field-reviewNote').fill('Please name the venue.')
    await storedDraft(
      id,
      editor.token,
      (d) => d.reviewState === 'returned' && d.reviewNote === 'Please name the venue.',
    )
    await shot(reviewer, '2-sent-back')

    // 3. The contributor reads the note, names the venue and submits again.
    await writer.goto(`${BASE_URL}/admin/collections/events/${id}`)
    await writer.locator('#field-reviewNote').waitFor()
    expect(await writer.locator('#field-reviewNote').inputValue()).toBe('Please name the venue.')
    await shot(writer, '3-note-read')
    await writer.locator('.tabs-field__tab-button', { hasText: 'When and where' }).click()
    await writer.fill('#field-venue__name', 'Riverside pavilion')
    await storedDraft(
      id,
      contributor.token,
      (d) => (d.venue as { name?: string } | undefined)?.name === 'Riverside pavilion',
    )
    await chooseReview(writer, 'Ready for review')
    await storedDraft(id, contributor.token, (d) => d.reviewState === 'ready')
    await writing.close()

    // 4. The editor schedules publishing a minute and a half from now.
    await reviewer.goto(`${NUMERIC}/admin/collections/events/${id}`)
    await reviewer.locator('#field-title').waitFor()
    await reviewer.locator('#action-save-popup button').first().click()
    await reviewer.locator('#schedule-publish').click()
    const drawer = reviewer.locator('.schedule-publish__scheduler')
    await drawer.waitFor()
    const when = new Date(Date.now() + 90_000)
    const input = drawer.locator('.react-datepicker__input-container input').first()
    await input.fill(drawerTime(when, SITE_ZONE))
    // Enter takes the typed time and closes the calendar (Escape would close the whole drawer).
    await input.press('Enter')
    await reviewer.locator('#scheduled-publish-save').click()
    // The drawer lists it among the upcoming publications.
    await reviewer.locator('text=No upcoming events scheduled.').waitFor({ state: 'detached', timeout: 15_000 })
    await shot(reviewer, '4-scheduled')
    await desk.close()

    // 5. Nobody publishes it by hand: the scheduler does, on time (it asks for due jobs every 20 seconds).
    const page = `${BASE_URL}/events/${(await storedDraft(id, editor.token, () => true)).slug}`
    expect((await fetch(page)).status).toBe(404)
    let html = ''
    let publishedAt = 0
    for (let i = 0; i < 150 && !html; i += 1) {
      const res = await fetch(page)
      if (res.ok) {
        html = await res.text()
        publishedAt = Date.now()
      } else await new Promise((r) => setTimeout(r, 1000))
    }
    expect(html).toContain(title)
    expect(publishedAt).toBeGreaterThanOrEqual(when.getTime() - 60_000)

    // 6. The public page and the calendar file say 19:00 in Almaty, with the zone described.
    const reader = await session.browser.newPage()
    await reader.goto(page)
    expect(await reader.locator('.event-header .event-meta').innerText()).toMatch(/15 January 2031.*19:00/)
    await shot(reader, '5-public')
    await reader.close()
    const ics = await (await fetch(`${page}/event.ics`)).text()
    expect(ics).toContain('DTSTART;TZID=Asia/Almaty:20310115T190000')
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Almaty\r\n')
    const parsed = Object.values(ical.sync.parseICS(ics)).find((c) => c?.type === 'VEVENT') as { start: Date }
    expect(parsed.start.toISOString()).toBe('2031-01-15T14:00:00.000Z')
  }, 300_000)
})
