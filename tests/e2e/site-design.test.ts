import { EVENT } from '@/seed/data'

import { adminAccount } from './accounts'
import { eventually } from './eventually'
import { BASE_URL, closeBrowser, openBrowser, type Session, SKIP_REASON } from './browser'

// Skipped only where no Chromium exists outside CI; the global setup prints why, in a banner (in CI it fails).
const suite = SKIP_REASON ? describe.skip : describe

const eventPath = `/events/${EVENT.slug}`
const PHONE = { width: 390, height: 844 }

suite('the site’s design: header, phone menu, key facts, footer, settings, responsive photos', () => {
  let session: Session
  beforeAll(async () => {
    session = await openBrowser()
  })
  afterAll(() => closeBrowser(session))

  test('on a phone the sections fold into a menu that opens without script and leads on', async () => {
    const page = await session.context.newPage()
    await page.setViewportSize(PHONE)
    await page.goto('/fr/events')
    const header = await page.locator('.site-header').boundingBox()
    expect(header?.height).toBeLessThan(PHONE.height * 0.1)
    expect(await page.locator('.header-bar > .main-nav').isVisible()).toBe(false)
    const menu = page.locator('.phone-menu summary')
    expect(await menu.textContent()).toBe('Menu')
    const tags = page.locator('.phone-menu-panel').getByRole('link', { name: 'Thèmes' })
    expect(await tags.isVisible()).toBe(false)
    // By keyboard: the summary takes the focus and Enter opens it.
    await menu.focus()
    await page.keyboard.press('Enter')
    expect(await tags.isVisible()).toBe(true)
    expect(await page.locator('.phone-menu-panel').getByRole('link', { name: 'Deutsch' }).isVisible()).toBe(true)
    await tags.click()
    await page.waitForURL(`${BASE_URL}/fr/tags`)
    await page.close()
  })

  test('on a desktop the sections and languages stand in the header and there is no menu button', async () => {
    const page = await session.context.newPage()
    await page.goto('/')
    expect(await page.locator('.phone-menu').isVisible()).toBe(false)
    expect(await page.locator('.header-bar > .main-nav').getByRole('link', { name: 'Clusters' }).isVisible()).toBe(true)
    expect(await page.locator('.header-bar > .language-switcher').isVisible()).toBe(true)
    await page.close()
  })

  test('the home page opens on the introduction, then the next events and the clusters by region', async () => {
    const page = await session.context.newPage()
    await page.goto('/')
    expect(await page.locator('main h1').textContent()).toBe('EUNIC Events')
    expect(await page.locator('.intro .lead').textContent()).toContain('work together in clusters')
    const headings = await page.locator('main h2').allTextContents()
    expect(headings.slice(0, 2)).toEqual(['Next events', 'Clusters by region'])
    const region = page.locator('.region', { hasText: 'Central Asia & Caucasus' })
    expect(await region.getByRole('link').allTextContents()).toContain('EUNIC Kazakhstan')
    await page.close()
  })

  test('an event page has its key facts beside the text on a desktop and before it on a phone', async () => {
    const page = await session.context.newPage()
    await page.goto(eventPath)
    const facts = page.locator('.key-facts')
    expect(await facts.locator('h2').textContent()).toBe('Key facts')
    const terms = await facts.locator('dt').allTextContents()
    expect(terms).toEqual(['When', 'Where', 'Hosted by', 'Partners', 'Clusters', 'Tags'])
    expect(await facts.getByRole('link', { name: 'Add to calendar' }).getAttribute('href')).toBe(
      `${eventPath}/event.ics`,
    )
    const box = await facts.boundingBox()
    const text = await page.locator('.event-main').boundingBox()
    expect(box!.x).toBeGreaterThan(text!.x + text!.width - 1)
    await page.setViewportSize(PHONE)
    const phoneBox = await facts.boundingBox()
    const phoneText = await page.locator('.event-main').boundingBox()
    expect(phoneBox!.y).toBeLessThan(phoneText!.y)
    await page.close()
  })

  test('every card has the same shape, title first in reading order and the credit at its foot', async () => {
    const page = await session.context.newPage()
    await page.goto('/tags/climate')
    const card = page.locator('.card').first()
    const order = await card.evaluate((el) => [...el.children].map((c) => c.className))
    expect(order).toEqual(['card-body', 'card-image', 'card-credit'])
    const image = await card.locator('.card-image').boundingBox()
    const title = await card.locator('.card-title').boundingBox()
    const credit = await card.locator('.card-credit').boundingBox()
    expect(image!.y).toBeLessThan(title!.y)
    expect(credit!.y).toBeGreaterThan(title!.y)
    await page.close()
  })

  test('photos come in AVIF or WebP at the width the screen needs, cached for good', async () => {
    const page = await session.context.newPage()
    await page.setViewportSize(PHONE)
    await page.goto(eventPath)
    const hero = page.locator('figure.photo img').first()
    const srcset = (await hero.getAttribute('srcset')) ?? ''
    expect(srcset).toMatch(/\/_next\/image\?url=%2Fapi%2Fphotos%2Ffile%2F[^ ]+%3Fv%3D[0-9a-z]+&w=360&q=70 360w/)
    expect(await hero.getAttribute('sizes')).toContain('100vw')
    // The phone picked a small file, not the 1600-pixel original.
    const chosen = await hero.evaluate((img) => (img as HTMLImageElement).currentSrc)
    expect(Number(new URL(chosen).searchParams.get('w'))).toBeLessThanOrEqual(480)
    for (const [accept, type] of [
      ['image/avif,image/webp,*/*', 'image/avif'],
      ['image/webp,*/*', 'image/webp'],
    ]) {
      const res = await fetch(chosen, { headers: { Accept: accept } })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe(type)
      expect(res.headers.get('cache-control')).toMatch(/max-age=(\d{7,})/)
    }
    await page.close()
  })

  test('the legal notice, privacy notice, contact and accessibility statement in every language, linked from every footer', async () => {
    const page = await session.context.newPage()
    for (const [path, title, text] of [
      ['/legal-notice', 'Legal notice', 'secretariat'],
      ['/fr/privacy', 'Politique de confidentialité', 'aucun cookie'],
      ['/de/contact', 'Kontakt', 'events@example.org'],
      ['/accessibility', 'Accessibility statement', '2016/2102'],
      ['/fr/accessibility', 'Déclaration d’accessibilité', 'entièrement conforme'],
    ]) {
      expect((await page.goto(path))?.status()).toBe(200)
      expect(await page.locator('main h1').textContent()).toBe(title)
      expect(await page.locator('main .rich-text').textContent()).toContain(text)
    }
    await page.goto('/tags')
    const footer = await page.locator('.site-footer').getByRole('link').allTextContents()
    expect(footer).toEqual(
      expect.arrayContaining(['Legal notice', 'Privacy notice', 'Contact', 'Accessibility statement', 'RSS feed']),
    )
    await page.close()
  })

  test('editors rename the site and change its colour without a deploy; a colour too light is refused', async () => {
    const { token } = await adminAccount()
    const save = (data: object) =>
      fetch(`${BASE_URL}/api/globals/settings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify(data),
      })
    const before = await (await fetch(`${BASE_URL}/api/globals/settings?depth=0`)).json()
    const tooLight = await save({ brandColour: '#f5d90a' })
    expect(tooLight.status).toBe(400)
    expect(JSON.stringify(await tooLight.json())).toMatch(/brandColour.*too light.*contrast of 1\.\d+:1/)

    const page = await session.context.newPage()
    try {
      expect((await save({ siteName: 'Culture Network Events', brandColour: '#6b1d5c' })).status).toBe(200)
      await eventually(async () => {
        await page.goto('/tags')
        expect(await page.locator('.brand-name').textContent()).toBe('Culture Network Events')
      })
      expect(await page.title()).toBe('Tags · Culture Network Events')
      expect(await page.locator('html').getAttribute('style')).toContain('--brand:#6b1d5c')
      const rss = await (await fetch(`${BASE_URL}/feed.xml`)).text()
      expect(rss).toContain('<title>Culture Network Events</title>')
    } finally {
      await save({ siteName: before.siteName, brandColour: before.brandColour })
      await page.close()
    }
  })
})
