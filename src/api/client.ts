import { CONTRACT_HEADER, CONTRACT_VERSION, IDEMPOTENCY_HEADER } from './contract/constants'
import { ApiError, errorFromResponse } from './errors'
import { noAnswerKind, type HttpMethod, type Transport, type TransportResponse } from './transport'

export interface ApiClientOptions {
  /** '' means same origin (H5 behind the dev proxy) */
  baseUrl: string
  transport: Transport
  getToken?: () => string | null | undefined
  /** Called for every 401 the client could not recover from, e.g. to drop the stored token */
  onUnauthorized?: (error: ApiError) => void
  /**
   * Gets a new session without the user (a mini-program's silent host login) after a 401; resolves true when the
   * token changed. The request is then sent once more, when that is safe: GET/PUT/DELETE, or a keyed POST.
   */
  renewSession?: () => Promise<boolean>
  timeoutMs?: number
  /** Extra attempts for a retryable request */
  retries?: number
  /** First backoff; doubles per attempt, with jitter */
  backoffMs?: number
  /** Longest Retry-After the client waits for; a longer one fails at once */
  maxRetryAfterMs?: number
  headers?: Record<string, string>
  /** For tests */
  sleep?: (ms: number) => Promise<void>
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | null | undefined>
  headers?: Record<string, string>
  /** This POST creates something: send a fresh idempotency key (kept across retries) */
  idempotent?: boolean
  /** Use this key (e.g. one kept with a form draft, so a resubmission after a restart is recognised) */
  idempotencyKey?: string
  timeoutMs?: number
  retries?: number
}

export interface ApiClient {
  request<T>(method: HttpMethod, path: string, data?: unknown, options?: RequestOptions): Promise<T>
  get<T>(path: string, options?: RequestOptions): Promise<T>
  delete<T = void>(path: string, options?: RequestOptions): Promise<T>
  post<T = void>(path: string, data?: unknown, options?: RequestOptions): Promise<T>
  put<T = void>(path: string, data?: unknown, options?: RequestOptions): Promise<T>
  patch<T = void>(path: string, data?: unknown, options?: RequestOptions): Promise<T>
}

/** Methods a server must treat as idempotent (RFC 9110 §9.2.2); anything else is retried only with a key. */
const IDEMPOTENT_METHODS: HttpMethod[] = ['GET', 'HEAD', 'PUT', 'DELETE']
const RETRY_STATUSES = [429, 502, 503, 504]
/** A keyless POST met an expired session that was then renewed silently: nothing happened, the user taps again. */
export const RENEWED_MESSAGE = '登录状态已刷新，请再试一次'

/**
 * A random key for {@link IDEMPOTENCY_HEADER}. Mini-program hosts have no synchronous crypto, and a key
 * only needs to be unique, not secret: time plus 80 random bits is plenty.
 */
export function createIdempotencyKey(): string {
  let random = ''
  while (random.length < 16) random += Math.random().toString(36).slice(2)
  return `${Date.now().toString(36)}-${random.slice(0, 16)}`
}

/**
 * Idempotency-Keys that stay while the content stays: the same content sent again (a second tap after a timeout or a
 * lost answer) is the same request and gets the same key, so the server answers it once; other content gets a new
 * key. `forget()` after a success makes a later identical request a new one.
 */
export function keyPerContent() {
  let last: { content: string; key: string } | null = null
  return {
    keyFor(content: string): string {
      if (last?.content !== content) last = { content, key: createIdempotencyKey() }
      return last.key
    },
    forget() {
      last = null
    },
  }
}

/**
 * The headers every request carries: JSON, the contract version and, when signed in, the bearer token. Exported
 * for requests that cannot go through the client (multipart uploads through the platform adapter).
 */
export function baseHeaders(token: string | null | undefined, extra: Record<string, string> = {}): Record<string, string> {
  const all: Record<string, string> = { accept: 'application/json', [CONTRACT_HEADER]: CONTRACT_VERSION, ...extra }
  if (token) all.authorization = `Bearer ${token}`
  return all
}

