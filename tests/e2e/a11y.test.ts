import fs from 'node:fs'
import { createRequire } from 'node:module'

import { LOCALES } from '@/lib/i18n/locales'
import { routes, languageLink } from '@/lib/routes'
import { SITE_PAGES } from '@/lib/site-pages'
import { EVENT } from '@/seed/data'

import type { Page } from 'playwright-core'

import { closeBrowser, openBrowser, type Session, SKIP_REASON } from './browser'

// Skipped only where no Chromium exists outside CI; the global setup prints why, in a banner.
const suite = SKIP_REASON ? describe.skip : describe

// Run by the test tool itself, which the page's policy does not govern: the page allows only its own scripts.
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** One page of every type the site has, its own pages (legal, accessibility…), and the 404. */
const PAGE_TYPES = [
  '/',
  '/events',
  '/events?when=past',
  `/events/${EVENT.slug}`,
  '/tags',
  '/tags/climate',
  '/clusters',
  '/clusters/eunic-kazakhstan',
  '/institutes/goethe-institut-kasachstan',
  '/partners/dybys',
  '/search?q=Almaty',
  '/search',
  ...SITE_PAGES.map((name) => routes().sitePage(name)),
  '/no-such-page',
]

/** …in every language, on a desktop screen and on a phone (where the header folds into a menu). */
const SCREENS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } }
const PAGES = Object.entries(SCREENS).flatMap(([screen, viewport]) =>
  LOCALES.flatMap((locale) =>
    PAGE_TYPES.map((path) => ({
      screen,
      viewport,
      path: languageLink(path.split('?')[0], locale, path.split('?')[1]),
    })),
  ),
)

type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] }

suite('accessibility: axe-core finds no WCAG 2.1 A/AA violations', () => {
  let session: Session
  let page: Page
  beforeAll(async () => {
    session = await openBrowser()
    // axe comes with every document this one page opens, rather than being sent into each (≈ 0.5 MB a time).
    await session.context.addInitScript(AXE)
    page = await session.context.newPage()
  })
  afterAll(() => closeBrowser(session))

  test.each(PAGES)('$screen $path', async ({ viewport, path }) => {
    await page.setViewportSize(viewport)
    await page.goto(path)
    // Every page, a 404 included, is complete as it arrives (src/components/NotFoundPage.tsx).
    await page.locator('html[lang] main h1').waitFor()
    const violations = (await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }
      ).axe
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      })
      return result.violations
    })) as Violation[]
    const summary = violations.map(
      (v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
    expect(summary).toEqual([])
  })
})
