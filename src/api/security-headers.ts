import { createHash } from 'node:crypto'

/**
 * The security headers of every response, in one place: next.config.ts sends the fixed ones with everything,
 * proxy.ts adds the Content-Security-Policy of pages and the admin: the admin's with a fresh nonce per response,
 * the site's (in production) one that runs no script at all, the same for every reader, so any cache may keep the
 * page with it (the page is sent without scripts: src/cache/script-free.mjs).
 */
export const FIXED_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
] as const

/** Older browsers' word for frame-ancestors: pages and the admin get theirs from proxy.ts, everything else this. */
export const NO_FRAMING = { key: 'X-Frame-Options', value: 'DENY' } as const
export const frameOptions = (framedByAdmin: boolean) => (framedByAdmin ? 'SAMEORIGIN' : 'DENY')

/** The CSP source that allows one inline style, by the hash of its text. */
export const styleHash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`

/**
 * A page that runs no script and loads nothing but its one inline style (and images from this site): the
 * embeddable list (/embed/…), the only page another site may frame, and the API reference (/api/docs).
 */
export const styleOnlyCsp = (css: string, frameAncestors: '*' | "'none'") =>
  `default-src 'none'; style-src ${styleHash(css)}; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors ${frameAncestors}`

/** The API answers data: nothing in a response may run, load or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox"

const directives = (d: Record<string, string>) =>
  Object.entries(d)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')

/**
 * How a page may run script: by this response's nonce (the admin, the development server and an editor's preview:
 * Next stamps it on the scripts and styles it writes), or not at all (the site's pages as every reader gets them).
 */
export type PageScripts = { nonce: string } | 'none'

/**
 * Pages and the admin: scripts only by this response's nonce (and what they load), or none at all; nothing from
 * other hosts, no framing (a page in draft mode may be framed by the admin's live preview, on the same address).
 * The admin's editor sets inline styles; the site only style attributes.
 */
export function pageCsp(
  area: 'site' | 'admin',
  scripts: PageScripts,
  {
    production,
    https = false,
    framedByAdmin = false,
  }: { production: boolean; https?: boolean; framedByAdmin?: boolean },
): string {
  const nonce = scripts === 'none' ? undefined : `'nonce-${scripts.nonce}'`
  // 'strict-dynamic': what a script with the nonce loads may run too (Next's chunks load one another).
  const scriptSources = nonce ? `'self' ${nonce} 'strict-dynamic'${production ? '' : " 'unsafe-eval'"}` : "'none'"
  const styleSources = area === 'admin' ? "'self' 'unsafe-inline'" : nonce ? `'self' ${nonce}` : "'self'"
  return directives({
    'default-src': "'self'",
    'script-src': scriptSources,
    'style-src': styleSources,
    // Style attributes (next/image sets one) cannot carry a nonce; they cannot run code either.
    ...(area === 'site' ? { 'style-src-attr': "'unsafe-inline'" } : {}),
    'img-src': "'self' data: blob:",
    'font-src': "'self' data:",
    'connect-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': framedByAdmin ? "'self'" : "'none'",
    // Only where the site is served over https: on a plain-http address it would send the browser to one that is not there.
    ...(production && https ? { 'upgrade-insecure-requests': '' } : {}),
  })
    .replace(/ ;/g, ';')
    .trim()
}

/** HSTS when the site is served over https: a year, subdomains included. */
export const hsts = (serverUrl: string) =>
  serverUrl.startsWith('https://') ? 'max-age=31536000; includeSubDomains' : undefined
