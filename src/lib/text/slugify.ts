/**
 * Turns a title into a URL slug: lower case ASCII letters, digits and single hyphens.
 * Accents are folded ("Café Müller" → "cafe-muller"); other scripts are dropped, so a title written only
 * in them gives an empty slug and the editor is asked for one.
 */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/gi, 'ae')
    .replace(/[ø]/gi, 'o')
    .replace(/[œ]/gi, 'oe')
    .replace(/[đð]/gi, 'd')
    .replace(/ł/gi, 'l')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '')
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
