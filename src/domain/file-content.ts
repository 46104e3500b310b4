/**
 * What a material file is by its bytes, not by its name or the type a host declares: JPEG, PNG or PDF, and an
 * image's pixel size from its header (PNG IHDR, JPEG SOFn). The mock refuses by these rules and the H5 client
 * checks the same way before it uploads, so a renamed .exe or a decompression bomb is refused at once.
 * @see https://www.w3.org/TR/png-3/#11IHDR
 * @see https://www.w3.org/Graphics/JPEG/itu-t81.pdf (B.2.2 frame header, Table B.1 markers)
 */
export type ContentKind = 'image' | 'pdf'

/** Longest side of an accepted image, in pixels */
export const MAX_IMAGE_SIDE = 8000
/** Most pixels of an accepted image (40 megapixels: a phone's largest ordinary photo is about 50 MP, binned to 12) */
export const MAX_IMAGE_PIXELS = 40_000_000
/** How many leading bytes the checks read: a JPEG's EXIF block (up to 64 KiB) and more may come before its SOF */
export const HEAD_BYTES = 256 * 1024

export const CONTENT_MESSAGES = {
  type: '仅支持 JPG、PNG 图片或 PDF 文件',
  dimensions: `图片尺寸过大（最长边不超过 ${MAX_IMAGE_SIDE} 像素、总像素不超过 ${MAX_IMAGE_PIXELS / 10_000} 万），请缩小后重新上传`,
} as const

const startsWith = (b: Uint8Array, signature: readonly number[]) => b.length >= signature.length && signature.every((v, i) => b[i] === v)
const JPEG = [0xff, 0xd8, 0xff]
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-

/** JPEG and PNG are images, `%PDF-` a PDF; anything else (HEIC, GIF, an executable, an empty file) null. */
export function sniffKind(bytes: Uint8Array): ContentKind | null {
  if (startsWith(bytes, JPEG) || startsWith(bytes, PNG)) return 'image'
  if (startsWith(bytes, PDF)) return 'pdf'
  return null
}

const u16 = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1]
const u32 = (b: Uint8Array, i: number) => ((b[i] << 24) >>> 0) + (b[i + 1] << 16) + (b[i + 2] << 8) + b[i + 3]

/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC): the markers that carry the frame's size */
const isSof = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc

function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let i = 2
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null
    const marker = b[i + 1]
    if (marker === 0xff) {
      i += 1 // fill byte
      continue
    }
    // Markers without a length: TEM, RSTn; SOI again. EOI or SOS before a frame header: no size.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      i += 2
      continue
    }
    if (marker === 0xd9 || marker === 0xda) return null
    const length = u16(b, i + 2)
    if (length < 2) return null
    if (isSof(marker)) return i + 9 <= b.length ? { height: u16(b, i + 5), width: u16(b, i + 7) } : null
    i += 2 + length
  }
  return null
}

/** An image's pixel size from its header, or null when the bytes do not say (not an image, a truncated head). */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (startsWith(bytes, PNG)) {
    // Signature, then the IHDR chunk: length (4), "IHDR" (4), width (4), height (4)
    if (bytes.length < 24 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null
    return { width: u32(bytes, 16), height: u32(bytes, 20) }
  }
  if (startsWith(bytes, JPEG)) return jpegSize(bytes)
  return null
}

/**
 * Why a file cannot be a material, in Chinese, or undefined when it may be uploaded. `head` is the file's first
 * bytes (at least {@link HEAD_BYTES} when the file is longer). An image whose size the head does not tell is let
 * through: the server decides.
 */
export function contentProblem(head: Uint8Array): { code: 'FILE_TYPE' | 'IMAGE_DIMENSIONS'; message: string } | undefined {
  const kind = sniffKind(head)
  if (!kind) return { code: 'FILE_TYPE', message: CONTENT_MESSAGES.type }
  const size = kind === 'image' ? imageSize(head) : null
  if (size && (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE || size.width * size.height > MAX_IMAGE_PIXELS)) {
    return { code: 'IMAGE_DIMENSIONS', message: CONTENT_MESSAGES.dimensions }
  }
  return undefined
}
