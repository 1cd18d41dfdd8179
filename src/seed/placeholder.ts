import sharp from 'sharp'

import type { SeedPhoto } from './data'

const WIDTH = 1800
const HEIGHT = 1200

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Splits a caption into lines of at most `width` characters, for the SVG text. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}

/**
 * A JPEG that says plainly it stands in for a photo: the real photos of the demo event are not available.
 * It carries the caption and credit, so a reader of the demo sees which picture belongs where.
 */
export async function placeholderJpeg(photo: SeedPhoto): Promise<Buffer> {
  const [from, to] = photo.colours
  const caption = wrap(photo.caption, 52)
    .slice(0, 4)
    .map((line, i) => `<tspan x="120" dy="${i === 0 ? 0 : 64}">${escape(line)}</tspan>`)
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <rect x="60" y="60" width="${WIDTH - 120}" height="${HEIGHT - 120}" fill="none" stroke="#ffffff" stroke-opacity="0.5" stroke-width="6" stroke-dasharray="24 16"/>
  <g font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" fill="#ffffff">
    <text x="120" y="230" font-size="92" font-weight="bold">PLACEHOLDER PHOTO</text>
    <text x="120" y="320" font-size="42" fill-opacity="0.85">Demo content · the original photo is not included</text>
    <text x="120" y="560" font-size="50">${caption}</text>
    <text x="120" y="${HEIGHT - 140}" font-size="46" font-weight="bold">Credits: ${escape(photo.credit)}</text>
  </g>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
}
