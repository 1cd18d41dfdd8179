const XMP_KEYWORD = 'XML:com.adobe.xmp'
const PNG_SIGNATURE_BYTES = 8

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * The XMP packet of a PNG in the chunk the XMP specification names (iTXt, UTF-8), where libvips writes it as a
 * Latin-1 tEXt chunk that most readers pass over. Other chunks are copied byte for byte.
 */
export function pngXmpAsItxt(png: Buffer): Buffer {
  const parts: Buffer[] = [png.subarray(0, PNG_SIGNATURE_BYTES)]
  let offset = PNG_SIGNATURE_BYTES
  while (offset + 12 <= png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.toString('latin1', offset + 4, offset + 8)
    const end = offset + 12 + length
    const data = png.subarray(offset + 8, offset + 8 + length)
    const keywordEnd = data.indexOf(0)
    if (type === 'tEXt' && keywordEnd > 0 && data.toString('latin1', 0, keywordEnd) === XMP_KEYWORD) {
      // keyword \0, no compression (0, 0), no language \0, no translated keyword \0, the text.
      const header = Buffer.concat([Buffer.from(XMP_KEYWORD, 'latin1'), Buffer.from([0, 0, 0, 0, 0])])
      parts.push(chunk('iTXt', Buffer.concat([header, data.subarray(keywordEnd + 1)])))
    } else {
      parts.push(png.subarray(offset, end))
    }
    offset = end
  }
  return Buffer.concat(parts)
}
