import { keptWithoutScripts, withoutScripts } from '../../src/cache/script-free.mjs'
import { pageCsp } from '@/api/security-headers'

// A page as Next writes it: its runtime, the page's data again as inline scripts, preloads, JSON-LD, and text that
// only looks like a tag once escaped.
const PAGE = [
  '<!DOCTYPE html><html><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/m.js">',
  '<link rel="preload" as="image" imageSrcSet="/_next/image?w=240 240w"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<SCRIPT TYPE="module">import "/x.js"</SCRIPT >',
  '<script type="application/ld+json">{"@type":"Event","name":"A \\u003c/script> B"}</script>',
  '</head><body><p>Ünïcode — 東京 &lt;script&gt;alert(1)&lt;/script&gt;</p>',
  '<script id="_R_">(globalThis.TURBOPACK=[]).push({})</script>',
  '<script>self.__next_f.push([1,"Ünïcode \\u003c/script>"])</script>',
  '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
  '</body></html>',
].join('')

describe('a page without scripts', () => {
  test('loses every script it would run or fetch ahead, and nothing else', () => {
    expect(withoutScripts(PAGE)).toBe(
      [
        '<!DOCTYPE html><html><head>',
        '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
        '<link rel="preload" as="image" imageSrcSet="/_next/image?w=240 240w"/>',
        '<script type="application/ld+json">{"@type":"Event","name":"A \\u003c/script> B"}</script>',
        '</head><body><p>Ünïcode — 東京 &lt;script&gt;alert(1)&lt;/script&gt;</p>',
        '</body></html>',
      ].join(''),
    )
  })

  test('is the same page when made twice', () => {
    const once = withoutScripts(PAGE)
    expect(withoutScripts(once)).toBe(once)
  })

  test('a page Next keeps is made script-free in place (Next sends the first render from the same entry); other entries stay as they are', () => {
    const page = { kind: 'APP_PAGE', html: PAGE, rscData: Buffer.from('0:{}') }
    expect(keptWithoutScripts(page)).toBe(page)
    expect(page.html).toBe(withoutScripts(PAGE))
    const route = { kind: 'APP_ROUTE', body: Buffer.from(PAGE) }
    expect(keptWithoutScripts(route)).toEqual({ kind: 'APP_ROUTE', body: Buffer.from(PAGE) })
    const data = { kind: 'FETCH', data: { body: PAGE } }
    expect(keptWithoutScripts(data).data.body).toBe(PAGE)
    expect(keptWithoutScripts(null)).toBeNull()
  })
})

describe("the site's policy", () => {
  test('a page as every reader gets it runs no script; styles only from this site', () => {
    const csp = pageCsp('site', 'none', { production: true })
    expect(csp).toContain("script-src 'none';")
    expect(csp).toContain("style-src 'self';")
    expect(csp).not.toMatch(/nonce|strict-dynamic|unsafe-eval|sha256/)
  })

  test('the admin and a preview keep a nonce for Next’s scripts and styles', () => {
    const preview = pageCsp('site', { nonce: 'n' }, { production: true, framedByAdmin: true })
    expect(preview).toContain("script-src 'self' 'nonce-n' 'strict-dynamic';")
    expect(preview).toContain("style-src 'self' 'nonce-n';")
    expect(pageCsp('admin', { nonce: 'n' }, { production: true })).toContain("style-src 'self' 'unsafe-inline';")
  })
})
