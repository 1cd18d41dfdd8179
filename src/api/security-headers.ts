import { createHash } from 'node:crypto'

import { INLINE_HASHES } from '../cache/page-headers.mjs'

/**
 * The security headers of every response, in one place: next.config.ts sends the fixed ones with everything,
 * proxy.ts adds the Content-Security-Policy of pages and the admin: the admin's with a fresh nonce per response,
 * the site's (in production) with the hashes of the page's own inline scripts, which the server fills in
 * (src/cache/page-headers.mjs), so that the same page is the same bytes and headers for every reader and any cache
 * may keep it.
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
 * Where the site's CSP lists its page's inline scripts and styles by hash: the server puts the hashes in its
 * place once the page is rendered. Left in place it allows nothing.
 */
export { INLINE_HASHES }

/** How a page's own inline scripts are allowed: this response's nonce, or their hashes. */
/**
 * How a page's own inline scripts are allowed: by this response's nonce (Next stamps it on the scripts it writes; the
 * page's styles too, or by their hashes), or by the hashes of what the page holds (a page the same for everyone).
 */
export type InlineScripts = { nonce: string; styles?: 'hashes' } | 'hashes'

/**
 * Pages and the admin: inline scripts only by this response's nonce (and what they load) or by their hashes
 * (and this site's script files), nothing from other hosts, no framing (a page in draft mode may be framed by
 * the admin's live preview, on the same address). The admin's editor sets inline styles; the site only style
 * attributes.
 */
export function pageCsp(
  area: 'site' | 'admin',
  inline: InlineScripts,
  {
    production,
    https = false,
    framedByAdmin = false,
  }: { production: boolean; https?: boolean; framedByAdmin?: boolean },
): string {
  // 'strict-dynamic' would let a hashed script load others but refuse the page's own <script src> tags.
  const scripts = inline === 'hashes' ? INLINE_HASHES : `'nonce-${inline.nonce}' 'strict-dynamic'`
  const styles = inline === 'hashes' || inline.styles === 'hashes' ? INLINE_HASHES : `'nonce-${inline.nonce}'`
  return directives({
    'default-src': "'self'",
    'script-src': `'self' ${scripts}${production ? '' : " 'unsafe-eval'"}`,
    'style-src': area === 'admin' ? "'self' 'unsafe-inline'" : `'self' ${styles}`,
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
