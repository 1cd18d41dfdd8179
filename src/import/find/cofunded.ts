import { folded } from './names'

/**
 * How pages say the European Union co-funds what they tell of, in the three languages, folded (no accents, lower
 * case): the EU's own disclaimer and the plain sentence.
 */
const SAYINGS = [
  /\b(?:co-?funded|co-?financed|funded) by the european union\b/,
  /\bcofinance(?:e|s|es)? par l'union europeenne\b/,
  /\bfinance(?:e|s|es)? par l'union europeenne\b/,
  /\b(?:ko-?finanziert|gefordert|finanziert) (?:von der|durch die) europaischen union\b/,
]

/** Whether a text says that the European Union co-funds the event. */
export const saysCofunded = (text: string) => {
  const plain = folded(text).replace(/ +/g, ' ')
  return SAYINGS.some((saying) => saying.test(plain))
}
