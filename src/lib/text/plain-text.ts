type Node = { text?: unknown; type?: unknown; children?: unknown }

function textOf(node: Node, out: string[]) {
  if (typeof node.text === 'string') out.push(node.text)
  if (Array.isArray(node.children)) {
    for (const child of node.children) if (child && typeof child === 'object') textOf(child as Node, out)
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listitem') out.push(' ')
  }
}

/** The words of a field's value, whether plain text or rich text; '' when there are none. */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return value.trim()
  const root = value && typeof value === 'object' ? (value as { root?: unknown }).root : undefined
  if (!root || typeof root !== 'object') return ''
  const out: string[] = []
  textOf(root, out)
  return out.join('').replace(/\s+/g, ' ').trim()
}

/** The value at a dotted path ("venue.city") of a document. */
export function valueAt(doc: unknown, path: string): unknown {
  let value: unknown = doc
  for (const key of path.split('.')) {
    if (!value || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

/**
 * Characters no XML document (RSS, Atom, sitemaps) and no iCalendar text may hold: control characters other than
 * tab and line breaks, U+FFFE and U+FFFF, and halves of a surrogate pair without their other half.
 */
const FORBIDDEN_CHARACTER =
  // eslint-disable-next-line no-control-regex -- the control characters are what this finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** The first such character of a text, as "U+0007", or undefined. */
export function forbiddenCharacter(text: string): string | undefined {
  const found = FORBIDDEN_CHARACTER.exec(text)?.[0]
  return found && `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
}

const FORBIDDEN_CHARACTERS = new RegExp(FORBIDDEN_CHARACTER, 'g')

/** The text without them (for what was stored before they were refused). */
export const withoutForbiddenCharacters = (text: string) => text.replace(FORBIDDEN_CHARACTERS, '')
