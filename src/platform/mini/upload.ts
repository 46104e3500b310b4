import type { Platform, UploadOptions } from '../contract'
import { MSG } from '../messages'
import { asRecord, finiteNumber, percent } from '../normalise'
import { failed, MALFORMED_MESSAGE, ok, unsupported, type PlatformResult } from '../result'
import { rawCodeOf } from './call-host'
import { findApi, type HostName } from './host'

type Uploaded = PlatformResult<{ status: number; body: string }>

export interface UploadSpec {
  host: HostName
  /** Shown when this client has no uploadFile */
  unsupported: string
  /**
   * Whether the host takes `timeout` itself (wx since base library 2.10.0, my). Where it does not (swan), or on a
   * client too old to honour it, a timer aborts the task: the flow must never wait forever on a dead connection.
   */
  nativeTimeout: boolean
  /** Messages for specific fail codes (Alipay's numeric `error`) */
  messages?: Readonly<Record<string, string>>
}

/** Extra wait for a host that was given `timeout` itself, before our own timer gives up on it. */
const GRACE_MS = 5000

const TIMEOUT_TEXT = /timeout|timed out|超时/i

/** A real HTTP status (Alipay also answers `status`, like my.request does). */
const statusOf = (answer: Record<string, unknown>): number | undefined => {
  const status = finiteNumber(answer.statusCode) ?? finiteNumber(answer.status)
  return status !== undefined && status >= 100 && status < 600 ? status : undefined
}

/** The documented `data` is the raw response text; a host that parsed it anyway gets it serialised back. */
const bodyOf = (data: unknown): string => {
  if (typeof data === 'string') return data
  if (data === undefined || data === null) return ''
  try {
    return JSON.stringify(data)
  } catch {
    return ''
  }
}

/** UploadTask.onProgressUpdate payload: `progress` (0–100), else the byte counts (wx/swan *Sent, my *Written). */
const progressOf = (payload: unknown): number | undefined => {
  const p = asRecord(payload)
  if (!p) return undefined
  const progress = finiteNumber(p.progress)
  if (progress !== undefined) return percent(progress)
  const sent = finiteNumber(p.totalBytesSent) ?? finiteNumber(p.totalBytesWritten)
  const total = finiteNumber(p.totalBytesExpectedToSend) ?? finiteNumber(p.totalBytesExpectedToWrite)
  return sent !== undefined && total ? percent((sent / total) * 100) : undefined
}

/**
 * A fail payload. Some clients (Alipay, as with my.request's error 19) report an HTTP error status through `fail`
 * with the response attached: the server did answer, so that is `ok` with its status. Everything else is a request
 * that got no answer: failed, never cancelled (the adapter never aborts a task except on its own timeout).
 */
function failureOf(err: unknown, spec: UploadSpec): Uploaded {
  const e = asRecord(err) ?? {}
  const status = statusOf(e)
  if (status !== undefined) return ok({ status, body: bodyOf(e.data) })
  const code = rawCodeOf(e)
  const text = `${e.errMsg ?? ''} ${e.errorMessage ?? ''}`
  if (TIMEOUT_TEXT.test(text) || (spec.host === 'my' && String(code) === '13')) return failed(MSG.uploadTimeout, code)
  return failed((code !== undefined && spec.messages?.[String(code)]) || MSG.uploadFailed, code)
}

/**
 * `<host>.uploadFile({ ...args, success, fail })`, listening to the returned UploadTask's onProgressUpdate where the
 * client returns one (wx since base library 1.4.0, my since client 10.1.35). The success payload is
 * `{ statusCode, data }` for every HTTP status: a 413 or 500 is `ok` with that status, for the caller to read.
 */
export function uploadThroughHost(spec: UploadSpec, args: Record<string, unknown>, options: UploadOptions): ReturnType<Platform['uploadFile']> {
  const api = findApi(spec.host, 'uploadFile')
  if (!api) return Promise.resolve(unsupported(spec.unsupported))
  return new Promise((resolve) => {
    let settled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    let task: Record<string, unknown> | undefined
    const settle = (result: Uploaded) => {
      if (settled) return
      settled = true
      if (timer !== undefined) clearTimeout(timer)
      resolve(result)
    }
    const report = (payload: unknown) => {
      const value = settled || !options.onProgress ? undefined : progressOf(payload)
      if (value === undefined) return
      try {
        options.onProgress?.(value)
      } catch {
        // A failing progress bar must not fail the upload.
      }
    }
    try {
      task = asRecord(
        api.fn.call(api.owner, {
          ...args,
          success: (res: unknown) => {
            const answer = asRecord(res) ?? {}
            const status = statusOf(answer)
            settle(status === undefined ? failed(MALFORMED_MESSAGE) : ok({ status, body: bodyOf(answer.data) }))
          },
          fail: (err: unknown) => settle(failureOf(err, spec)),
        }),
      )
    } catch (err) {
      settle(failureOf(err, spec))
      return
    }
    const onProgressUpdate = task?.onProgressUpdate
    if (options.onProgress && typeof onProgressUpdate === 'function') {
      try {
        onProgressUpdate.call(task, report)
      } catch {
        // An old client's task without progress events: the upload goes on without them.
      }
    }
    if (options.timeoutMs !== undefined && options.timeoutMs > 0 && !settled) {
      timer = setTimeout(
        () => {
          // Settled first: the abort makes the host answer `fail` ("uploadFile:fail abort"), which is ignored.
          settle(failed(MSG.uploadTimeout))
          const abort = task?.abort
          try {
            if (typeof abort === 'function') abort.call(task)
          } catch {
            // Nothing more to stop.
          }
        },
        options.timeoutMs + (spec.nativeTimeout ? GRACE_MS : 0),
      )
    }
  })
}
