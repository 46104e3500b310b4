import type { PickedFile, Platform } from '../contract'
import { percent } from '../normalise'

/** The longer side of a compressed photo: enough to read an ID card or a licence, far below a phone camera's 4000+. */
export const MAX_SIDE = 2048

/** How long decoding or encoding may take before the original is used instead. */
const STEP_TIMEOUT_MS = 15000

/** Resolves undefined when `work` takes longer than STEP_TIMEOUT_MS (a decoder that never answers). */
function withTimeout<T>(work: (done: (value: T | undefined) => void) => void): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), STEP_TIMEOUT_MS)
    const done = (value: T | undefined) => {
      clearTimeout(timer)
      resolve(value)
    }
    try {
      work(done)
    } catch {
      done(undefined)
    }
  })
}

interface Decoded {
  source: CanvasImageSource
  width: number
  height: number
  release(): void
}

/**
 * createImageBitmap where the browser has it (it applies the photo's EXIF orientation), else an <img> on a blob URL
 * (which browsers also draw upright since 2020). HEIC and other formats the browser cannot decode answer undefined.
 * @see https://developer.mozilla.org/docs/Web/API/Window/createImageBitmap
 */
function decode(blob: Blob): Promise<Decoded | undefined> {
  if (typeof createImageBitmap === 'function') {
    return withTimeout<Decoded>((done) => {
      createImageBitmap(blob).then(
        (bitmap) => done({ source: bitmap, width: bitmap.width, height: bitmap.height, release: () => bitmap.close?.() }),
        () => done(undefined),
      )
    })
  }
  if (typeof Image === 'undefined' || typeof URL.createObjectURL !== 'function') return Promise.resolve(undefined)
  return withTimeout<Decoded>((done) => {
    const url = URL.createObjectURL(blob)
    const release = () => URL.revokeObjectURL?.(url)
    const image = new Image()
    image.onload = () => done({ source: image, width: image.naturalWidth, height: image.naturalHeight, release })
    image.onerror = () => {
      release()
      done(undefined)
    }
    image.src = url
  })
}

/** IMG_0001.HEIC → IMG_0001.jpg */
const jpegName = (name: string) => `${name.replace(/\.[^./\\]*$/, '') || 'photo'}.jpg`

/**
 * Draws the photo into a canvas scaled so its longer side is at most MAX_SIDE px, on white (a transparent PNG would
 * turn black in JPEG), and encodes canvas.toBlob(…, 'image/jpeg', quality / 100). The result is a new File with a
 * blob URL as its path, kept only when smaller than the original. Not an image, small enough, no canvas or toBlob,
 * an undecodable format, any error: the original file, unchanged. The original's blob URL is not revoked (the page
 * may still show it).
 * @see https://developer.mozilla.org/docs/Web/API/HTMLCanvasElement/toBlob
 */
export const compressImage: Platform['compressImage'] = async (file: PickedFile, { quality, maxBytes }) => {
  if (file.kind !== 'image' || file.size <= maxBytes) return file
  const original = file.file
  if (typeof Blob === 'undefined' || !(original instanceof Blob) || typeof document === 'undefined') return file
  try {
    const image = await decode(original)
    if (!image || image.width <= 0 || image.height <= 0) return file
    const scale = Math.min(1, MAX_SIDE / Math.max(image.width, image.height))
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.round(image.width * scale))
    canvas.height = Math.max(1, Math.round(image.height * scale))
    const context = canvas.getContext('2d')
    if (!context || typeof canvas.toBlob !== 'function') {
      image.release()
      return file
    }
    context.fillStyle = '#fff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image.source, 0, 0, canvas.width, canvas.height)
    image.release()
    const blob = await withTimeout<Blob>((done) => canvas.toBlob((b) => done(b ?? undefined), 'image/jpeg', percent(quality) / 100))
    if (!blob || blob.size === 0 || blob.size >= original.size) return file
    const name = jpegName(file.name)
    const compressed = new File([blob], name, { type: 'image/jpeg', lastModified: Date.now() })
    return {
      path: typeof URL.createObjectURL === 'function' ? URL.createObjectURL(compressed) : '',
      size: compressed.size,
      name,
      kind: 'image',
      file: compressed,
    }
  } catch {
    return file
  }
}
