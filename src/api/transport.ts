/**
 * How the client reaches the network. The app uses {@link ./taro-transport} (Taro.request on every target);
 * tests use a Node transport over real HTTP. A transport resolves for every HTTP status and rejects only
 * when there is no answer, preferably with an ApiError of kind `network` or `timeout`.
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

export function lowerCaseHeaders(headers: Record<string, unknown> | undefined | null): Record<string, string> {
  const result: Record<string, string> = {}
  if (headers) for (const name of Object.keys(headers)) result[name.toLowerCase()] = String(headers[name])
  return result
}
