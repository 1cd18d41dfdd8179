/**
 * The credit line of a photo as sites write it under a picture or at an article's end — "Credits: EUNIC",
 * "Crédits : Institut français", "Foto: Goethe-Institut/Anna Weber", "Photo: …", "© British Council" — split from
 * the caption it was written into, so the credit goes to the photo's `credit` (and into its file) and the caption
 * keeps only what it says about the picture.
 */
const CREDIT_LABELS = [
  'credits?',
  'crédits?',
  'photo credits?',
  'crédits? photos?',
  'fotos?',
  'photos?',
  'bildnachweis',
]

const LABELLED = new RegExp(`(?:^|[\\s(|–—-])(?:${CREDIT_LABELS.join('|')})\\s*:\\s*([^\\n)|]+)\\)?`, 'iu')
const COPYRIGHT = /(?:^|[\s(|–—-])(?:©|\(c\))\s*([^\n)|]+)\)?/iu

export type SplitCaption = { caption: string; credit?: string }

const tidy = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;.–—|-]+|[\s,;–—|(-]+$/g, '')
    .trim()

/** The caption without its credit line, and the credit, when the text names one. */
export function splitCredit(text: string): SplitCaption {
  for (const pattern of [LABELLED, COPYRIGHT]) {
    const match = pattern.exec(text)
    if (!match) continue
    const credit = tidy(match[1])
    if (!credit) continue
    const caption = tidy(text.slice(0, match.index) + text.slice(match.index + match[0].length))
    return { caption, credit }
  }
  return { caption: tidy(text) }
}
