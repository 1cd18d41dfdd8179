// What the server (scripts/serve.mjs) and the code Next loads into the same process (the app's routes, the cache
// handler) tell each other. Next bundles its own copy of this module, so what is said goes through process-wide
// symbols, never through the module's own state.

const SENDS_KEPT_GZIP = Symbol.for('eunic.server.sends-kept-gzip')
const PAGES_KEPT_HERE = Symbol.for('eunic.cache.pages-kept-here')
const CHANGES = Symbol.for('eunic.cache.changes')

/** Said by the server, once, before Next starts: it sends answers under KEPT_GZIP_HEADER as they are. */
export function sendKeptGzip() {
  globalThis[SENDS_KEPT_GZIP] = true
}

/** Whether this process's server sends kept gzip as it is (src/cache/compressed.ts). */
export function keptGzipSent() {
  return globalThis[SENDS_KEPT_GZIP] === true
}

/**
 * Said by the cache handler once it knows where pages are kept: true in this process's memory, where it hears of
 * every change; false in Redis, where other replicas' changes reach it only through Redis.
 */
export function sayPagesKeptHere(here) {
  globalThis[PAGES_KEPT_HERE] = here
}

export function pagesKeptHere() {
  return globalThis[PAGES_KEPT_HERE] === true
}

/** Said by the cache handler whenever a change expires cache tags (a publish, an edit, a deletion). */
export function sayChanged() {
  globalThis[CHANGES] = changesSoFar() + 1
}

/** How many changes this process has heard of: a different count means something changed in between. */
export function changesSoFar() {
  return globalThis[CHANGES] ?? 0
}
