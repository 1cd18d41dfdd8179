/** A single query-string value ("?tag=a&tag=b" → "a"). */
export const single = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

/** How deeply a JSON text nests its objects and lists, counted without parsing it (strings are skipped). */
export function jsonDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92)
        i += 1 // a backslash escapes the next character
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) deepest = Math.max(deepest, (depth += 1))
    else if (c === 125 || c === 93) depth -= 1
  }
  return deepest
}
