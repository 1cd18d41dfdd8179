import { createHash } from 'node:crypto'

import { fillInlineHashes, inlineSources, waitsForHashes } from '../../src/cache/page-headers.mjs'
import { pageCsp } from '@/api/security-headers'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

const PAGE = [
  '<!DOCTYPE html><html><head>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<style>body{color:red}</style>',
  '<script type="application/ld+json">{"@type":"Event"}</script>',
  '</head><body><p>Ünïcode — 東京</p>',
  '<script>self.__next_f=self.__next_f||[]</script>',
  '<script>self.__next_f.push([1,"Ünïcode \\u003c/script>"])</script>',
  '<script type="module">import "/x.js"</script>',
  '<script>self.__next_f=self.__next_f||[]</script>',
  '</body></html>',
].join('')

describe('a page policy filled with the hashes of its inline scripts', () => {
  test('every script the page runs from its own text, once each, in page order; not files and not data', () => {
    expect(inlineSources(PAGE)).toEqual({
      scripts: [
        sha('self.__next_f=self.__next_f||[]'),
        sha('self.__next_f.push([1,"Ünïcode \\u003c/script>"])'),
        sha('import "/x.js"'),
      ],
      styles: [sha('body{color:red}')],
    })
  })

  test("the site's production policy waits for them; the filled one lists them where scripts and styles are allowed", () => {
    const policy = pageCsp('site', 'hashes', { production: true })
    expect(waitsForHashes(policy)).toBe(true)
    const filled = fillInlineHashes(policy, PAGE)
    expect(waitsForHashes(filled)).toBe(false)
    const { scripts, styles } = inlineSources(PAGE)
    expect(filled).toContain(`script-src 'self' ${scripts.join(' ')};`)
    expect(filled).toContain(`style-src 'self' ${styles.join(' ')};`)
    expect(filled).toContain("object-src 'none'")
  })

  test('a page without inline scripts allows only script files from this site', () => {
    const filled = fillInlineHashes(pageCsp('site', 'hashes', { production: true }), '<p>nothing</p>')
    expect(filled).toContain("script-src 'self';")
    expect(filled).toContain("style-src 'self';")
  })

  test('the admin and the development server keep a nonce, which needs no filling', () => {
    expect(waitsForHashes(pageCsp('admin', { nonce: 'n' }, { production: true }))).toBe(false)
    expect(waitsForHashes(undefined)).toBe(false)
  })
})
