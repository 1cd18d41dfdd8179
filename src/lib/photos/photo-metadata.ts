/** What a photo file says about itself: who took it, what it shows, in each language. */
export type PhotoFacts = {
  credit: string
  /** Caption and alt text by language; the first is the default ("x-default") one. */
  captions: Array<{ lang: string; text: string }>
  alts: Array<{ lang: string; text: string }>
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)

const alternatives = (items: PhotoFacts['captions']) =>
  `<rdf:Alt>${items
    .map(
      (item, i) =>
        (i === 0 ? `<rdf:li xml:lang="x-default">${escapeXml(item.text)}</rdf:li>` : '') +
        `<rdf:li xml:lang="${item.lang}">${escapeXml(item.text)}</rdf:li>`,
    )
    .join('')}</rdf:Alt>`

/**
 * The XMP packet written into every stored file of a photo: the credit as IPTC's creator and credit line, the
 * caption as its description and the alt text as IPTC's alternative text, each in every language it has.
 */
export function photoXmp(facts: PhotoFacts): string {
  const parts = [
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(facts.credit)}</rdf:li></rdf:Seq></dc:creator>`,
    `<photoshop:Credit>${escapeXml(facts.credit)}</photoshop:Credit>`,
    facts.captions.length ? `<dc:description>${alternatives(facts.captions)}</dc:description>` : '',
    facts.alts.length
      ? `<Iptc4xmpCore:AltTextAccessibility>${alternatives(facts.alts)}</Iptc4xmpCore:AltTextAccessibility>`
      : '',
  ]
  return (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" ' +
    'xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">' +
    parts.join('') +
    '</rdf:Description></rdf:RDF></x:xmpmeta>'
  )
}
