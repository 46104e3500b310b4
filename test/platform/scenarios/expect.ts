import { MALFORMED_MESSAGE, type Platform, type PlatformResult } from '../../../src/platform'

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
