import { crc32, inflateSync } from 'node:zlib'
import jsQR from 'jsqr'
import { base64, pngGray1 } from '../../../src/domain/png'
import { encodeQr, qrPngDataUri } from '../../../src/domain/qr'

/**
 * The QR module checked end to end with tools it does not share code with: Node's zlib inflates and checksums the
 * PNG, and jsQR (an independent decoder) reads the pixels back.
 */

interface DecodedPng {
  width: number
  height: number
  bitDepth: number
  colourType: number
  chunkTypes: string[]
  /** The zlib stream of the IDAT chunks, as written */
  zlib: Buffer
  /** Decoded pixels, one byte each: 1 white, 0 black */
  gray: Uint8Array
}

function decodePng(uri: string): DecodedPng {
  expect(uri.startsWith('data:image/png;base64,')).toBe(true)
  const png = Buffer.from(uri.slice('data:image/png;base64,'.length), 'base64')
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const chunkTypes: string[] = []
  const idat: Buffer[] = []
  let ihdr: Buffer | undefined
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at)
    const type = png.toString('latin1', at + 4, at + 8)
    const data = png.subarray(at + 8, at + 8 + length)
    // CRC-32 over type + data, as an independent implementation computes it
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)))
    chunkTypes.push(type)
    if (type === 'IHDR') ihdr = data
    if (type === 'IDAT') idat.push(data)
    at += 12 + length
  }
  const header = ihdr as Buffer
  const width = header.readUInt32BE(0)
  const height = header.readUInt32BE(4)
  const zlib = Buffer.concat(idat)
  const raw = inflateSync(zlib) // checks the zlib header and Adler-32 too
  const rowBytes = Math.ceil(width / 8)
  expect(raw.length).toBe(height * (1 + rowBytes))
  const gray = new Uint8Array(width * height)
  const filters = new Set<number>()
  // Undo the filters (PNG 3, 7.3): None copies, Up adds the byte above; the writer uses no other
  let above = new Uint8Array(rowBytes)
  for (let y = 0; y < height; y++) {
    const row = y * (1 + rowBytes)
    const filter = raw[row]
    filters.add(filter)
    const bytes = new Uint8Array(rowBytes)
    for (let i = 0; i < rowBytes; i++) bytes[i] = filter === 2 ? (raw[row + 1 + i] + above[i]) & 0xff : raw[row + 1 + i]
    for (let x = 0; x < width; x++) gray[y * width + x] = (bytes[x >> 3] >> (7 - (x & 7))) & 1
    above = bytes
  }
  expect([...filters].every((f) => f === 0 || f === 2)).toBe(true)
  expect(raw[0]).toBe(0) // the first row has no row above
  return { width, height, bitDepth: header[8], colourType: header[9], chunkTypes, zlib, gray }
}

/** jsQR reads RGBA. */
function readQr(png: DecodedPng): string | undefined {
  const rgba = new Uint8ClampedArray(png.width * png.height * 4)
  png.gray.forEach((g, i) => {
    rgba.fill(g ? 255 : 0, i * 4, i * 4 + 3)
    rgba[i * 4 + 3] = 255
  })
  return jsQR(rgba, png.width, png.height)?.data
}

/** A 亮证-like token: `TB1.` + 180 base64url characters, the same every run. */
function showToken(length = 180): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  let seed = 7
  let body = ''
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648
    body += alphabet[seed % 64]
  }
  return `TB1.${body.slice(0, 120)}.${body.slice(120)}`
}

