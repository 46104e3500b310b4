import type { NoAnswer, Platform } from '../contract'

/** `getAllResponseHeaders()` text → lower-case names (the browser already lower-cases them; CORS hides the rest). */
function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return headers
}

/** JSON where the body is JSON (what `dataType: 'json'` does on the hosts), else the text as it came. */
function parseBody(text: string): unknown {
  if (!/^\s*[[{"]/.test(text)) return text
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/**
 * The browser's request: XMLHttpRequest, which every WebView has. Taro.request on H5 is fetch with whatwg-fetch, an
 * AbortController polyfill and jsonp-retry behind it, ~24 KB of script before the first screen; the app needs none
 * of them (JSON over CORS or the same origin). Cookies are not sent: the API takes a bearer token.
 * @see https://developer.mozilla.org/docs/Web/API/XMLHttpRequest
 * @see https://developer.mozilla.org/docs/Web/API/XMLHttpRequest/getAllResponseHeaders
 */
export const request: Platform['request'] = ({ url, method, headers, data, timeoutMs }) =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    const noAnswer = (kind: NoAnswer['noAnswer']) => () => reject({ noAnswer: kind } satisfies NoAnswer)
    xhr.onload = () => resolve({ status: xhr.status, data: parseBody(xhr.responseText), headers: parseHeaders(xhr.getAllResponseHeaders()) })
    xhr.onerror = noAnswer('network')
    xhr.onabort = noAnswer('network')
    xhr.ontimeout = noAnswer('timeout')
    try {
      xhr.open(method, url)
      xhr.timeout = timeoutMs
      for (const name of Object.keys(headers)) xhr.setRequestHeader(name, headers[name])
      xhr.send(data === undefined ? null : JSON.stringify(data))
    } catch {
      // A URL or header the browser refuses: no request went out.
      noAnswer('network')()
    }
  })
