import type { PickedFile } from '../contract'
import { asRecord, baseName, finiteNumber, kindOf, nonEmptyString } from '../normalise'

/**
 * Picked files from any chooser answer: `tempFiles` ({ tempFilePath } from wx.chooseMedia, { path, size, name }
 * elsewhere) or, on old clients, bare `tempFilePaths` (size unknown: 0). Undefined when the answer has no file,
 * which a success callback must not send.
 */
export function readTempFiles(res: unknown): PickedFile[] | undefined {
  const answer = asRecord(res)
  const files = Array.isArray(answer?.tempFiles)
    ? answer.tempFiles.map(asRecord)
    : Array.isArray(answer?.tempFilePaths)
      ? answer.tempFilePaths.map((path) => ({ path }) as Record<string, unknown>)
      : []
  const picked = files.map((file): PickedFile | undefined => {
    const path = nonEmptyString(file?.tempFilePath) ?? nonEmptyString(file?.path)
    if (!path || !file) return undefined
    const name = nonEmptyString(file.name) ?? baseName(path)
    return { path, size: finiteNumber(file.size) ?? 0, name, kind: kindOf(name) }
  })
  return picked.length > 0 && picked.every((f) => f !== undefined) ? (picked as PickedFile[]) : undefined
}
