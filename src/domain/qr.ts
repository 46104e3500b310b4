/**
 * QR codes drawn without a canvas: the modules of a text (ISO/IEC 18004, byte mode) and a 1-bit PNG of them as a
 * data URI, which an <Image> shows the same way on WeChat, Alipay, Baidu and H5. IMPLEMENTATION PENDING (skeleton:
 * the signatures are the contract between the pages, the benchmark and the tests).
 */

export interface QrMatrix {
  /** Modules per side */
  size: number
  isDark(row: number, col: number): boolean
}

/** The QR modules of `text` (error correction M unless told), the smallest version that fits. */
export function encodeQr(text: string, level: 'L' | 'M' | 'Q' | 'H' = 'M'): QrMatrix {
  throw new Error(`qr: not implemented yet (${text.length}, ${level})`)
}

export interface QrImage {
  /** data:image/png;base64,… */
  uri: string
  /** Pixels per side (modules + 2 × margin, × moduleSize) */
  pixels: number
  modules: number
}

/** A PNG data URI of the code: `moduleSize` pixels per module, `margin` modules of quiet zone (4 by the standard). */
export function qrPngDataUri(text: string, options: { moduleSize?: number; margin?: number; level?: 'L' | 'M' | 'Q' | 'H' } = {}): QrImage {
  throw new Error(`qr: not implemented yet (${text.length}, ${JSON.stringify(options)})`)
}
