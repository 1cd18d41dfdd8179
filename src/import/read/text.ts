import { createHash } from 'node:crypto'

import { escapeHtml } from '@/lib/text/html'

import type { Article, FoundPhoto } from '../article'
import { splitCredit } from '../credits'
import { saysCofunded } from '../find/cofunded'

const BULLET = /^[•·▪◦*–-]\s+/
/** A list item of a page's tag list is a few words; a longer one is a sentence of the body. */
const TAG_WORDS = 6
/** A paragraph, not a heading: a sentence of some length that ends like one. */
const isParagraph = (line: string) => line.split(/\s+/).length >= 12 && /[.!?:…"”»)]$/.test(line)

/** The hash a pasted text or a file is known by when it has no address of its own. */
export const contentHash = (content: string | Buffer) => `sha256:${createHash('sha256').update(content).digest('hex')}`

/**
 * The text of an article page as a browser copies it: the site's name, the pictures' captions with their credit
 * lines, the title, the lead, the paragraphs, the tag list as bullets, a closing disclaimer. The title is the
 * short line just before the first paragraph; captions (each once, however often the page repeats them) become
 * photos without files; the bullets after the last paragraph are the tag list.
 */
export function readText(content: string, { label, source }: { label: string; source?: string }): Article {
  const lines = content
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  const photos: FoundPhoto[] = []
  const seen = new Set<string>()
  const kept: string[] = []
  for (const line of lines) {
    const { caption, credit } = splitCredit(line)
    if (!credit || BULLET.test(line)) {
      kept.push(line)
      continue
    }
    const key = `${caption}|${credit}`
    if (!seen.has(key)) photos.push({ caption: caption || undefined, credit })
    seen.add(key)
  }
  const leadAt = kept.findIndex(isParagraph)
  const titleAt = leadAt > 0 ? leadAt - 1 : leadAt === -1 ? 0 : -1
  const title = titleAt >= 0 && !isParagraph(kept[titleAt]) ? kept[titleAt] : undefined
  const lead = leadAt >= 0 ? kept[leadAt] : undefined
  const rest = kept.slice(Math.max(leadAt, titleAt) + 1)
  // A closing disclaimer ("Co-funded by the European Union…") is no paragraph of the body.
  const bodyLines = rest.map((line) => isParagraph(line) && !saysCofunded(line))
  const lastParagraph = bodyLines.lastIndexOf(true)
  const tags = rest
    .slice(lastParagraph + 1)
    .filter((line) => BULLET.test(line) && line.replace(BULLET, '').split(/\s+/).length <= TAG_WORDS)
    .map((line) => line.replace(BULLET, ''))
  const body = rest.slice(0, lastParagraph + 1).filter((line) => !saysCofunded(line))
  const html: string[] = []
  for (const line of body) {
    if (BULLET.test(line)) {
      const item = `<li>${escapeHtml(line.replace(BULLET, ''))}</li>`
      if (html.at(-1)?.endsWith('</ul>')) html[html.length - 1] = html.at(-1)!.replace(/<\/ul>$/, `${item}</ul>`)
      else html.push(`<ul>${item}</ul>`)
    } else html.push(isParagraph(line) ? `<p>${escapeHtml(line)}</p>` : `<h2>${escapeHtml(line)}</h2>`)
  }
  const warnings = lead ? [] : ['No paragraph was found in the text: it was read as a title only.']
  return {
    source: source ?? contentHash(content),
    label,
    title,
    lead,
    bodyHtml: html.join(''),
    text: [title, lead, ...body, ...kept.slice(lastParagraph + 1 + Math.max(leadAt, titleAt) + 1)]
      .filter(Boolean)
      .join('\n'),
    photos,
    tags,
    warnings,
  }
}
