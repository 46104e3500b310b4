/**
 * The one result model of every adapter call. A native callback never decides success for face verification
 * or payment: `ok` there only means "the host flow finished", the server confirms the outcome.
 */
export type PlatformResult<T> =
  | { status: 'ok'; value: T }
  | { status: 'cancelled'; message: string; rawCode?: string | number }
  | { status: 'failed'; message: string; rawCode?: string | number }
  | { status: 'unsupported'; message: string }

export const ok = <T>(value: T): PlatformResult<T> => ({ status: 'ok', value })
export const cancelled = (message = '已取消', rawCode?: string | number): PlatformResult<never> =>
  rawCode === undefined ? { status: 'cancelled', message } : { status: 'cancelled', message, rawCode }
export const failed = (message: string, rawCode?: string | number): PlatformResult<never> =>
  rawCode === undefined ? { status: 'failed', message } : { status: 'failed', message, rawCode }
export const unsupported = (message: string): PlatformResult<never> => ({ status: 'unsupported', message })

/** Shown when a host answers with a shape its documentation does not allow. */
export const MALFORMED_MESSAGE = '平台返回的数据异常，请稍后重试'
