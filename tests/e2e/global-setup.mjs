import { chromiumPath } from './chromium.mjs'
import { startServer } from './server.mjs'

export default async function globalSetup() {
  const { path, problem } = chromiumPath()
  if (!path) {
    const banner = `\n${'!'.repeat(78)}\n!! BROWSER TESTS NOT RUN: ${problem}\n${'!'.repeat(78)}\n`
    // CI must run them; elsewhere say so loudly and let the rest of the suite go on.
    if (process.env.CI) throw new Error(banner)
    console.warn(banner)
    process.env.E2E_SKIP_REASON = problem
    return
  }
  process.env.CHROME_PATH = path
  const { baseUrl, env } = await startServer()
  process.env.E2E_BASE_URL = baseUrl
  process.env.E2E_SERVER_ENV = JSON.stringify(env)
}
