import { ApiError } from '../../../src/api/errors'
import type { Transport } from '../../../src/api/transport'

/**
 * A Transport over real HTTP with Node's fetch, standing in for Taro.request in node tests. Like the hosts,
 * it resolves for every status and rejects only when no answer arrives.
 */
export const nodeTransport: Transport = async ({ url, method, headers, data, timeoutMs }) => {
  try {
    const res = await fetch(url, {
      method,
      headers,
      body: data === undefined ? undefined : JSON.stringify(data),
      // The client races its own timer; this only frees the socket afterwards.
      signal: AbortSignal.timeout(timeoutMs + 1000),
    })
    const text = await res.text()
    const json = (res.headers.get('content-type') ?? '').includes('json') && text !== ''
    return { status: res.status, data: json ? JSON.parse(text) : text, headers: Object.fromEntries(res.headers) }
  } catch (e) {
    throw new ApiError({ kind: (e as Error).name === 'TimeoutError' ? 'timeout' : 'network' })
  }
}
