import { ApiError } from './errors'
import { baseHeaders, createApiClient } from './client'
import type { Transport } from './transport'

let transport: Transport = () => Promise.reject(new ApiError({ kind: 'network', message: '应用尚未准备好联网，请稍后再试' }))

/**
 * The platform adapter's request (Taro.request on the mini-programs, XMLHttpRequest on H5), set by the session
 * store as the app starts. Injected rather than imported: src/api depends only on its contract and domain, and on
 * H5 nothing may pull Taro.request (and its polyfills) into the bundle.
 */
export function setTransport(next: Transport): void {
  transport = next
}

/** Every request reads the transport when it is sent, so the client can be built before the session store runs. */
const currentTransport: Transport = (request) => transport(request)

let tokenProvider: () => string | null | undefined = () => null
let unauthorizedHandler: (error: ApiError) => void = () => {}

/** The session store tells the client where the token is; the client never stores it itself. */
export function setTokenProvider(provider: () => string | null | undefined): void {
  tokenProvider = provider
}

/** Called on every 401 the client could not recover from (token missing, unknown or expired, no silent renewal). */
export function setUnauthorizedHandler(handler: (error: ApiError) => void): void {
  unauthorizedHandler = handler
}

let sessionRenewer: () => Promise<boolean> = async () => false

/**
 * After a 401: get a new session without the user (a mini-program's silent host login), resolving true when there
 * is a new token; the client then sends a request that is safe to repeat once more. H5 has none (false).
 */
export function setSessionRenewer(renewer: () => Promise<boolean>): void {
  sessionRenewer = renewer
}

/** TARO_APP_API_BASE is inlined at build time (config/index.ts); '' on H5 means the same origin, proxied by the dev server. */
const baseUrl = (process.env.TARO_APP_API_BASE ?? '').replace(/\/+$/, '')

/** The app client's base URL (no trailing slash), for requests made outside it: uploads through the platform adapter. */
export const apiBaseUrl = (): string => baseUrl

/** The headers the app's client sends (contract version, bearer token), for requests made outside it. */
export const apiHeaders = (): Record<string, string> => baseHeaders(tokenProvider())

/** A 401 met outside the client (an upload) is handled like any other: the session store signs out. */
export const reportUnauthorized = (error: ApiError): void => unauthorizedHandler(error)

/** The app's client. */
export const api = createApiClient({
  baseUrl,
  transport: currentTransport,
  getToken: () => tokenProvider(),
  onUnauthorized: (error) => unauthorizedHandler(error),
  renewSession: () => sessionRenewer(),
})

/**
 * A client without the session: no token, no renewal, no 401 handler. The silent re-login goes through it, so
 * a 401 there cannot wait for the renewal it is part of.
 */
export const anonymousApi = createApiClient({ baseUrl, transport: currentTransport })
