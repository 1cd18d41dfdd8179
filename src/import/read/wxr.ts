import { createReadStream } from 'node:fs'

import { SaxesParser, type SaxesTagPlain } from 'saxes'

import type { Article, FoundPhoto, Skipped, StatedTime } from '../article'
import { splitCredit } from '../credits'
import { dayOf, readPost, words } from './html'

/** One `<item>` of a WordPress export: the elements this importer reads, as text. */
type Item = {
  title: string
  link: string
  guid: string
  content: string
  excerpt: string
  id: string
  parent: string
  status: string
  type: string
  date: string
  attachmentUrl: string
  tags: string[]
  categories: string[]
  meta: Record<string, string>
}

/** What a WordPress export is refused for, said in words. */
export class ExportError extends Error {}

/** Post types that are articles; The Events Calendar's events also state their times. */
const ARTICLE_TYPES = new Set(['post', 'page', 'tribe_events'])
const SKIP_REASONS: Record<string, string> = {
  draft: 'it is a draft on the old site',
  pending: 'it waits for review on the old site',
  private: 'it is private on the old site',
  trash: 'it is in the old site’s trash',
  future: 'it is scheduled, not yet published, on the old site',
  'auto-draft': 'it is an unsaved draft on the old site',
  inherit: 'it is a revision',
}

const ELEMENTS: Record<string, keyof Item> = {
  title: 'title',
  link: 'link',
  guid: 'guid',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:post_id': 'id',
  'wp:post_parent': 'parent',
  'wp:status': 'status',
  'wp:post_type': 'type',
  'wp:post_date': 'date',
  'wp:attachment_url': 'attachmentUrl',
}

const emptyItem = (): Item => ({
  title: '',
  link: '',
  guid: '',
  content: '',
  excerpt: '',
  id: '',
  parent: '',
  status: '',
  type: '',
  date: '',
  attachmentUrl: '',
  tags: [],
  categories: [],
  meta: {},
})

/**
 * Streams the `<item>`s of an export to `onItem`, one at a time: a 200 MB export never sits in memory whole. An
 * export with a document type declaration is refused — WordPress writes none, and a DTD is how XML smuggles in
 * entities that read the server's files or multiply themselves (XXE, billion laughs); saxes expands no entity
 * beyond XML's own five either way.
 */
export async function eachItem(
  file: string,
  onItem: (item: Item, channel: { language?: string }) => void | Promise<void>,
): Promise<void> {
  const parser = new SaxesParser({ xmlns: false })
  const channel: { language?: string } = {}
  const path: string[] = []
  let item: Item | undefined
  let text = ''
  let metaKey = ''
  let sawRss = false
  const pending: Item[] = []
  parser.on('doctype', () => {
    throw new ExportError('The export declares a document type (DTD); a WordPress export has none, so it is refused.')
  })
  parser.on('opentag', (tag: SaxesTagPlain) => {
    path.push(tag.name)
    text = ''
    if (tag.name === 'rss') sawRss = true
    if (tag.name === 'item') item = emptyItem()
    if (item && tag.name === 'category') {
      const domain = tag.attributes.domain
      if (domain === 'post_tag' || domain === 'category') metaKey = `category:${domain}`
    }
  })
  parser.on('text', (t) => (text += t))
  parser.on('cdata', (t) => (text += t))
  parser.on('closetag', (tag: SaxesTagPlain) => {
    path.pop()
    const name = tag.name
    if (!item) {
      if (name === 'language' && path.at(-1) === 'channel') channel.language = words(text)
      return
    }
    if (name === 'item') {
      pending.push(item)
      item = undefined
      return
    }
    const field = ELEMENTS[name]
    if (field && path.at(-1) === 'item') (item[field] as string) = field === 'content' ? text : words(text)
    else if (name === 'category' && metaKey.startsWith('category:')) {
      if (words(text)) (metaKey === 'category:post_tag' ? item.tags : item.categories).push(words(text))
      metaKey = ''
    } else if (name === 'wp:meta_key') metaKey = words(text)
    else if (name === 'wp:meta_value' && metaKey) item.meta[metaKey] = text.trim()
  })
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
    try {
      parser.write(chunk as string)
    } catch (error) {
      throw error instanceof ExportError
        ? error
        : new ExportError(`The export is not well-formed XML: ${(error as Error).message}`)
    }
    for (const done of pending.splice(0)) await onItem(done, channel)
  }
  try {
    parser.close()
  } catch (error) {
    throw new ExportError(`The export is not well-formed XML: ${(error as Error).message}`)
  }
  for (const done of pending.splice(0)) await onItem(done, channel)
  if (!sawRss) throw new ExportError('The file is XML but not a WordPress export (no <rss> element).')
}

