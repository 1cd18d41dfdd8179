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
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  const out: string[] = []
  textOf((value as { root: Node }).root, out)
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
