import type { Platform } from '../contract'
import { MSG } from '../messages'
import { multipartHeaders, percent } from '../normalise'
import { failed, ok, unsupported, type PlatformResult } from '../result'

type Uploaded = PlatformResult<{ status: number; body: string }>

/**
 * XMLHttpRequest + FormData (fetch has no upload progress). The part carries the browser File the file input picked
 * (PickedFile.file) under its picked name; the browser writes content-type with the boundary. Any HTTP status is
 * `ok` with the response text; a network error, an abort or `timeoutMs` running out is `failed` (never cancelled:
 * nothing here lets the user abort). Cookies are not sent cross-origin (withCredentials stays false): the API
 * authenticates with the Authorization header.
 * @see https://developer.mozilla.org/docs/Web/API/XMLHttpRequest/upload
 * @see https://developer.mozilla.org/docs/Web/API/XMLHttpRequest/timeout
 * @see https://developer.mozilla.org/docs/Web/API/FormData/append
 */
export const uploadFile: Platform['uploadFile'] = (options) => {
  if (typeof XMLHttpRequest === 'undefined' || typeof FormData === 'undefined') {
    return Promise.resolve(unsupported('当前浏览器不支持上传文件，请更换浏览器后重试'))
  }
  const blob = options.file.file
  if (typeof Blob === 'undefined' || !(blob instanceof Blob)) return Promise.resolve(failed(MSG.uploadFileGone))
  return new Promise((resolve) => {
    let settled = false
    const settle = (result: Uploaded) => {
      if (settled) return
      settled = true
      resolve(result)
    }
    try {
      const xhr = new XMLHttpRequest()
      xhr.open('POST', options.url)
      for (const [name, value] of Object.entries(multipartHeaders(options.headers))) xhr.setRequestHeader(name, value)
      if (options.timeoutMs !== undefined && options.timeoutMs > 0) xhr.timeout = options.timeoutMs
      const onProgress = options.onProgress
      if (onProgress && xhr.upload) {
        xhr.upload.onprogress = (event) => {
          if (settled || !event.lengthComputable || event.total <= 0) return
          try {
            onProgress(percent((event.loaded / event.total) * 100))
          } catch {
            // A failing progress bar must not fail the upload.
          }
        }
      }
      xhr.onload = () => {
        // Status 0 after load: the browser refused to show the answer (CORS), which the page cannot tell from no answer.
        if (xhr.status === 0) return settle(failed(MSG.uploadFailed))
        let body = ''
        try {
          body = xhr.responseText ?? ''
        } catch {
          body = ''
        }
        settle(ok({ status: xhr.status, body }))
      }
      xhr.onerror = () => settle(failed(MSG.uploadFailed))
      xhr.onabort = () => settle(failed(MSG.uploadFailed))
      xhr.ontimeout = () => settle(failed(MSG.uploadTimeout))
      const form = new FormData()
      form.append(options.name, blob, options.file.name)
      xhr.send(form)
    } catch {
      settle(failed(MSG.uploadFailed))
    }
  })
}

/**
 * The first bytes of the picked browser File (Blob.slice + arrayBuffer; FileReader where arrayBuffer is missing,
 * Safari before 14). Null when there is no File or it cannot be read (deleted meanwhile).
 * @see https://developer.mozilla.org/docs/Web/API/Blob/slice
 * @see https://developer.mozilla.org/docs/Web/API/Blob/arrayBuffer
 */
export const readFileHead: NonNullable<Platform['readFileHead']> = async (file, bytes) => {
  const blob = file.file
  if (typeof Blob === 'undefined' || !(blob instanceof Blob)) return null
  const part = blob.slice(0, bytes)
  try {
    if (typeof part.arrayBuffer === 'function') return new Uint8Array(await part.arrayBuffer())
    return await new Promise<Uint8Array | null>((resolve) => {
      const reader = new FileReader()
      reader.onload = () => resolve(reader.result instanceof ArrayBuffer ? new Uint8Array(reader.result) : null)
      reader.onerror = () => resolve(null)
      reader.readAsArrayBuffer(part)
    })
  } catch {
    return null
  }
}