function buildUrl(baseUrl: string, path: string, query?: RequestOptions['query']): string {
  // No URLSearchParams: mini-program hosts do not have it.
  const pairs = Object.keys(query ?? {})
    .filter((k) => query![k] !== undefined && query![k] !== null)
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(String(query![k]))}`)
  return `${baseUrl.replace(/\/+$/, '')}${path}${pairs.length ? `?${pairs.join('&')}` : ''}`
}

/** Rejects with a timeout error when the transport has not answered in time (some hosts ignore `timeout`). */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new ApiError({ kind: 'timeout' })), ms)
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    )
  })
}

function parseBody(res: TransportResponse): unknown {
  // A host may hand back JSON as text (wrong content type, dataType ignored).
  if (typeof res.data !== 'string' || !/^\s*[[{]/.test(res.data)) return res.data
  try {
    return JSON.parse(res.data)
  } catch {
    return res.data
  }
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const { baseUrl, transport, getToken, onUnauthorized, timeoutMs = 10_000, retries = 2, backoffMs = 300 } = options
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 5_000
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))

  /** How long to wait before the next attempt, or null when this failure must not be retried. */
  function retryDelay(error: ApiError, attempt: number): number | null {
    const backoff = backoffMs * 2 ** attempt * (0.5 + Math.random() / 2)
    if (error.kind === 'network' || error.kind === 'timeout') return backoff
    if (error.status === undefined || !RETRY_STATUSES.includes(error.status)) return null
    if (error.retryAfterMs === undefined) return backoff
    return error.retryAfterMs <= maxRetryAfterMs ? Math.max(error.retryAfterMs, backoff) : null
  }

  async function attempt<T>(method: HttpMethod, url: string, data: unknown, headers: Record<string, string>, timeout: number) {
    const all = baseHeaders(getToken?.(), { ...options.headers, ...headers })
    if (data !== undefined) all['content-type'] = 'application/json'
    let res: TransportResponse
    try {
      res = await withTimeout(transport({ url, method, headers: all, data, timeoutMs: timeout }), timeout)
    } catch (e) {
      throw e instanceof ApiError ? e : new ApiError({ kind: noAnswerKind(e) })
    }
    const body = parseBody(res)
    if (res.status >= 200 && res.status < 300) return (res.status === 204 ? undefined : body) as T
    throw errorFromResponse(res.status, body, res.headers)
  }

  /**
   * After a 401 of a signed-in request: true when the request should go out again with a new token, because
   * another request renewed it meanwhile or `renewSession` just did.
   */
  async function renewed(sentWith: string | null | undefined): Promise<boolean> {
    if (!sentWith) return false
    const now = getToken?.()
    if (now && now !== sentWith) return true
    return options.renewSession ? options.renewSession().catch(() => false) : false
  }

  async function request<T>(method: HttpMethod, path: string, data?: unknown, opts: RequestOptions = {}): Promise<T> {
    const key = opts.idempotencyKey ?? (opts.idempotent ? createIdempotencyKey() : undefined)
    const headers: Record<string, string> = { ...opts.headers }
    if (key) headers[IDEMPOTENCY_HEADER] = key
    // A POST without a key is never retried: the first attempt may have acted although no answer came back.
    const maxRetries = IDEMPOTENT_METHODS.includes(method) || key ? opts.retries ?? retries : 0
    const url = buildUrl(baseUrl, path, opts.query)
    let renewedOnce = false
    for (let n = 0; ; n++) {
      const sentWith = getToken?.()
      try {
        return await attempt<T>(method, url, data, headers, opts.timeoutMs ?? timeoutMs)
      } catch (e) {
        const error = e as ApiError
        if (error.kind === 'unauthorized') {
          if (renewedOnce || !(await renewed(sentWith))) {
            onUnauthorized?.(error)
            throw error
          }
          // Signed in again. Only a request that is safe to send twice goes out again by itself (GET/PUT/DELETE, a
          // keyed POST); for a keyless POST the user is asked to tap again.
          if (!IDEMPOTENT_METHODS.includes(method) && !key) throw new ApiError({ kind: 'client', status: 401, code: error.code, message: RENEWED_MESSAGE })
          renewedOnce = true
          n-- // the renewed attempt does not use up a retry
          continue
        }
        const wait = n < maxRetries ? retryDelay(error, n) : null
        if (wait === null) throw error
        await sleep(wait)
      }
    }
  }

  return {
    request,
    get: (path, opts) => request('GET', path, undefined, opts),
    delete: (path, opts) => request('DELETE', path, undefined, opts),
    post: (path, data, opts) => request('POST', path, data, opts),
    put: (path, data, opts) => request('PUT', path, data, opts),
    patch: (path, data, opts) => request('PATCH', path, data, opts),
  }
}
