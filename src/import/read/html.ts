import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'

import type { Article, FoundPhoto } from '../article'
import { splitCredit } from '../credits'
import type { WallTime } from '../dates'

type Doc = ReturnType<typeof parseHTML>['document']
type El = ReturnType<Doc['createElement']>

/** Where sites put an article's own tag list: WordPress themes, Drupal fields, plain rel=tag links. */
const TAG_LINKS = [
  'a[rel~="tag"]',
  '.tags a',
  '.post-tags a',
  '.entry-tags a',
  '.tag-links a',
  '.tagcloud a',
  '.field--name-field-tags a',
  '.field-name-field-tags a',
  'ul.tags li',
].join(', ')

/** Containers of the article itself, most specific first. */
const ARTICLE = ['article', '[role="main"]', 'main', '.entry-content', '#content', 'body']

/** Page furniture a picture inside is not the article's: logos, share buttons, related news. */
const FURNITURE =
  'nav, header:not(article header), footer, aside, form, .share, .sharing, .related, .cookie, .breadcrumb'

/**
 * What a page has around its article, removed before the article is looked for: Readability scores what is left,
 * and a short article beside a cookie banner would otherwise take the banner in.
 */
const AROUND = [
  'nav',
  'footer',
  'aside',
  'form',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[class*="cookie"]',
  '[id*="cookie"]',
  '[class*="consent"]',
  '[id*="consent"]',
  '[class*="gdpr"]',
  '[class*="share"]',
  '[class*="sharing"]',
  '[class*="social"]',
  '[class*="related"]',
  '[class*="breadcrumb"]',
  '[aria-label*="breadcrumb"]',
  '[class*="newsletter"]',
  '[class*="comment"]',
  '[id*="comment"]',
  '[class*="tags"]',
  '[class*="post-terms"]',
  '[class*="entry-meta"]',
  '[class*="post-date"]',
  '[class*="byline"]',
].join(', ')

/** How a hand-made page closes: a last line of links and notices, no part of the article. */
const CLOSING =
  /impressum|imprint|kontakt|contact|mentions l[ée]gales|legal notice|privacy|datenschutz|last updated|zuletzt aktualisiert|derni[èe]re mise [àa] jour|©|all rights reserved|tous droits r[ée]serv[ée]s|alle rechte vorbehalten/i
/** A caption is a line, not a paragraph of the article. */
const CAPTION_LENGTH = 300
const CAPTION_CLASS = /caption|legend|legende|l[ée]gende|bildunterschrift|credit|bild|photo|foto/i

/** The lead paragraph where themes mark it. */
const LEAD = '.lead, .intro, .teaser, .standfirst, .entry-summary, .field--name-field-lead, .field--name-field-intro'

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:'])

/** Tags an article body keeps: what the events' editor has (headings, lists, links, bold, italic, quotes). */
const KEPT_TAGS = new Set([
  'P',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'LI',
  'A',
  'B',
  'STRONG',
  'I',
  'EM',
  'U',
  'BLOCKQUOTE',
  'BR',
  'SUB',
  'SUP',
  'CODE',
])
const DROPPED_WITH_CONTENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'BUTTON'])

export const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()

const sameWords = (a: string, b: string) => words(a).toLowerCase() === words(b).toLowerCase()

/** A day of the form 2024-06-25 (or a full ISO time) as a wall day. */
export function dayOf(value: string | null | undefined): WallTime | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '')
  return match ? { year: +match[1], month: +match[2], day: +match[3] } : undefined
}

function absolute(href: string, base?: string): string | undefined {
  try {
    const url = base ? new URL(href, base) : new URL(href)
    return LINK_SCHEMES.has(url.protocol) ? url.href : undefined
  } catch {
    return undefined
  }
}

/**
 * The caption of a picture that stands without a figure, as hand-made pages write it: the text beside it in its
 * own block ("<p><img><br><i>…</i></p>", "<div class=bild><img><p>…</p></div>"), or the short line right after
 * its block when that line looks like a caption (its class says so, or it names a credit).
 */
