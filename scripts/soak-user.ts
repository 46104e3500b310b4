import { ApiError, errorFromResponse } from '../src/api/errors'
import { baseHeaders } from '../src/api/client'
import type { UploadDto } from '../src/api/contract'
import { FAULT_HEADER } from '../src/api/contract'
import { paths } from '../src/api/contract/paths'

/**
 * How a person uses the app when something fails: they read the message, and tap the same button again (up to
 * {@link MAX_TAPS} times per step). Every message they read is kept, per step, for the report.
 */
export const MAX_TAPS = 8

export interface SeenError {
  step: string
  message: string
}

/** A step the user gave up on after MAX_TAPS failed taps. */
export class GaveUp extends Error {
  constructor(readonly step: string) {
    super(`gave up at ${step}`)
  }
}

/** What the page would show for a failure: an ApiError's Chinese message, a thrown Error's text. */
export const shownMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/**
 * A clear Chinese message: has Han characters, and no stack, no English word, no error code, no HTTP status.
 * (Latin letters up to 3 are fine: 「JPG、PNG」, 「5 MB」.)
 */
export const isClearChinese = (message: string): boolean =>
  /[\u4e00-\u9fff]/.test(message) && !/[A-Za-z]{4,}/.test(message) && !/\bat\s|\n/.test(message) && !/\b[1-5]\d\d\b/.test(message) && !/[A-Z]+_[A-Z]+/.test(message)

export interface User {
  errors: SeenError[]
  /** One step: tap until it works. `recover` looks at the failure (e.g. "already done") and may end the step. */
  step<T>(name: string, action: () => Promise<T>, recover?: (e: unknown) => Promise<T | undefined>): Promise<T>
}

export function createUser(pauseMs: number): User {
  const errors: SeenError[] = []
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, pauseMs))
  return {
    errors,
    async step(name, action, recover) {
      for (let tap = 0; tap < MAX_TAPS; tap++) {
        try {
          return await action()
        } catch (e) {
          errors.push({ step: name, message: shownMessage(e) })
          const recovered = recover ? await recover(e) : undefined
          if (recovered !== undefined) return recovered
          await pause()
        }
      }
      throw new GaveUp(name)
    },
  }
}

export const isCode = (e: unknown, code: string) => e instanceof ApiError && e.code === code

/** Minimal JPEG (SOI, APP0 JFIF, EOI): the mock sniffs the magic bytes. */
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9])

/**
 * One upload as the hosts' uploadFile does it (multipart, part `file`), with the decided fault. Like
 * src/stores/uploads.ts: never retried automatically (the page offers 重试), errors in the client's model.
 */
export async function uploadJpeg(baseUrl: string, token: string, fault: string | null, timeoutMs: number): Promise<UploadDto> {
  const boundary = '----tongban-soak'
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
    JPEG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  const headers = baseHeaders(token, { 'content-type': `multipart/form-data; boundary=${boundary}`, ...(fault ? { [FAULT_HEADER]: fault } : {}) })
  let res: Response
  let text: string
  try {
    res = await fetch(`${baseUrl}${paths.uploads}`, { method: 'POST', headers, body: new Uint8Array(payload), signal: AbortSignal.timeout(timeoutMs) })
    text = await res.text()
  } catch (e) {
    throw new ApiError({ kind: (e as Error).name === 'TimeoutError' ? 'timeout' : 'network' })
  }
  let data: unknown = text
  try {
    data = JSON.parse(text)
  } catch {
    // not JSON: errorFromResponse falls back to the default message
  }
  if (res.status >= 200 && res.status < 300) return data as UploadDto
  throw errorFromResponse(res.status, data, Object.fromEntries(res.headers))
}
