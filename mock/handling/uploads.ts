import { createHash, randomBytes } from 'node:crypto'
import type { UploadDto } from '../../src/api/contract'
import { DAY } from '../clock'
import type { MockContext } from '../context'
import { own } from '../store'
import { contentProblem, sniffKind } from '../../src/domain/file-content'
import { httpError, messages } from '../http/errors'

/**
 * Uploaded material files (上传材料), store slice `uploads`. Only metadata is kept: the mock never shows a file
 * again or hands it to a reviewer, so it has no use for the bytes (and a persisted state file stays small). The
 * type is checked by content, not by the name or the part's declared type: what a host calls image/jpeg
 * may be anything.
 */

/** Per file, after the client's compression */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024
/** How long a file stays usable in an application (the contract's 30 days) */
export const UPLOAD_TTL_MS = 30 * DAY

export type UploadKind = UploadDto['kind']

export interface UploadRecord {
  id: string
  userId: string
  /** File name as sent, cleaned (no path, no control characters, at most 100 characters) */
  name: string
  kind: UploadKind
  bytes: number
  /** Hex SHA-256 of the content, for tracing a file without keeping it */
  sha256: string
  createdAt: number
}

interface UploadsState {
  files: Record<string, UploadRecord>
}

const uploadsOf = (ctx: MockContext) => ctx.store.slice<UploadsState>('uploads', () => ({ files: {} }))

const DEFAULT_NAME: Record<UploadKind, string> = { image: '材料图片.jpg', pdf: '材料.pdf' }

/** The name to show: the last path segment, without control characters, trimmed to 100 characters. */
export function cleanFileName(name: string | undefined, kind: UploadKind): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex
  const clean = Array.from(base.replace(/[\u0000-\u001f\u007f]/g, '').trim())
  return clean.length === 0 ? DEFAULT_NAME[kind] : clean.slice(-100).join('')
}

/**
 * Keeps one uploaded file for the user (metadata only): 415 FILE_TYPE unless JPEG, PNG or PDF by content, 413
 * FILE_TOO_LARGE over {@link MAX_UPLOAD_BYTES}, 413 IMAGE_DIMENSIONS for an image over 8000 px on a side or
 * 40 MP by its header (a small file can decode to gigabytes: a decompression bomb for whoever views it).
 * Expired files of every user are dropped first. The caller saves.
 */
export function storeUpload(ctx: MockContext, userId: string, file: { name: string | undefined; content: Buffer }): UploadRecord {
  if (file.content.length > MAX_UPLOAD_BYTES) throw httpError(413, 'FILE_TOO_LARGE', messages.fileTooLarge)
  const kind = sniffKind(file.content)
  if (!kind) throw httpError(415, 'FILE_TYPE', messages.fileType)
  const problem = contentProblem(file.content)
  if (problem) throw httpError(413, problem.code, problem.message)
  const now = ctx.clock.now()
  const { files } = uploadsOf(ctx)
  for (const [id, record] of Object.entries(files)) if (record.createdAt + UPLOAD_TTL_MS <= now) delete files[id]
  const record: UploadRecord = {
    id: `upl-${randomBytes(12).toString('hex')}`,
    userId,
    name: cleanFileName(file.name, kind),
    kind,
    bytes: file.content.length,
    sha256: createHash('sha256').update(file.content).digest('hex'),
    createdAt: now,
  }
  files[record.id] = record
  return record
}

/** The user's file, while it is kept; another user's id (or an expired file) is undefined. */
export function findUpload(ctx: MockContext, userId: string, fileId: string): UploadRecord | undefined {
  const record = own(uploadsOf(ctx).files, fileId)
  if (!record || record.userId !== userId || record.createdAt + UPLOAD_TTL_MS <= ctx.clock.now()) return undefined
  return record
}

export const toUploadDto = (record: UploadRecord): UploadDto => ({ id: record.id, name: record.name, kind: record.kind, bytes: record.bytes })