function captionNear(img: El): string {
  const block = img.parentElement?.tagName === 'A' ? img.parentElement.parentElement : img.parentElement
  if (!block || block.matches('main, article, body, [role="main"]')) return ''
  const beside = words(block.textContent)
  if (beside && beside.length <= CAPTION_LENGTH) return beside
  if (beside) return ''
  const next = block.nextElementSibling as El | null
  const line = words(next?.textContent)
  if (!next || !line || line.length > CAPTION_LENGTH) return ''
  return CAPTION_CLASS.test(next.getAttribute('class') ?? '') || splitCredit(line).credit ? line : ''
}

function pictureOf(element: El): FoundPhoto | undefined {
  const img = element.tagName === 'IMG' ? element : element.querySelector('img')
  const src = img?.getAttribute('data-src') || img?.getAttribute('src') || undefined
  const captionText =
    words(element.querySelector('figcaption')?.textContent) ||
    (element.tagName === 'IMG' ? captionNear(element) : words(element.textContent)) ||
    words(img?.getAttribute('title'))
  const { caption, credit } = splitCredit(captionText)
  const alt = words(img?.getAttribute('alt'))
  if (!src && !caption && !credit) return undefined
  return { src, alt: alt || undefined, caption: caption || undefined, credit, captionText: captionText || undefined }
}

/** Every picture of the article with its caption and credit, in page order, each once. */
function picturesOf(container: El): FoundPhoto[] {
  const found: FoundPhoto[] = []
  const seen = new Set<string>()
  for (const element of container.querySelectorAll('figure, img') as Iterable<El>) {
    if (element.closest(FURNITURE)) continue
    if (element.tagName === 'IMG' && element.closest('figure')) continue
    const photo = pictureOf(element)
    const key = photo?.src ?? photo?.caption
    if (!photo || !key || seen.has(key)) continue
    seen.add(key)
    found.push(photo)
  }
  return found
}

/** The body as the events' editor can hold it: kept tags only, links only to web or mail addresses. */
function clean(node: El, document: Doc, base?: string) {
  for (const child of [...node.children] as El[]) {
    if (DROPPED_WITH_CONTENT.has(child.tagName) || child.matches('figure, img, picture, svg, video, audio')) {
      child.remove()
      continue
    }
    clean(child, document, base)
    if (child.tagName === 'H1') {
      const heading = document.createElement('h2')
      heading.append(...child.childNodes)
      child.replaceWith(heading)
      continue
    }
    if (!KEPT_TAGS.has(child.tagName)) {
      child.replaceWith(...child.childNodes)
      continue
    }
    const href = child.tagName === 'A' ? absolute(child.getAttribute('href') ?? '', base) : undefined
    for (const attribute of [...child.attributes]) child.removeAttribute(attribute.name)
    if (child.tagName === 'A') {
      if (href) child.setAttribute('href', href)
      else child.replaceWith(...child.childNodes)
    }
  }
}

/** Removes the short lines of notices and links a page's text ends with (a hand-made footer). */
function dropClosingLines(root: El) {
  for (;;) {
    const last = [...root.children].at(-1) as El | undefined
    const text = words(last?.textContent)
    if (!last || (text && (text.length > 160 || !CLOSING.test(text)))) return
    last.remove()
  }
}

/** The HTML comments of a page, which never reach the body. */
function commentsOf(root: El): Array<{ remove: () => void }> {
  const found: Array<{ remove: () => void }> = []
  const walk = (node: El) => {
    for (const child of [...node.childNodes] as El[]) {
      if (child.nodeType === 8) found.push(child)
      else if (child.nodeType === 1) walk(child)
    }
  }
  walk(root)
  return found
}

function firstText(document: Doc, selectors: string[]): string {
  for (const selector of selectors) {
    const value = words(
      selector.startsWith('meta')
        ? document.querySelector(selector)?.getAttribute('content')
        : document.querySelector(selector)?.textContent,
    )
    if (value) return value
  }
  return ''
}

/**
 * An article page as a browser saves it: its title, lead, body, pictures with their credits, tag list, language
 * and publication day. The article is found by Mozilla's Readability (Firefox's reader view), which leaves out
 * navigation, banners, share buttons, related news, forms and comments; what it keeps is cleaned down to the
 * tags the events' editor holds. Nothing of the page runs: it is parsed, never loaded.
 */
export function readHtml(html: string, { source, label, base }: { source: string; label: string; base?: string }) {
  return readDocument(html, { source, label, base })
}