describe('QR code as a PNG data URI', () => {
  it.each([
    ['a 亮证 token', showToken()],
    ['Chinese text (3-byte UTF-8) and an astral character', '电子证照·亮证：张三，身份核验 𠮷'],
    ['a single character', 'A'],
    ['an empty text', ''],
  ])('round-trips %s through an independent decoder', (_what, text) => {
    const image = qrPngDataUri(text)
    const png = decodePng(image.uri)
    expect(readQr(png)).toBe(text)
  })

  it('is a 1-bit grayscale PNG of (modules + 2 × 4) × 8 pixels by default, IHDR, IDAT, IEND', () => {
    const image = qrPngDataUri(showToken())
    const png = decodePng(image.uri)
    expect(image.pixels).toBe((image.modules + 8) * 8)
    expect([png.width, png.height, png.bitDepth, png.colourType]).toEqual([image.pixels, image.pixels, 1, 0])
    expect(png.chunkTypes).toEqual(['IHDR', 'IDAT', 'IEND'])
  })

  it('keeps a white quiet zone of `margin` modules all round, and the finder pattern starts right inside it', () => {
    const moduleSize = 5
    const margin = 4
    const image = qrPngDataUri('TB1.quiet-zone', { moduleSize, margin })
    const png = decodePng(image.uri)
    const band = margin * moduleSize
    const at = (x: number, y: number) => png.gray[y * png.width + x]
    const darkInQuietZone: Array<[number, number]> = []
    for (let y = 0; y < png.height; y++) {
      for (let x = 0; x < png.width; x++) {
        const inQuietZone = x < band || y < band || x >= png.width - band || y >= png.height - band
        if (inQuietZone && at(x, y) !== 1) darkInQuietZone.push([x, y])
      }
    }
    expect(darkInQuietZone).toEqual([])
    // Top-left finder: dark from its first pixel, one module thick, then a light ring
    expect([at(band, band), at(band + moduleSize - 1, band + moduleSize - 1), at(band + moduleSize, band + moduleSize)]).toEqual([0, 0, 1])
  })

  it('compresses with one fixed-Huffman block, repeated rows filtered Up, about ten times smaller than raw', () => {
    const image = qrPngDataUri(showToken(), { moduleSize: 12 })
    const png = decodePng(image.uri)
    expect([png.zlib[0], png.zlib[1]]).toEqual([0x78, 0x01])
    expect(png.zlib[2] & 0b111).toBe(0b011) // BFINAL 1, BTYPE 01: fixed Huffman codes
    const rawBytes = png.height * (1 + Math.ceil(png.width / 8))
    expect(png.zlib.length).toBeLessThan(rawBytes / 8)
    const rows = inflateSync(png.zlib)
    const upRows = Array.from({ length: png.height }, (_, y) => rows[y * (1 + Math.ceil(png.width / 8))]).filter((f) => f === 2).length
    // Every module is 12 rows high: at least 11 of each 12 rows repeat the one above (the quiet zone's all do)
    expect(upRows).toBeGreaterThanOrEqual(png.height - png.height / 12)
    expect(upRows).toBeLessThan(png.height)
    expect(readQr(png)).toBe(showToken())
  })

  it('codes runs of any length exactly, the 258-byte limit and short tails included', () => {
    for (const rowBytes of [1, 2, 3, 4, 259, 260, 261, 262, 517]) {
      const size = rowBytes * 8
      const png = pngGray1(size, (y) => new Uint8Array(rowBytes).fill(y % 3 === 0 ? 0xff : 0x0f))
      // IDAT follows the signature (8) and IHDR (25): its length at 33, its zlib stream from 41
      const idat = Buffer.from(png)
      const rows = inflateSync(idat.subarray(41, 41 + idat.readUInt32BE(33)))
      expect(rows.length).toBe(size * (1 + rowBytes))
      for (let y = 0; y < size; y += 37) {
        const filter = rows[y * (1 + rowBytes)]
        const first = rows[y * (1 + rowBytes) + 1]
        // Rows 1, 2 (mod 3) repeat the row above from the second on: Up, all zeros
        if (y % 3 === 2) expect([filter, first]).toEqual([2, 0])
        if (y % 3 === 0) expect([filter, first]).toEqual([0, 0xff])
      }
    }
  })

  it('honours the error correction level', () => {
    const text = showToken(60)
    const l = qrPngDataUri(text, { level: 'L' })
    const h = qrPngDataUri(text, { level: 'H' })
    expect(h.modules).toBeGreaterThan(l.modules)
    expect(readQr(decodePng(h.uri))).toBe(text)
  })
})

describe('encodeQr', () => {
  it('picks the smallest version: it grows with the length of the text', () => {
    const sizes = [1, 30, 100, 184, 400].map((n) => encodeQr('x'.repeat(n)).size)
    expect(sizes[0]).toBe(21) // version 1
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThan(sizes[i - 1])
    for (const size of sizes) expect((size - 17) % 4).toBe(0)
  })

  it('counts UTF-8 bytes: Chinese needs a larger version than as many ASCII characters', () => {
    expect(encodeQr('证'.repeat(40)).size).toBeGreaterThan(encodeQr('z'.repeat(40)).size)
  })

  it('answers light outside the symbol', () => {
    const qr = encodeQr('A')
    expect(qr.isDark(0, 0)).toBe(true) // finder corner
    expect([qr.isDark(-1, 0), qr.isDark(0, -1), qr.isDark(qr.size, 0), qr.isDark(0, qr.size)]).toEqual([false, false, false, false])
  })

  it('throws when the text does not fit version 40', () => {
    expect(() => encodeQr('x'.repeat(3000))).toThrow()
  })
})

describe('base64 (no Buffer, no btoa)', () => {
  it.each([0, 1, 2, 3, 4, 5, 255, 20000])('matches Buffer for %d bytes', (n) => {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff)
    expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'))
  })
})
