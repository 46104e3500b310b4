/**
 * The smallest PNG writer that serves a QR code: 1-bit grayscale, filter 0 (None) on every row, the zlib stream made
 * of stored (uncompressed) deflate blocks, so there is no compressor to ship. Pure JS on Uint8Array: it runs in
 * every mini-program host and the browser.
 * @see https://www.w3.org/TR/png-3/ (chunks, IHDR, CRC-32)
 * @see https://www.rfc-editor.org/rfc/rfc1950 (zlib header, Adler-32)
 * @see https://www.rfc-editor.org/rfc/rfc1951#section-3.2.4 (stored blocks: LEN, NLEN, at most 65,535 bytes)
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const MAX_STORED = 65535

let crcTable: Uint32Array | undefined

function crc32(bytes: Uint8Array, start: number, end: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      crcTable[n] = c >>> 0
    }
  }
  let crc = 0xffffffff
  for (let i = start; i < end; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** Adler-32, with the modulo taken every 5,552 bytes (the most that cannot overflow 32 bits). */
function adler32(bytes: Uint8Array, start: number, end: number): number {
  let a = 1
  let b = 0
  for (let i = start; i < end; ) {
    const stop = Math.min(end, i + 5552)
    for (; i < stop; i++) {
      a += bytes[i]
      b += a
    }
    a %= 65521
    b %= 65521
  }
  return ((b << 16) | a) >>> 0
}

function writeU32(out: Uint8Array, at: number, value: number): void {
  out[at] = value >>> 24
  out[at + 1] = (value >>> 16) & 0xff
  out[at + 2] = (value >>> 8) & 0xff
  out[at + 3] = value & 0xff
}

/** Writes length + type at `at`, the caller fills `length` data bytes after it; answers where the CRC goes. */
function chunkHead(out: Uint8Array, at: number, type: string, length: number): number {
  writeU32(out, at, length)
  for (let i = 0; i < 4; i++) out[at + 4 + i] = type.charCodeAt(i)
  return at + 8 + length
}

/**
 * A square 1-bit grayscale PNG, `size` pixels a side; `row(y)` answers the packed pixels of row y (MSB first,
 * 1 = white), at least ceil(size / 8) bytes.
 */
export function pngGray1(size: number, row: (y: number) => Uint8Array): Uint8Array {
  const rowBytes = Math.ceil(size / 8)
  const rawLength = size * (1 + rowBytes)
  const blocks = Math.max(1, Math.ceil(rawLength / MAX_STORED))
  const zlibLength = 2 + rawLength + 5 * blocks + 4
  const out = new Uint8Array(SIGNATURE.length + 25 + 12 + zlibLength + 12)
  out.set(SIGNATURE, 0)

  // IHDR: width, height, bit depth 1, colour type 0 (grayscale), deflate, filter method 0, no interlace.
  let at = SIGNATURE.length
  const ihdrCrc = chunkHead(out, at, 'IHDR', 13)
  writeU32(out, at + 8, size)
  writeU32(out, at + 12, size)
  out.set([1, 0, 0, 0, 0], at + 16)
  writeU32(out, ihdrCrc, crc32(out, at + 4, ihdrCrc))
  at = ihdrCrc + 4

  // IDAT: zlib header (deflate, 32 KB window, no dictionary: 0x78 0x01 is a multiple of 31), stored blocks, Adler-32.
  const idatStart = at
  const idatCrc = chunkHead(out, at, 'IDAT', zlibLength)
  at += 8
  out[at++] = 0x78
  out[at++] = 0x01
  // The scanlines (filter byte + pixels) in one buffer: Adler-32 covers them, stored blocks cut them at 65,535 bytes.
  const raw = new Uint8Array(rawLength)
  for (let y = 0, p = 0; y < size; y++) {
    raw[p++] = 0 // filter: None
    raw.set(row(y).subarray(0, rowBytes), p)
    p += rowBytes
  }
  for (let offset = 0, b = 0; b < blocks; b++) {
    const length = Math.min(MAX_STORED, rawLength - offset)
    out[at++] = b === blocks - 1 ? 1 : 0 // BFINAL, BTYPE 00
    out[at++] = length & 0xff
    out[at++] = length >>> 8
    out[at++] = ~length & 0xff
    out[at++] = (~length >>> 8) & 0xff
    out.set(raw.subarray(offset, offset + length), at)
    at += length
    offset += length
  }
  writeU32(out, at, adler32(raw, 0, rawLength))
  writeU32(out, idatCrc, crc32(out, idatStart + 4, idatCrc))
  at = idatCrc + 4

  const iendCrc = chunkHead(out, at, 'IEND', 0)
  writeU32(out, iendCrc, crc32(out, at + 4, iendCrc))
  return out
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Standard base64 with padding, without Buffer or btoa (absent in mini-program hosts). */
export function base64(bytes: Uint8Array): string {
  const parts: string[] = []
  let chunk = ''
  const full = bytes.length - (bytes.length % 3)
  for (let i = 0; i < full; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2]
    chunk += ALPHABET[n >>> 18] + ALPHABET[(n >>> 12) & 63] + ALPHABET[(n >>> 6) & 63] + ALPHABET[n & 63]
    if (chunk.length >= 8192) {
      parts.push(chunk)
      chunk = ''
    }
  }
  const rest = bytes.length - full
  if (rest === 1) {
    const n = bytes[full] << 16
    chunk += `${ALPHABET[n >>> 18]}${ALPHABET[(n >>> 12) & 63]}==`
  } else if (rest === 2) {
    const n = (bytes[full] << 16) | (bytes[full + 1] << 8)
    chunk += `${ALPHABET[n >>> 18]}${ALPHABET[(n >>> 12) & 63]}${ALPHABET[(n >>> 6) & 63]}=`
  }
  parts.push(chunk)
  return parts.join('')
}
