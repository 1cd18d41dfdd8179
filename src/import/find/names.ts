/** One character folded: without its accent, in lower case, quotes and dashes plain; always one character. */
function foldChar(char: string): string {
  if (/\s/.test(char)) return ' '
  if (char === '’' || char === '‘' || char === '`') return "'"
  if ('‐‑‒–—'.includes(char)) return '-'
  const bare = char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  return bare.length === 1 ? bare : char.toLowerCase().slice(0, 1) || char
}

/**
 * A text folded for comparing names in it: no accents, lower case, plain quotes and dashes. Each character stays
 * one character, so a place found in the folded text is at the same place in the text as written.
 */
export const folded = (text: string) => text.split('').map(foldChar).join('')

/** A name folded the same way, with its spaces tidied. */
export const foldedName = (name: string) => folded(name.replace(/\s+/g, ' ').trim())

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Where a folded name stands in a folded text as whole words; -1 when it does not. */
export function wordIndex(foldedText: string, foldedName: string): number {
  if (!foldedName) return -1
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(foldedName)}(?![\\p{L}\\p{N}])`, 'u')
  return pattern.exec(foldedText)?.index ?? -1
}
