/**
 * The smallest PNG writer that serves a QR code: 1-bit grayscale; a row equal to the one above is filtered Up (all
 * zeros), any other is unfiltered; the zlib stream is one deflate block with the fixed Huffman codes whose only
 * matches are runs of one byte (distance 1). A QR image is runs and repeated rows, so this small coder gets it
 * about ten times smaller than stored blocks, with nothing to ship. Pure JS on Uint8Array: it runs in every
 * mini-program host and the browser.
 * @see https://www.w3.org/TR/png-3/ (chunks, IHDR, CRC-32, filter type 2 Up)
 * @see https://www.rfc-editor.org/rfc/rfc1950 (zlib header, Adler-32)
 * @see https://www.rfc-editor.org/rfc/rfc1951#section-3.2.6 (fixed Huffman codes, length and distance codes)
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

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

/** Bits into bytes, least significant first, as deflate packs them. */
class BitWriter {
  private bytes: number[] = []
  private acc = 0
  private n = 0

  bits(value: number, count: number): void {
    this.acc |= value << this.n
    this.n += count
    while (this.n >= 8) {
      this.bytes.push(this.acc & 0xff)
      this.acc >>>= 8
      this.n -= 8
    }
  }

  /** A Huffman code: its most significant bit goes first. */
  code(value: number, length: number): void {
    let reversed = 0
    for (let i = 0; i < length; i++) reversed = (reversed << 1) | ((value >>> i) & 1)
    this.bits(reversed, length)
  }

  done(): number[] {
    if (this.n > 0) this.bytes.push(this.acc & 0xff)
    this.acc = 0
    this.n = 0
    return this.bytes
  }
}

/** The fixed literal/length code of a symbol 0–287 (RFC 1951 3.2.6). */
function literal(out: BitWriter, symbol: number): void {
  if (symbol < 144) out.code(0x30 + symbol, 8)
  else if (symbol < 256) out.code(0x190 + symbol - 144, 9)
  else if (symbol < 280) out.code(symbol - 256, 7)
  else out.code(0xc0 + symbol - 280, 8)
}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]

/** A match of `length` (3–258) at distance 1: its length code and extra bits, then distance code 0 (5 bits). */
function runOf(out: BitWriter, length: number): void {
  let c = LENGTH_BASE.length - 1
  while (LENGTH_BASE[c] > length) c--
  literal(out, 257 + c)
  if (LENGTH_EXTRA[c] > 0) out.bits(length - LENGTH_BASE[c], LENGTH_EXTRA[c])
  out.code(0, 5)
}

/** One final fixed-Huffman block: each byte, then the run of the same byte after it as distance-1 matches. */
function deflateRuns(raw: Uint8Array): number[] {
  const out = new BitWriter()
  out.bits(1, 1) // BFINAL
  out.bits(1, 2) // BTYPE 01: fixed Huffman codes
  for (let i = 0; i < raw.length; ) {
    const byte = raw[i]
    literal(out, byte)
    let run = 0
    while (i + 1 + run < raw.length && raw[i + 1 + run] === byte) run++
    i += 1 + run
    while (run >= 3) {
      const length = Math.min(258, run)
      // Never leave a tail of 1 or 2 that a match cannot carry when a shorter match would
      const take = run - length > 0 && run - length < 3 ? length - 3 : length
      runOf(out, take)
      run -= take
    }
    for (; run > 0; run--) literal(out, byte)
  }
  literal(out, 256) // end of block
  return out.done()
}

/**
 * A square 1-bit grayscale PNG, `size` pixels a side; `row(y)` answers the packed pixels of row y (MSB first,
 * 1 = white), at least ceil(size / 8) bytes.
 */
export function pngGray1(size: number, row: (y: number) => Uint8Array): Uint8Array {
  const rowBytes = Math.ceil(size / 8)
  const rawLength = size * (1 + rowBytes)
  // The scanlines: filter Up (2) for a row equal to the one above (its bytes then all 0), else None (0).
  const raw = new Uint8Array(rawLength)
  let previous: Uint8Array | null = null
  for (let y = 0, p = 0; y < size; y++) {
    const pixels = row(y).subarray(0, rowBytes)
    const same = previous !== null && pixels.every((b, i) => b === previous![i])
    raw[p++] = same ? 2 : 0
    if (!same) raw.set(pixels, p)
    p += rowBytes
    previous = pixels.slice()
  }
  const deflated = deflateRuns(raw)
  const zlibLength = 2 + deflated.length + 4
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

  // IDAT: zlib header (deflate, 32 KB window, no dictionary: 0x78 0x01 is a multiple of 31), the block, Adler-32.
  const idatStart = at
  const idatCrc = chunkHead(out, at, 'IDAT', zlibLength)
  at += 8
  out[at++] = 0x78
  out[at++] = 0x01
  out.set(deflated, at)
  at += deflated.length
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