/** What a post of an export states apart from its HTML, which is the article itself (no page around it). */
export type PostFacts = { title?: string; tags: string[]; published?: WallTime; language?: string }

/** The content of a post (a WordPress export's item): cleaned like a page's article, without looking for it. */
export function readPost(html: string, facts: PostFacts & { source: string; label: string; base?: string }) {
  return readDocument(`<!doctype html><html><body><article>${html}</article></body></html>`, facts, facts)
}

function readDocument(
  html: string,
  { source, label, base }: { source: string; label: string; base?: string },
  post?: PostFacts,
): Article {
  const { document } = parseHTML(html)
  const warnings: string[] = []
  const language = post ? post.language : document.documentElement.getAttribute('lang')?.trim() || undefined
  const container = (ARTICLE.map((s) => document.querySelector(s)).find(Boolean) ?? document.body) as El
  // A page's pictures may stand beside its article (a gallery above it): they are looked for in all its main part.
  const photos = picturesOf(document.querySelector('main, [role="main"]') ?? container)
  const tags = post?.tags ?? [
    ...new Set(
      [
        ...[...document.querySelectorAll(TAG_LINKS)].map((a) => words(a.textContent)),
        ...[...document.querySelectorAll('meta[property="article:tag"]')].map((m) => words(m.getAttribute('content'))),
      ].filter((tag) => tag && tag.length <= 80),
    ),
  ]
  const published = post
    ? post.published
    : dayOf(
        firstText(document, [
          'meta[property="article:published_time"]',
          'meta[itemprop="datePublished"]',
          'meta[name="date"]',
        ]) ||
          document
            .querySelector('time.published, time.entry-date, .posted-on time, time[itemprop="datePublished"]')
            ?.getAttribute('datetime'),
      )
  const canonical = absolute(
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      document.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
      '',
    base,
  )
  const heading = words((container.querySelector('h1') ?? document.querySelector('h1'))?.textContent)
  const markedLead = words(container.querySelector(LEAD)?.textContent)
  // Never the article itself or what holds it (a theme's classes on <body> or <article> may match).
  for (const element of [...document.querySelectorAll(AROUND)]) if (!element.contains(container)) element.remove()
  // A page's header holds its navigation and logo; an article's own header holds its title.
  for (const header of [...document.querySelectorAll('header')]) if (!header.closest('article')) header.remove()
  for (const comment of commentsOf(document.documentElement)) comment.remove()

  // A post's content is the article already; a page's article is found among what surrounds it.
  const parsed = post
    ? { title: post.title ?? '', content: container.innerHTML }
    : new Readability(document, { keepClasses: false }).parse()
  const title = post
    ? words(post.title)
    : heading || words(parsed?.title) || firstText(document, ['meta[property="og:title"]', 'title'])
  const { document: body } = parseHTML(`<!doctype html><html><body>${parsed?.content ?? ''}</body></html>`)
  clean(body.body, body, base)
  for (const h of body.querySelectorAll('h2, h3')) if (sameWords(h.textContent ?? '', title)) h.remove()
  // Captions become the photos' own; the lines a hand-made page closes with are not the article's.
  const captionLines = new Set(photos.map((p) => p.captionText).filter(Boolean))
  for (const block of [...body.querySelectorAll('p, div, i, em, small, span')])
    if (captionLines.has(words(block.textContent))) block.remove()
  dropClosingLines(body.body)
  const paragraphs = [...body.querySelectorAll('p')].filter((p) => words(p.textContent))
  let lead = markedLead
  const first = paragraphs[0]
  if (first && (!lead || sameWords(first.textContent ?? '', lead))) {
    lead = words(first.textContent)
    first.remove()
  }
  if (!parsed) warnings.push('No article was found on the page: only its title and pictures were read.')
  const bodyText = words(body.body.textContent)
  const captions = photos.map((p) => [p.caption, p.credit].filter(Boolean).join(' ')).join(' ')
  const article: Article = {
    source,
    label,
    language,
    title: title || undefined,
    lead: lead || undefined,
    bodyHtml: body.body.innerHTML.trim(),
    text: [title, lead, bodyText, captions].filter(Boolean).join('\n'),
    photos,
    tags,
    published,
    url: post ? base : canonical?.startsWith('http') ? canonical : undefined,
    warnings,
  }
  return article
}
