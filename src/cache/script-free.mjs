// A public page as HTML and CSS only. Next writes its client runtime into every page it renders: script files,
// their preloads, and the page's data once more as inline scripts for the browser to rebuild it. The site's pages
// need none of it (links, forms and a disclosure element do all they do), and their policy says `script-src
// 'none'`, so what a page would run is taken out where the page is made: when Next keeps it (cache-handler.mjs)
// and, for the few pages rendered per request, when the server sends it (scripts/site-response.mjs).
//
// Plain JavaScript: the cache handler and the server load it as it is. React writes every `<` of a page's text
// and attributes as `&lt;`, and Next writes the `<` inside its inline data as `\u003c`, so a `<script` or `<link`
// in a rendered page is always a real tag.

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi
const LINK = /<link\b([^>]*)>/gi
const TYPE = /\btype\s*=\s*["']?([^"'\s>]+)/i
const REL = /\brel\s*=\s*["']?([^"'>]+)/i
const AS = /\bas\s*=\s*["']?([^"'\s>]+)/i
/** A script element with one of these types is data for machines, not code: JSON-LD stays. */
const DATA_TYPES = /^application\/(?:ld\+)?json$/i

const isData = (attributes) => DATA_TYPES.test(TYPE.exec(attributes)?.[1] ?? '')

/** Whether a `<link>` asks the browser to fetch a script ahead (preload as script, modulepreload). */
function fetchesScript(attributes) {
  const rel = (REL.exec(attributes)?.[1] ?? '').toLowerCase().split(/\s+/)
  return rel.includes('modulepreload') || (AS.exec(attributes)?.[1] ?? '').toLowerCase() === 'script'
}

/** The page without anything that runs or fetches a script; JSON-LD and everything else stay as they are. */
export function withoutScripts(html) {
  return html
    .replace(SCRIPT, (element, attributes) => (isData(attributes) ? element : ''))
    .replace(LINK, (element, attributes) => (fetchesScript(attributes) ? '' : element))
}

/**
 * A page entry as Next keeps it, its HTML made script-free in place. Next sends a page's first render from the
 * same entry it keeps, so the first reader gets the same bytes as every later one (tests/e2e/no-script.test.ts
 * reads a page's first answer and fails if that ever changes). Any other entry is left as it is.
 */
export function keptWithoutScripts(entry) {
  if (entry?.kind === 'APP_PAGE' && typeof entry.html === 'string') entry.html = withoutScripts(entry.html)
  return entry
}
