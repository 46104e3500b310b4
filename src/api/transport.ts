/**
 * How the client reaches the network. The app's transport is the platform adapter's `request` (Taro.request on the
 * mini-programs, XMLHttpRequest on H5), handed over by the session store (`setTransport`); tests and scripts use a
 * Node transport over real HTTP. A transport resolves for every HTTP status and rejects only when there is no
 * answer: with an ApiError of kind `network` or `timeout`, or with the adapter's `{ noAnswer: 'network' | 'timeout' }`.
 * The request and response are the same shape as the adapter's HttpRequest / HttpResponse (src/platform/contract.ts),
 * written twice on purpose: src/api and src/platform may not import each other, and `setTransport(platform.request)`
 * in the session store is where the compiler checks that they still fit.
 */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface TransportRequest {
  url: string
  method: HttpMethod
  headers: Record<string, string>
  /** A JSON-serialisable body, or undefined for none */
  data: unknown
  timeoutMs: number
}

export interface TransportResponse {
  status: number
  /** Parsed JSON where the answer was JSON */
  data: unknown
  /** Lower-case header names */
  headers: Record<string, string>
}

export type Transport = (request: TransportRequest) => Promise<TransportResponse>

/** The kind of a transport's rejection: `timeout` when it says so, else `network`. */
export const noAnswerKind = (rejection: unknown): 'timeout' | 'network' =>
  (rejection as { noAnswer?: unknown } | null | undefined)?.noAnswer === 'timeout' ? 'timeout' : 'network'
