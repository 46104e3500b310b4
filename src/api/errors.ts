import type { ErrorBody } from './contract'

/**
 * What went wrong, in the terms a caller branches on: show the message (always Chinese, fit for the user),
 * send the user to sign in (`unauthorized`), or ask them to update the mini-program (`contract`).
 */
export type ApiErrorKind = 'network' | 'timeout' | 'client' | 'server' | 'unauthorized' | 'contract'

export const defaultMessages: Record<ApiErrorKind, string> = {
  network: '网络连接失败，请检查网络后重试',
  timeout: '请求超时，请稍后重试',
  client: '请求失败，请稍后重试',
  server: '服务暂时不可用，请稍后再试',
  unauthorized: '登录已过期，请重新登录',
  contract: '当前版本过旧，请更新小程序后重试',
}

export interface ApiErrorInit {
  kind: ApiErrorKind
  message?: string
  status?: number
  code?: string
  fields?: Record<string, string>
  /** From Retry-After, when the server sent one */
  retryAfterMs?: number
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status?: number
  /** The server's stable code (SMS_CODE_WRONG, CODE_USED, …) */
  readonly code?: string
  /** Per-field Chinese messages for a form */
  readonly fields?: Record<string, string>
  readonly retryAfterMs?: number

  constructor(init: ApiErrorInit) {
    super(init.message ?? defaultMessages[init.kind])
    // Babel compiles classes to ES5 for old hosts, where extending Error loses the prototype and
    // `instanceof ApiError` would be false. @see https://github.com/babel/babel/issues/4485
    Object.setPrototypeOf(this, ApiError.prototype)
    this.name = 'ApiError'
    this.kind = init.kind
    this.status = init.status
    this.code = init.code
    this.fields = init.fields
    this.retryAfterMs = init.retryAfterMs
  }
}

const isErrorBody = (data: unknown): data is ErrorBody =>
  typeof data === 'object' && data !== null && typeof (data as ErrorBody).code === 'string' && typeof (data as ErrorBody).message === 'string'

/** Retry-After in ms: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/**
 * The error for a non-2xx answer. A 4xx carries the server's own Chinese message (it knows what the user
 * did wrong); a 5xx never does, since it may be a gateway's English page or internal detail.
 */
export function errorFromResponse(status: number, data: unknown, headers: Record<string, string>): ApiError {
  const body = isErrorBody(data) ? data : undefined
  const retryAfterMs = parseRetryAfter(headers['retry-after'])
  const kind: ApiErrorKind =
    status === 401 ? 'unauthorized' : status === 426 ? 'contract' : status >= 400 && status < 500 ? 'client' : 'server'
  return new ApiError({
    kind,
    status,
    message: kind === 'server' ? undefined : body?.message,
    code: body?.code,
    fields: kind === 'client' ? body?.fields : undefined,
    retryAfterMs,
  })
}
