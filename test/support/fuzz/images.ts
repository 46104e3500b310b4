/**
 * Tiny image files with any pixel size in their header, for upload-limit tests: the checks read headers only, so
 * a 9000 × 9000 PNG here is a few dozen bytes (a real one of one colour would still be small: a decompression bomb).
 */
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]

/** PNG signature, IHDR (8-bit RGB), an empty IDAT and IEND; CRCs are zeros (no decoder reads them here). */
export function pngOfSize(width: number, height: number): Buffer {
  return Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...u32(13), ...Buffer.from('IHDR'), ...u32(width), ...u32(height), 8, 2, 0, 0, 0, ...u32(0),
    ...u32(0), ...Buffer.from('IDAT'), ...u32(0),
    ...u32(0), ...Buffer.from('IEND'), ...u32(0),
  ])
}

/** JPEG: SOI, an APP0 (JFIF), an APP1 of `exifBytes` padding, SOF0 with the size, EOI. */
export function jpegOfSize(width: number, height: number, exifBytes = 0): Buffer {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0]
  const app1 = exifBytes > 0 ? [0xff, 0xe1, ((exifBytes + 2) >> 8) & 0xff, (exifBytes + 2) & 0xff, ...new Array<number>(exifBytes).fill(0)] : []
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, (height >> 8) & 0xff, height & 0xff, (width >> 8) & 0xff, width & 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
  return Buffer.from([0xff, 0xd8, ...app0, ...app1, ...sof0, 0xff, 0xd9])
}

/** A Windows executable's first bytes ("MZ"), whatever it is named. */
export const exeBytes = () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510)])
