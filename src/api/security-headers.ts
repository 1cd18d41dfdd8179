import { createHash } from 'node:crypto'

/**
 * The security headers of every response, in one place: next.config.ts sends the fixed ones with everything,
 * proxy.ts adds the Content-Security-Policy of pages and the admin, with a fresh nonce per response.
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
 * Pages and the admin: scripts only with this response's nonce (and what they load), nothing from other
 * hosts, no framing (a page in draft mode may be framed by the admin's live preview, on the same address). The
 * admin's editor sets inline styles; the site only style attributes.
 */
export function pageCsp(
  area: 'site' | 'admin',
  nonce: string,
  {
    production,
    https = false,
    framedByAdmin = false,
  }: { production: boolean; https?: boolean; framedByAdmin?: boolean },
): string {
  return directives({
    'default-src': "'self'",
    'script-src': `'self' 'nonce-${nonce}' 'strict-dynamic'${production ? '' : " 'unsafe-eval'"}`,
    'style-src': area === 'admin' ? "'self' 'unsafe-inline'" : `'self' 'nonce-${nonce}'`,
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
