import type { PickedFile, Platform } from '../contract'
import { asRecord, baseName, finiteNumber, percent } from '../normalise'
import { callHostQuietly, callQuietly } from './call-host'
import { findApi, type HostName, type HostObject } from './host'

const sizeIn = (answer: Record<string, unknown> | undefined): number | undefined => {
  const size = finiteNumber(answer?.size)
  return size !== undefined && size > 0 ? size : undefined
}

export interface FileSizeSpec {
  host: HostName
  /** Try `<host>.getFileSystemManager().getFileInfo({ filePath })` first */
  manager: boolean
  /** The argument name of the host-level getFileInfo (wx/swan `filePath`, my `apFilePath`); none: no fallback */
  legacyArg?: 'filePath' | 'apFilePath'
}

/**
 * A local file's size in bytes: FileSystemManager.getFileInfo where the client has it (the maintained API on wx and
 * my), else the host-level getFileInfo (wx: no longer maintained but still answering; my: 停止维护, kept for
 * clients without the manager; swan: the only one documented). Undefined when no API could tell.
 */
export async function readFileSize(spec: FileSizeSpec, path: string): Promise<number | undefined> {
  if (spec.manager) {
    let manager: HostObject | undefined
    try {
      const get = findApi(spec.host, 'getFileSystemManager')
      manager = asRecord(get?.fn.call(get.owner)) as HostObject | undefined
    } catch {
      manager = undefined
    }
    const size = sizeIn(await callQuietly(manager, 'getFileInfo', { filePath: path }))
    if (size !== undefined || !spec.legacyArg) return size
  }
  return spec.legacyArg ? sizeIn(await callHostQuietly(spec.host, 'getFileInfo', { [spec.legacyArg]: path })) : undefined
}

export interface CompressSpec {
  /** The host's compressImage: the new temp file path, undefined when it did not compress */
  compress: (path: string, quality: number) => Promise<string | undefined>
  size: (path: string) => Promise<number | undefined>
}

/**
 * The mini-program half of compressImage: an image over `maxBytes` goes through the host's compressImage, and the
 * result is kept only when its size is known and smaller than the original. Anything else (not an image, small
 * enough, no API, a fail, an unknown size, no gain) answers the very file it was given. A file picked with an unknown
 * size (0, old clients' bare tempFilePaths) is measured first.
 */
export function compressThroughHost(spec: CompressSpec): Platform['compressImage'] {
  return async (file: PickedFile, { quality, maxBytes }) => {
    if (file.kind !== 'image') return file
    try {
      const before = file.size > 0 ? file.size : await spec.size(file.path)
      if (before === undefined || before <= maxBytes) return file
      const path = await spec.compress(file.path, percent(quality))
      if (!path || path === file.path) return file
      const after = await spec.size(path)
      if (after === undefined || after >= before) return file
      return { path, size: after, name: baseName(path), kind: 'image' }
    } catch {
      return file
    }
  }
}
