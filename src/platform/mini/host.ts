/**
 * The mini-program host globals (wx / my / swan), typed only as far as the adapters need.
 *
 * 背景: `miniprogram-api-typings` and the Alipay/Baidu typings are not installed (one loose type for three hosts is
 * enough behind a typed contract), and the adapters read the global at call time so that a test can install a
 * fake host and an old client without an API answers `unsupported` instead of throwing.
 */
export type HostName = 'wx' | 'my' | 'swan'

/** A host object: APIs and namespaces (swan.ai) by name. */
export interface HostObject {
  [api: string]: unknown
}

type HostFunction = (...args: unknown[]) => unknown

/**
 * The fail payload: WeChat/Baidu `{ errMsg, errCode, errno }`, Alipay `{ error, errorMessage }` (a few Alipay
 * APIs, e.g. my.requestSubscribeMessage, say `errorCode`).
 */
export interface HostError {
  errMsg?: string
  errCode?: number | string
  errno?: number
  error?: number | string
  errorCode?: number | string
  errorMessage?: string
}

export function getHost(name: HostName): HostObject | undefined {
  const value = (globalThis as Record<string, unknown>)[name]
  return typeof value === 'object' && value !== null ? (value as HostObject) : undefined
}

/** Resolve an API path such as `scanCode` or `ai.facePersonVerify`; undefined when any part is missing. */
export function findApi(name: HostName, path: string): { owner: HostObject; fn: HostFunction } | undefined {
  let owner = getHost(name)
  const parts = path.split('.')
  const last = parts.pop() as string
  for (const part of parts) {
    const next = owner?.[part]
    owner = typeof next === 'object' && next !== null ? (next as HostObject) : undefined
  }
  const fn = owner?.[last]
  return owner && typeof fn === 'function' ? { owner, fn: fn as HostFunction } : undefined
}

export const hasApi = (name: HostName, path: string): boolean => findApi(name, path) !== undefined

/** Call a synchronous host API (storage, system info). Throws when the API is missing, like the host would. */
export function callSync(name: HostName, path: string, ...args: unknown[]): unknown {
  const api = findApi(name, path)
  if (!api) throw new Error(`${name}.${path} is not available`)
  return api.fn.apply(api.owner, args)
}
