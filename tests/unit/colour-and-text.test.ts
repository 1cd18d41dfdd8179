import { brandColourProblem, contrastRatio, isHexColour, MIN_CONTRAST } from '@/lib/colour'
import { forbiddenCharacter, plainText, valueAt, withoutForbiddenCharacters } from '@/lib/text/plain-text'

describe('brand colours', () => {
  test('a colour is # and three or six hexadecimal digits, in either case', () => {
    expect(['#1f4e9c', '#14C', '#ABCDEF'].map(isHexColour)).toEqual([true, true, true])
    expect(['1f4e9c', '#1f4e9', '#1f4e9cc', '#ggg', 'blue', ' #1f4e9c'].map(isHexColour)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  test('contrast ratios as WCAG 2.1 counts them, whichever colour comes first', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(contrastRatio('#1f4e9c', '#ffffff')).toBeCloseTo(7.99, 2)
    // Three digits are six doubled: #14c is #1144cc.
    expect(contrastRatio('#14c', '#fff')).toBeCloseTo(contrastRatio('#1144cc', '#ffffff'), 10)
    // Dark channels on the linear part of the curve (≤ 0.04045) count too.
    expect(contrastRatio('#0a0a0a', '#000000')).toBeCloseTo(1.06, 2)
  })

  test('a brand colour must carry white text at 4.5:1; the refusal says the ratio and what to do', () => {
    expect(MIN_CONTRAST).toBe(4.5)
    expect(brandColourProblem('#1f4e9c')).toBeUndefined()
    expect(brandColourProblem('#767676')).toBeUndefined()
    expect(brandColourProblem('#777777')).toBe(
      '#777777 is too light: white text on it has a contrast of 4.48:1 where readers need at least 4.5:1. Choose a darker shade.',
    )
    expect(brandColourProblem('navy')).toBe(
      '"navy" is not a colour: write it as # and six hexadecimal digits such as #1f4e9c.',
    )
  })
})

describe('plain text of a field', () => {
  const rich = (...paragraphs: unknown[]) => ({ root: { type: 'root', children: paragraphs } })
  const p = (...texts: string[]) => ({ type: 'paragraph', children: texts.map((text) => ({ type: 'text', text })) })

  test('text is trimmed; rich text gives its words, a space between blocks, one space for any run', () => {
    expect(plainText('  A title  ')).toBe('A title')
    expect(
      plainText(rich(p('Members met', ' in Brussels.'), { type: 'heading', children: [{ text: 'Day two' }] })),
    ).toBe('Members met in Brussels. Day two')
    expect(
      plainText(
        rich({
          type: 'list',
          children: [
            { type: 'listitem', children: [{ text: 'one' }] },
            { type: 'listitem', children: [{ text: 'two' }] },
          ],
        }),
      ),
    ).toBe('one two')
    expect(plainText(rich(p('a\n\n  b')))).toBe('a b')
  })

  test('anything else has no words', () => {
    for (const value of [null, undefined, 42, {}, { root: null }, [], true]) expect(plainText(value)).toBe('')
    expect(plainText(rich(null, 'text', p('kept')))).toBe('kept')
  })

  test('a dotted path into a document', () => {
    const doc = { venue: { city: 'Almaty', address: null }, title: 'x' }
    expect(valueAt(doc, 'venue.city')).toBe('Almaty')
    expect(valueAt(doc, 'title')).toBe('x')
    expect(valueAt(doc, 'venue.address')).toBeNull()
    expect(valueAt(doc, 'venue.address.street')).toBeUndefined()
    expect(valueAt(doc, 'nothing.here')).toBeUndefined()
    expect(valueAt(null, 'a')).toBeUndefined()
  })

  test('characters no feed or calendar can carry, named; tabs and line breaks are fine', () => {
    expect(forbiddenCharacter('a\tb\nc\rd')).toBeUndefined()
    expect(forbiddenCharacter('bell \u0007')).toBe('U+0007')
    expect(forbiddenCharacter('\u0000')).toBe('U+0000')
    expect(forbiddenCharacter('x\u000Bx')).toBe('U+000B')
    expect(forbiddenCharacter('\u007F')).toBe('U+007F')
    expect(forbiddenCharacter('\uFFFE')).toBe('U+FFFE')
    expect(forbiddenCharacter('half \uD800 pair')).toBe('U+D800')
    expect(forbiddenCharacter('half \uDC00 pair')).toBe('U+DC00')
    expect(forbiddenCharacter('whole 😀 pair')).toBeUndefined()
    expect(withoutForbiddenCharacters('a\u0007b\u0000c\uFFFFd\te')).toBe('abcd\te')
  })
})
