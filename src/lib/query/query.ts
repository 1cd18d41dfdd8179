/** A single query-string value ("?tag=a&tag=b" → "a"). */
export const single = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

const [QUOTE, BACKSLASH, OPEN_OBJECT, OPEN_LIST, CLOSE_OBJECT, CLOSE_LIST] = ['"', '\\', '{', '[', '}', ']'].map((c) =>
  c.charCodeAt(0),
)

/** How deeply a JSON text nests its objects and lists, counted without parsing it (strings are skipped). */
export function jsonDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === BACKSLASH)
        i += 1 // it escapes the next character
      else if (c === QUOTE) inString = false
    } else if (c === QUOTE) inString = true
    else if (c === OPEN_OBJECT || c === OPEN_LIST) deepest = Math.max(deepest, (depth += 1))
    else if (c === CLOSE_OBJECT || c === CLOSE_LIST) depth -= 1
  }
  return deepest
}
