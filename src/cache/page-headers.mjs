// What the server (scripts/serve.mjs) does to a site page's headers, with what proxy.ts hands it.
//
// The site's pages allow their own inline scripts and styles by hash, not by a nonce made for one response: the
// same page is then the same bytes and the same headers for every reader, so Next's page cache and any HTTP
// cache in front may keep it. proxy.ts writes the page's Content-Security-Policy with a placeholder where the
// hashes go; the server (scripts/serve.mjs) fills it in from the rendered page.
import { createHash } from 'node:crypto'

/** The placeholder proxy.ts puts in the policy (INLINE_HASHES in src/api/security-headers.ts). */
export const INLINE_HASHES = "'inline-hashes'"

/**
 * How proxy.ts hands the server an anonymous page's shared-cache policy: it replaces Next's own Cache-Control
 * where Next keeps the page (Next's says s-maxage); a page rendered per request keeps Next's, and no cache keys.
 */
export const SHARED_CACHE_CONTROL_HEADER = 'x-shared-cache-control'

/** A page's response headers as they leave, once Next has set its own. */
export function sharedCacheHeaders(res) {
  const shared = res.getHeader(SHARED_CACHE_CONTROL_HEADER)
  if (shared === undefined) return
  res.removeHeader(SHARED_CACHE_CONTROL_HEADER)
  if (/\bs-maxage=/.test(String(res.getHeader('cache-control') ?? ''))) res.setHeader('cache-control', shared)
  else for (const name of ['surrogate-key', 'xkey']) res.removeHeader(name)
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const STYLE = /<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi
const SOURCE = /\bsrc\s*=/i
const TYPE = /\btype\s*=\s*["']?([^"'\s>]+)/i
/** Script types a browser runs; anything else (JSON-LD, JSON data) is data, which the policy does not cover. */
const RUNNABLE = new Set(['', 'module', 'text/javascript', 'application/javascript'])

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** The CSP sources of a page's inline scripts and of its inline styles, each once, in page order. */
export function inlineSources(html) {
  const scripts = new Set()
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (SOURCE.test(attributes)) continue
    const type = (TYPE.exec(attributes)?.[1] ?? '').toLowerCase()
    if (RUNNABLE.has(type)) scripts.add(hash(text))
  }
  const styles = new Set()
  for (const [, , text] of html.matchAll(STYLE)) styles.add(hash(text))
  return { scripts: [...scripts], styles: [...styles] }
}

/** Whether a response's policy waits for its page's hashes. */
export const waitsForHashes = (policy) => typeof policy === 'string' && policy.includes(INLINE_HASHES)

/**
 * The policy with the page's hashes in place of the placeholder: script hashes where scripts are allowed,
 * style hashes where styles are. With none, the placeholder simply goes.
 */
export function fillInlineHashes(policy, html) {
  const { scripts, styles } = inlineSources(html)
  return policy
    .split(';')
    .map((directive) => {
      if (!directive.includes(INLINE_HASHES)) return directive
      const name = directive.trim().split(/\s+/)[0]
      const sources = name.startsWith('style-src') ? styles : name.startsWith('script-src') ? scripts : []
      return directive.replace(INLINE_HASHES, sources.join(' ')).replace(/\s+/g, ' ').trimEnd()
    })
    .join(';')
}
