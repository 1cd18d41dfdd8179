import { splitCredit } from '@/import/credits'

/** Credit lines as the network's sites write them, taken out of the caption they stand in. */
describe('the credit of a photo, split from its caption', () => {
  test.each([
    ['Members of the cluster in Almaty. Credits: EUNIC', 'Members of the cluster in Almaty.', 'EUNIC'],
    [
      'La délégation à Varsovie. Crédits : Institut français de Pologne',
      'La délégation à Varsovie.',
      'Institut français de Pologne',
    ],
    ['Lesung im Garten (Foto: Goethe-Institut/Anna Weber)', 'Lesung im Garten', 'Goethe-Institut/Anna Weber'],
    ['Photo: British Council', '', 'British Council'],
    ['Opening night © Czech Centres', 'Opening night', 'Czech Centres'],
    ['Panel discussion | Photo credit: Camões, I.P.', 'Panel discussion', 'Camões, I.P.'],
    ['Bildnachweis: Österreichisches Kulturforum', '', 'Österreichisches Kulturforum'],
  ])('%s', (text, caption, credit) => {
    expect(splitCredit(text)).toEqual({ caption, credit })
  })

  test('a caption without a credit stays as it is; a label with nothing after it is no credit', () => {
    expect(splitCredit('  Speed dating between members and partners. ')).toEqual({
      caption: 'Speed dating between members and partners.',
    })
    expect(splitCredit('Photo:')).toEqual({ caption: 'Photo:' })
    // "photographer" is a word of the caption, not a label.
    expect(splitCredit('A photographer at work')).toEqual({ caption: 'A photographer at work' })
  })
})
