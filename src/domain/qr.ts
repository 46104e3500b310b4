/**
 * QR codes drawn without a canvas: the modules of a text (ISO/IEC 18004, byte mode, UTF-8) from `qrcode-generator`,
 * and a 1-bit grayscale PNG of them as a data URI, which an <Image> shows the same way on WeChat, Alipay, Baidu and
 * H5 (the canvas APIs differ per host; see docs/decisions.md). Pure JS: no Buffer, no btoa, no TextEncoder, which
 * not every mini-program host has.
 */
import qrcode from 'qrcode-generator'
import { base64, pngGray1 } from './png'

export type QrLevel = 'L' | 'M' | 'Q' | 'H'

export interface QrMatrix {
  /** Modules per side */
  size: number
  isDark(row: number, col: number): boolean
}

/**
 * UTF-8 bytes of `text` as a "binary string" (one char per byte). qrcode-generator's default stringToBytes keeps
 * the low byte of each char, so such a string goes into byte mode unchanged; its own UTF-8 helper would mean
 * replacing a module-wide function. Lone surrogates become U+FFFD, as TextEncoder does.
 */
function utf8Binary(text: string): string {
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00)
        i++
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd
    if (c < 0x80) out.push(c)
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f))
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f))
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f))
  }
  let binary = ''
  for (let i = 0; i < out.length; i += 4096) binary += String.fromCharCode(...out.slice(i, i + 4096))
  return binary
}

/**
 * The QR modules of `text` (error correction M unless told), the smallest version that fits. Throws when the text
 * does not fit version 40 (about 2,300 bytes at M; a 亮证 token is at most 600).
 */
export function encodeQr(text: string, level: QrLevel = 'M'): QrMatrix {
  const qr = qrcode(0, level)
  qr.addData(utf8Binary(text), 'Byte')
  qr.make()
  const size = qr.getModuleCount()
  const dark = new Uint8Array(size * size)
  for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) dark[r * size + c] = qr.isDark(r, c) ? 1 : 0
  return {
    size,
    isDark: (row, col) => row >= 0 && col >= 0 && row < size && col < size && dark[row * size + col] === 1,
  }
}

export interface QrImage {
  /** data:image/png;base64,… */
  uri: string
  /** Pixels per side (modules + 2 × margin, × moduleSize) */
  pixels: number
  modules: number
}

/**
 * A PNG data URI of the code: `moduleSize` pixels per module (8: crisp without smoothing on a 2–3× screen),
 * `margin` modules of white quiet zone (4 by the standard; scanners at a window need it).
 */
export function qrPngDataUri(text: string, options: { moduleSize?: number; margin?: number; level?: QrLevel } = {}): QrImage {
  const moduleSize = Math.max(1, Math.floor(options.moduleSize ?? 8))
  const margin = Math.max(0, Math.floor(options.margin ?? 4))
  const matrix = encodeQr(text, options.level)
  const side = matrix.size + 2 * margin
  const pixels = side * moduleSize
  // One packed pixel row per module row (bit 1 = white), repeated moduleSize times by the PNG writer.
  const rowBytes = Math.ceil(pixels / 8)
  const rows: Uint8Array[] = []
  for (let m = 0; m < side; m++) {
    const row = new Uint8Array(rowBytes).fill(0xff)
    const r = m - margin
    for (let c = 0; c < matrix.size; c++) {
      if (!matrix.isDark(r, c)) continue
      for (let x = (c + margin) * moduleSize, end = x + moduleSize; x < end; x++) row[x >> 3] &= ~(0x80 >> (x & 7))
    }
    rows.push(row)
  }
  const png = pngGray1(pixels, (y) => rows[Math.floor(y / moduleSize)])
  return { uri: `data:image/png;base64,${base64(png)}`, pixels, modules: matrix.size }
}
