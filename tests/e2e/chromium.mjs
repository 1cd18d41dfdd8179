import fs from 'node:fs'

/** Debian's Chromium, or CHROME_PATH. No browser is ever downloaded. */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)
  const found = candidates.find((p) => fs.existsSync(p))
  if (found) return { path: found }
  return {
    path: null,
    problem: `no Chromium at ${candidates.join(' or ')}. Install it with "apt-get install -y chromium" or set CHROME_PATH.`,
  }
}

/** Flags that keep a headless Chromium from reaching for the internet (see DESIGN.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]