type Attachment = { url: string; parent: string; caption: string; alt: string; title: string }

/** What a first pass over an export learns: its attachments (photos) and how many articles it holds. */
export async function surveyExport(file: string) {
  const attachments = new Map<string, Attachment>()
  let articles = 0
  await eachItem(file, (item) => {
    if (item.type === 'attachment' && item.attachmentUrl) {
      attachments.set(item.id, {
        url: item.attachmentUrl,
        parent: item.parent,
        caption: item.excerpt,
        alt: item.meta._wp_attachment_image_alt ?? '',
        title: item.title,
      })
    } else if (ARTICLE_TYPES.has(item.type)) articles++
  })
  return { attachments, articles }
}

/** WordPress's classic editor keeps paragraphs as blank lines and captions as a shortcode: both as HTML. */
export function postHtml(content: string): string {
  let html = content.replace(/\[caption[^\]]*\]([\s\S]*?)\[\/caption\]/g, (_, inner: string) => {
    const img = /<img[^>]*>/i.exec(inner)?.[0] ?? ''
    const caption = inner.replace(/<a[^>]*>\s*<img[^>]*>\s*<\/a>|<img[^>]*>/i, '').trim()
    return `<figure>${img}<figcaption>${caption}</figcaption></figure>`
  })
  html = html.replace(/\[\/?[a-z_-]+(?:\s[^\]]*)?\]/gi, '')
  if (!/<p[\s>]/i.test(html)) {
    html = html
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .filter(Boolean)
      .map((block) => (/^<(?:h\d|ul|ol|figure|blockquote|div|table)/i.test(block) ? block : `<p>${block}</p>`))
      .join('\n')
  }
  return html
}

/** The Events Calendar's own times of an event post: wall times in the event's zone. */
function statedTimes(meta: Record<string, string>): StatedTime | undefined {
  const start = meta._EventStartDate
  if (!start) return undefined
  const allDay = meta._EventAllDay === 'yes'
  const wall = (v: string) => (allDay ? v.slice(0, 10) : v.slice(0, 16).replace(' ', 'T'))
  return {
    start: wall(start),
    end: wall(meta._EventEndDate || start),
    allDay,
    timeZone: meta._EventTimezone || undefined,
    recurring: false,
  }
}

/** The photos of a post: its featured image first, then pictures in its text, then its other attachments. */
function photosOf(article: Article, item: Item, attachments: Map<string, Attachment>): FoundPhoto[] {
  const own = [...attachments.entries()].filter(([id, a]) => a.parent === item.id || id === item.meta._thumbnail_id)
  const fromAttachment = ([, a]: [string, Attachment]): FoundPhoto => {
    const { caption, credit } = splitCredit(a.caption || '')
    return { src: a.url, alt: a.alt || undefined, caption: caption || undefined, credit }
  }
  const featured = own.filter(([id]) => id === item.meta._thumbnail_id).map(fromAttachment)
  const others = own.filter(([id]) => id !== item.meta._thumbnail_id).map(fromAttachment)
  const seen = new Set<string>()
  return [...featured, ...article.photos, ...others].filter((photo) => {
    const key = photo.src ?? photo.caption ?? ''
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** An export's item as an article to import, or the reason it is passed over (a draft, a trashed post). */
export function articleOfItem(
  item: Item,
  channel: { language?: string },
  attachments: Map<string, Attachment>,
): Article | Skipped | undefined {
  if (!ARTICLE_TYPES.has(item.type)) return undefined
  const source = `wxr:${item.guid || item.link || item.id}`
  const label = item.title || `${item.type} ${item.id}`
  if (item.status !== 'publish') {
    return {
      skipped: true,
      source,
      label,
      reason: `Skipped: ${SKIP_REASONS[item.status] ?? `its status is "${item.status}"`}.`,
    }
  }
  const article = readPost(postHtml(item.content), {
    source,
    label,
    base: item.link || undefined,
    title: item.title,
    tags: item.tags,
    published: dayOf(item.date),
    language: channel.language,
  })
  if (!article.lead && item.excerpt) article.lead = words(item.excerpt)
  article.categories = item.categories
  article.photos = photosOf(article, item, attachments)
  article.url = item.link || undefined
  const stated = statedTimes(item.meta)
  if (stated) article.stated = stated
  if (item.meta._EventVenueID === undefined && item.meta._VenueAddress) article.location = item.meta._VenueAddress
  return article
}
