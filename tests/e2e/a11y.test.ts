import { createRequire } from 'node:module'

import { EVENT } from '@/seed/data'

import { closeBrowser, openBrowser, type Session, SKIP_REASON } from './browser'

// Skipped only where no Chromium exists outside CI; the global setup prints why, in a banner.
const suite = SKIP_REASON ? describe.skip : describe

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** One page of every type the site has, in two languages, and the 404. */
const PAGES = [
  '/',
  '/events',
  '/events?when=past',
  `/events/${EVENT.slug}`,
  `/fr/events/${EVENT.slug}`,
  '/tags',
  '/tags/climate',
  '/clusters',
  '/clusters/eunic-kazakhstan',
  '/institutes/goethe-institut-kasachstan',
  '/partners/dybys',
  '/search?q=Almaty',
  '/de/search',
  '/no-such-page',
]

type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] }

suite('accessibility: axe-core finds no WCAG 2.1 A/AA violations', () => {
  let session: Session
  beforeAll(async () => {
    session = await openBrowser()
  })
  afterAll(() => closeBrowser(session))

  test.each(PAGES)('%s', async (path) => {
    const page = await session.context.newPage()
    await page.goto(path)
    await page.addScriptTag({ path: AXE })
    const violations = (await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }
      ).axe
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      })
      return result.violations
    })) as Violation[]
    await page.close()
    const summary = violations.map(
      (v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
    expect(summary).toEqual([])
  })
})
