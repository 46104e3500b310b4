import { CONTENT_MESSAGES, MAX_IMAGE_SIDE, contentProblem, imageSize, sniffKind } from '../../../src/domain/file-content'
import { exeBytes, jpegOfSize, pngOfSize } from '../../support/fuzz/images'

describe('file content', () => {
  it('knows JPEG, PNG and PDF by their bytes only', () => {
    expect(sniffKind(jpegOfSize(10, 10))).toBe('image')
    expect(sniffKind(pngOfSize(10, 10))).toBe('image')
    expect(sniffKind(Buffer.from('%PDF-1.7\n'))).toBe('pdf')
    expect(sniffKind(exeBytes())).toBeNull()
    expect(sniffKind(Buffer.from('GIF89a'))).toBeNull()
    expect(sniffKind(new Uint8Array(0))).toBeNull()
  })

  it('reads the pixel size from a PNG IHDR and a JPEG SOF, past a large EXIF block', () => {
    expect(imageSize(pngOfSize(4032, 3024))).toEqual({ width: 4032, height: 3024 })
    expect(imageSize(jpegOfSize(3000, 4000))).toEqual({ width: 3000, height: 4000 })
    expect(imageSize(jpegOfSize(640, 480, 60_000))).toEqual({ width: 640, height: 480 })
    // A head cut before the frame header, or a PDF: unknown
    expect(imageSize(jpegOfSize(640, 480, 60_000).subarray(0, 1000))).toBeNull()
    expect(imageSize(Buffer.from('%PDF-1.7'))).toBeNull()
  })

  it('refuses what is not a material file, and images over 8000 px on a side or 40 MP, in Chinese', () => {
    expect(contentProblem(exeBytes())).toEqual({ code: 'FILE_TYPE', message: CONTENT_MESSAGES.type })
    expect(contentProblem(pngOfSize(MAX_IMAGE_SIDE + 1, 10))).toEqual({ code: 'IMAGE_DIMENSIONS', message: expect.stringContaining('8000 像素') })
    expect(contentProblem(jpegOfSize(10, MAX_IMAGE_SIDE + 1))?.code).toBe('IMAGE_DIMENSIONS')
    // 7000 × 7000 = 49 MP: each side within, the total not
    expect(contentProblem(pngOfSize(7000, 7000))?.message).toContain('4000 万')
    expect(contentProblem(pngOfSize(8000, 5000))).toBeUndefined()
    expect(contentProblem(jpegOfSize(4032, 3024))).toBeUndefined()
    expect(contentProblem(Buffer.from('%PDF-1.4'))).toBeUndefined()
  })
})
