import { failed, MALFORMED_MESSAGE, type PlatformResult } from './result'
import type { PickedFile } from './contract'

/**
 * Small readers for host answers. Hosts answer loosely typed objects (Alipay even sends numbers as strings), so
 * every adapter reads through these and treats anything its documentation does not allow as malformed.
 */
export const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined

export const nonEmptyString = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

/** A finite number, also from a numeric string (my.getLocation answers latitude as a string). */
export const finiteNumber = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined
}

/** Map an `ok` value; a parser answering undefined turns it into `failed(MALFORMED_MESSAGE)`. */
export function mapOk<T, U>(result: PlatformResult<T>, parse: (raw: T) => U | undefined): PlatformResult<U> {
  if (result.status !== 'ok') return result
  const value = parse(result.value)
  return value === undefined ? failed(MALFORMED_MESSAGE) : { status: 'ok', value }
}

/** Header names lower-cased, values as strings (hosts answer `header` / `headers` with any case and type). */
export function lowerCaseHeaders(headers: Record<string, unknown> | undefined | null): Record<string, string> {
  const result: Record<string, string> = {}
  if (headers) for (const name of Object.keys(headers)) result[name.toLowerCase()] = String(headers[name])
  return result
}

export const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path

export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase()
}

const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'gif', 'webp', 'bmp', 'heic', 'heif', 'image']

/** image | pdf | other, from the file name (hosts name temp files like wxfile://tmp_ab12.jpg). */
export const kindOf = (name: string, mime = ''): PickedFile['kind'] => {
  const ext = extensionOf(name)
  if (mime.startsWith('image/') || IMAGE_EXTENSIONS.includes(ext)) return 'image'
  if (mime === 'application/pdf' || ext === 'pdf') return 'pdf'
  return 'other'
}

/** ios | android | devtools | other, from the host's `platform` field or a user agent. */
export const osOf = (platform: unknown): string => {
  const text = typeof platform === 'string' ? platform : ''
  if (/devtools/i.test(text)) return 'devtools'
  if (/ios|iphone|ipad/i.test(text)) return 'ios'
  if (/android/i.test(text)) return 'android'
  return 'other'
}

/** 1 = normal type size; rounded to two decimals so 20/17 reads 1.18, not 1.1764705882352942. */
export const fontScaleOf = (px: number | undefined, normalPx: number): number =>
  px !== undefined && px > 0 ? Math.round((px / normalPx) * 100) / 100 : 1

/**
 * Request headers for a multipart upload: the host (or the browser) writes content-type with the boundary itself,
 * and no host lets a mini-program set Referer, so both are left out whatever the caller passed.
 */
export const multipartHeaders = (headers: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !/^(content-type|referer)$/i.test(name)))

/** 0–100, whole numbers: upload progress and compression quality. */
export const percent = (value: number): number => Math.min(100, Math.max(0, Math.round(value)))
