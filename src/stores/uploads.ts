import { platform, type PickedFile } from '@/platform'
import type { MaterialSlotDto, UploadDto } from '../api/contract/handling'
import { paths } from '../api/contract/paths'
import { apiBaseUrl, apiHeaders, reportUnauthorized } from '../api/app-client'
import { ApiError, errorFromResponse } from '../api/errors'
import { HEAD_BYTES, contentProblem, sniffKind } from '../domain/file-content'

/**
 * Material uploads (材料上传): multipart through the platform adapter (the hosts' uploadFile), since the API client
 * speaks JSON only. Same base URL, headers and error model as the client. Never retried automatically: an upload
 * is large and the page offers 重试.
 */

const KIND_NAMES: Record<'image' | 'pdf', string> = { image: '图片', pdf: 'PDF' }
/** JPEG quality for photos that are too large (the hosts' compressImage, 0–100) */
export const COMPRESS_QUALITY = 80
const UPLOAD_TIMEOUT_MS = 60_000
const MB = 1024 * 1024

const megabytes = (bytes: number) => String(Math.round((bytes / MB) * 10) / 10)

/** 「仅支持图片或 PDF」, 「仅支持 PDF」: a space between Chinese and Latin, as the app writes them everywhere. */
const onlyKinds = (kinds: ReadonlyArray<'image' | 'pdf'>) =>
  `仅支持${kinds.map((k) => KIND_NAMES[k]).join('或')}`.replace(/([\u4e00-\u9fff])([A-Za-z])/g, '$1 $2').replace(/([A-Za-z])([\u4e00-\u9fff])/g, '$1 $2')

function parse(body: string): unknown {
  try {
    return JSON.parse(body)
  } catch {
    return body
  }
}

const isUpload = (v: unknown): v is UploadDto => {
  const u = v as UploadDto
  return !!u && typeof u.id === 'string' && typeof u.name === 'string' && (u.kind === 'image' || u.kind === 'pdf') && typeof u.bytes === 'number'
}

/**
 * Checks, compresses (a photo over half the limit), and uploads one file for a material slot. Rejects with a
 * Chinese Error for a file the slot does not take, and with an ApiError when the upload fails.
 */
export async function uploadMaterialFile(slot: MaterialSlotDto, file: PickedFile, onProgress?: (percent: number) => void): Promise<UploadDto> {
  const rule = slot.upload
  if (!rule) throw new Error(`${slot.name}无需上传`)
  if (file.kind === 'other' || !rule.kinds.includes(file.kind)) throw new Error(`${slot.name}${onlyKinds(rule.kinds)}`)
  const ready = file.kind === 'image' && file.size > rule.maxBytes / 2 ? await platform.compressImage(file, { quality: COMPRESS_QUALITY, maxBytes: rule.maxBytes / 2 }) : file
  if (ready.size > rule.maxBytes) throw new Error(`文件超过 ${megabytes(rule.maxBytes)} MB`)
  // Where the host gives the bytes (H5), the server's content rules apply at once: a renamed .exe or an image
  // too large in pixels is refused here, after compression (which may have made a big photo small enough).
  const head = platform.readFileHead ? await platform.readFileHead(ready, HEAD_BYTES) : null
  const problem = head ? contentProblem(head) : undefined
  if (problem) throw new Error(problem.code === 'FILE_TYPE' ? `「${ready.name}」不是 JPG、PNG 图片或 PDF 文件，请重新选择` : problem.message)
  const actual = head ? sniffKind(head) : null
  if (actual && !rule.kinds.includes(actual)) throw new Error(`${slot.name}${onlyKinds(rule.kinds)}`)

  const result = await platform.uploadFile({
    url: `${apiBaseUrl()}${paths.uploads}`,
    file: ready,
    name: 'file',
    headers: apiHeaders(),
    onProgress,
    timeoutMs: UPLOAD_TIMEOUT_MS,
  })
  if (result.status === 'unsupported') throw new Error(result.message)
  if (result.status !== 'ok') throw new ApiError({ kind: 'network', message: result.message })
  const { status, body } = result.value
  const data = parse(body)
  if (status >= 200 && status < 300) {
    if (!isUpload(data)) throw new ApiError({ kind: 'server', status })
    return data
  }
  const error = errorFromResponse(status, data, {})
  if (error.kind === 'unauthorized') reportUnauthorized(error)
  throw error
}
