import { MALFORMED_MESSAGE, type PickedFile, type Platform, type PlatformResult, type UploadOptions } from '../../../src/platform'

/**
 * One host scenario: arrange the host's next answer, act on the platform, then the exact result expected and,
 * for mini-programs, the options the native API received.
 */
export interface Scenario {
  title: string
  arrange?: () => void
  act: (p: Platform) => Promise<PlatformResult<unknown>>
  expected: unknown
  /** The native API and the options it was called with (callbacks left out) */
  sent?: { api: string; options: Record<string, unknown> }
  /** A native API that must not have been called */
  notCalled?: string
  /** More assertions after act */
  verify?: (result: PlatformResult<unknown>) => void
  /** Undo what arrange changed outside Jest's mocks (browser globals) */
  cleanup?: () => void
}

const withCode = (o: Record<string, unknown>, rawCode?: string | number) => (rawCode === undefined ? o : { ...o, rawCode })

export const isOk = (value: unknown) => ({ status: 'ok', value })
export const isCancelled = (rawCode?: string | number) => withCode({ status: 'cancelled', message: expect.any(String) }, rawCode)
export const isFailed = (rawCode?: string | number, message: unknown = expect.any(String)) =>
  withCode({ status: 'failed', message }, rawCode)
export const isUnsupported = (...parts: string[]) => ({
  status: 'unsupported',
  message: parts.length ? expect.stringMatching(parts.join('.*')) : expect.any(String),
})
export const isMalformed = { status: 'failed', message: MALFORMED_MESSAGE }

/** Wrap a synchronous capability (storage, systemInfo) so it fits the table. */
export const sync = (value: unknown): Promise<PlatformResult<unknown>> => Promise.resolve({ status: 'ok', value })

export const PROFILE = { name: '张三', idType: '身份证' }

/** missing → set → get → remove → get, as one value for the table. */
export const roundTrip = (p: Platform) => {
  const before = p.storage.get('profile')
  p.storage.set('profile', PROFILE)
  const read = p.storage.get('profile')
  p.storage.remove('profile')
  return sync({ before, read, afterRemove: p.storage.get('profile') })
}
export const ROUND_TRIP_OK = isOk({ before: undefined, read: PROFILE, afterRemove: undefined })

/** A write the host refuses must not throw, and must not pretend to have stored the value. */
export const refusedWrite = (p: Platform) => {
  p.storage.set('big', 'x'.repeat(10))
  return sync(p.storage.get('big'))
}

/** An upload as the 材料 page sends it; the content-type it passes must not reach the host (the boundary is the host's). */
export const UPLOAD = {
  url: 'https://api.example.gov.cn/v1/uploads',
  name: 'file',
  headers: { Authorization: 'Bearer T', 'Content-Type': 'application/json' },
  timeoutMs: 30000,
}
/** What the host should receive as headers */
export const UPLOAD_HEADER = { Authorization: 'Bearer T' }

/** Upload `file`, recording every progress callback: the result and the percentages as one value for the table. */
export async function uploadSeeing(p: Platform, file: PickedFile, extra: Partial<UploadOptions> = {}) {
  const progress: number[] = []
  const result = await p.uploadFile({ ...UPLOAD, file, onProgress: (n) => progress.push(n), ...extra })
  return sync({ result, progress })
}

/** compressImage with quality 80 and a 1 000 000-byte limit (or `maxBytes`), wrapped for the table. */
export const compress = (file: PickedFile, maxBytes = 1_000_000, quality = 80) => async (p: Platform) =>
  sync(await p.compressImage(file, { quality, maxBytes }))

/**
 * Two subscribers: A unsubscribes after the first change, B after the second (twice: harmless); a third change
 * reaches nobody. `change` makes the host (or the browser) report a change.
 */
export function networkChanges(p: Platform, change: (online: boolean) => void) {
  const a: boolean[] = []
  const b: boolean[] = []
  const offA = p.onNetworkChange((online) => a.push(online))
  const offB = p.onNetworkChange((online) => b.push(online))
  change(false)
  offA()
  change(true)
  offB()
  offB()
  change(false)
  return sync({ a, b })
}
export const NETWORK_CHANGES_OK = isOk({ a: [false], b: [false, true] })

export const online = async (p: Platform) => sync(await p.isOnline())

/**
 * Screenshots: A unsubscribes after the first, B after the second (twice: harmless), a third reaches nobody; C
 * throws on every call and must not keep the others from hearing. `capture` makes the host report a screenshot.
 */
export function captures(p: Platform, capture: () => void) {
  let a = 0
  let b = 0
  const offA = p.screen.onCapture(() => void a++)
  const offB = p.screen.onCapture(() => void b++)
  const offC = p.screen.onCapture(() => {
    throw new Error('page crashed')
  })
  capture()
  offA()
  capture()
  offB()
  offB()
  offC()
  capture()
  return sync({ a, b })
}
export const CAPTURES_OK = isOk({ a: 1, b: 2 })
