import path from 'node:path'

import { type Browser, type BrowserContext, chromium } from 'playwright-core'

import { CHROMIUM_ARGS } from './chromium.mjs'

export const BASE_URL = process.env.E2E_BASE_URL ?? ''
/** Set by the global setup when no Chromium exists (outside CI only); the tests then say why they did not run. */
export const SKIP_REASON = process.env.E2E_SKIP_REASON

export const SCREENSHOT_DIR = path.resolve('test-results/screenshots')

export type Session = { browser: Browser; context: BrowserContext }

/**
 * Headless Chromium with a fresh profile (Playwright makes a new temporary one for every launch); with
 * `javaScript: false`, as a reader who turned it off.
 */
export async function openBrowser(
  viewport = { width: 1280, height: 900 },
  { javaScript = true }: { javaScript?: boolean } = {},
): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  })
  const context = await browser.newContext({ viewport, baseURL: BASE_URL, javaScriptEnabled: javaScript })
  return { browser, context }
}

export async function closeBrowser(session: Session | undefined) {
  await session?.browser.close()
}

/**
 * Says loudly that some tests cannot run here and why; in CI, where everything they need is installed, it fails
 * the run instead.
 */
export function notRun(what: string, why: string): void {
  const banner = `\n${'!'.repeat(78)}\n!! ${what} NOT RUN: ${why}\n${'!'.repeat(78)}\n`
  if (process.env.CI) throw new Error(banner)
  console.warn(banner)
}
