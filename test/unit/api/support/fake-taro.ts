/**
 * A stand-in for `@tarojs/taro` in node tests (the real one needs a host runtime). Its `request` behaves like
 * a mini-program host's: real HTTP, `{ statusCode, data, header }` on any answer, `{ errMsg }` on failure.
 * A test can replace the behaviour with `host.respond` to imitate a particular host's quirk.
 */
export interface HostRequestOptions {
  url: string
  method?: string
  header?: Record<string, string>
  data?: unknown
  timeout?: number
}

export const host = {
  calls: [] as HostRequestOptions[],
  respond: null as ((options: HostRequestOptions) => Promise<unknown>) | null,
}

async function overHttp(options: HostRequestOptions) {
  try {
    const res = await fetch(options.url, {
      method: options.method,
      headers: options.header,
      body: options.data === undefined ? undefined : JSON.stringify(options.data),
      signal: AbortSignal.timeout(options.timeout ?? 60_000),
    })
    const text = await res.text()
    let data: unknown = text
    try {
      data = JSON.parse(text)
    } catch {
      // dataType json: a host leaves unparseable text as is
    }
    return { statusCode: res.status, data, header: Object.fromEntries(res.headers), errMsg: 'request:ok' }
  } catch (e) {
    throw { errMsg: (e as Error).name === 'TimeoutError' ? 'request:fail timeout' : 'request:fail socket hang up' }
  }
}

function request(options: HostRequestOptions) {
  host.calls.push(options)
  return host.respond ? host.respond(options) : overHttp(options)
}

export default { request }
