// What the cache in front (deploy/varnish/default.vcl) does, for a server that runs without one: an anonymous
// reader's page that Next answered from its page cache is sent again from here, as it went out, without Next's
// request path (its router, proxy, tracing and renderer's hit path cost about thirty times what sending does).
// On the terms the cache in front keeps answers:
//   - asked: GET, without Authorization or Cookie (a signed-in editor, a preview), not conditional;
//   - answered: 200, a HIT of Next's page cache, Cache-Control public with s-maxage, no Set-Cookie; one copy per
//     encoding and per value of each request header the answer varies on;
//   - kept at most PAGE_MEMO_SECONDS (and the answer's s-maxage), and only while Next keeps pages in this
//     process's memory (no REDIS_URL), where it hears of every change: a change forgets every kept answer, and an
//     answer whose request began before a change is not kept (src/cache/server-links.mjs).
import { changesSoFar, pagesKeptHere } from '../src/cache/server-links.mjs'
import { encodingFor } from './site-response.mjs'

/** How much answers may take in memory in all; the least recently sent go first. */
const MEMO_BYTES = 8 * 1024 * 1024
/** Headers of the connection or the moment, not of the answer. */
const NOT_KEPT = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'age'])

const anonymousRead = (req) =>
  req.method === 'GET' &&
  !req.headers.authorization &&
  !req.headers.cookie &&
  !req.headers['if-none-match'] &&
  !req.headers['if-modified-since']

/** The seconds a shared cache may keep an answer, or 0 where it may not. */
function sharedSeconds(res) {
  const policy = String(res.getHeader('cache-control') ?? '')
  if (!/(?:^|,)\s*public\s*(?:,|$)/.test(policy) || /\b(?:private|no-store|no-cache)\b/.test(policy)) return 0
  return Number(/\bs-maxage=(\d+)/.exec(policy)?.[1] ?? 0)
}

const varyNames = (res) =>
  String(res.getHeader('vary') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)

/** Which copy of an answer a request is for: its encoding, and its value of each header the answer varies on. */
function variant(req, names, encoding) {
  return [encoding, ...names.filter((n) => n !== 'accept-encoding').map((n) => req.headers[n] ?? '')].join('\n')
}

export class PageMemo {
  /** address → { names (what the answer varies on), copies: Map(variant → copy) }, least recently sent first. */
  #pages = new Map()
  #bytes = 0
  #changes = changesSoFar()
  /** The count of changes when each request not answered here began. */
  #began = new WeakMap()

  /** @param {{ seconds: number, now?: () => number }} options — seconds 0: nothing is kept. */
  constructor({ seconds, now = Date.now }) {
    this.seconds = seconds
    this.now = now
  }

  /** Sends a kept answer for the request, if there is one; true when it did. */
  answer(req, res) {
    if (!this.seconds || !anonymousRead(req)) return false
    this.#forgetIfChanged()
    this.#began.set(req, this.#changes)
    const page = this.#pages.get(req.url)
    if (!page) return false
    const copy = page.copies.get(variant(req, page.names, encodingFor(req)))
    if (!copy) return false
    const age = this.now() - copy.kept
    if (age >= copy.lifetime) {
      this.#drop(req.url, page, copy.variant)
      return false
    }
    this.#pages.delete(req.url)
    this.#pages.set(req.url, page)
    res.sendKept(copy.status, { ...copy.headers, age: String(Math.floor(age / 1000)) }, copy.body)
    return true
  }

  /** Whether the answer now leaving (its headers final) may be kept once complete. */
  keeps(req, res) {
    return (
      this.seconds > 0 &&
      this.#began.get(req) === changesSoFar() &&
      pagesKeptHere() &&
      res.statusCode === 200 &&
      res.getHeader('x-nextjs-cache') === 'HIT' &&
      !res.hasHeader('set-cookie') &&
      !varyNames(res).includes('*') &&
      sharedSeconds(res) > 0
    )
  }

  /** Keeps a complete answer that `keeps` allowed, as it was sent. */
  keep(req, res, body) {
    this.#forgetIfChanged()
    if (this.#began.get(req) !== this.#changes || body.length > MEMO_BYTES / 8) return
    const names = varyNames(res)
    const headers = {}
    for (const [name, value] of Object.entries(res.getHeaders())) if (!NOT_KEPT.has(name)) headers[name] = value
    const encoding = String(res.getHeader('content-encoding') ?? 'identity')
    const key = variant(req, names, encoding)
    let page = this.#pages.get(req.url)
    if (page && page.names.join() !== names.join()) {
      this.#drop(req.url, page)
      page = undefined
    }
    if (!page) this.#pages.set(req.url, (page = { names, copies: new Map() }))
    if (page.copies.has(key)) this.#drop(req.url, page, key)
    const lifetime = 1000 * Math.min(this.seconds, sharedSeconds(res))
    page.copies.set(key, { variant: key, status: res.statusCode, headers, body, kept: this.now(), lifetime })
    this.#bytes += body.length
    for (const [url, oldest] of this.#pages) {
      if (this.#bytes <= MEMO_BYTES) break
      this.#drop(url, oldest)
    }
  }

  /** What is kept (the tests read it). */
  get size() {
    return { pages: this.#pages.size, bytes: this.#bytes }
  }

  #forgetIfChanged() {
    const changes = changesSoFar()
    if (changes === this.#changes) return
    this.#changes = changes
    this.#pages.clear()
    this.#bytes = 0
  }

  /** Drops one copy of a page, or the whole page. */
  #drop(url, page, key) {
    for (const [k, copy] of page.copies)
      if (key === undefined || k === key) {
        this.#bytes -= copy.body.length
        page.copies.delete(k)
      }
    if (!page.copies.size) this.#pages.delete(url)
  }
}
