/** A colour as editors type it: "#1f4e9c" (or "#14c"); anything else is not a colour. */
const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i

export const isHexColour = (value: string): boolean => HEX.test(value)

const channels = (hex: string): [number, number, number] => {
  const h = hex.slice(1)
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as [number, number, number]
}

/** Relative luminance (WCAG 2.1). */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** WCAG AA for normal text: the brand colour carries white text (header, buttons) and is the colour of links. */
export const MIN_CONTRAST = 4.5

/** Why a brand colour cannot be used, or undefined when it can. */
export function brandColourProblem(value: string): string | undefined {
  // No commas: the admin's notice splits a message at each one.
  if (!isHexColour(value))
    return `"${value}" is not a colour: write it as # and six hexadecimal digits such as #1f4e9c.`
  const ratio = contrastRatio(value, '#ffffff')
  if (ratio < MIN_CONTRAST)
    return `${value} is too light: white text on it has a contrast of ${ratio.toFixed(2)}:1 where readers need at least ${MIN_CONTRAST}:1. Choose a darker shade.`
  return undefined
}
