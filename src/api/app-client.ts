import type { ApiError } from './errors'
import { createApiClient } from './client'
import { taroTransport } from './taro-transport'

let tokenProvider: () => string | null | undefined = () => null
let unauthorizedHandler: (error: ApiError) => void = () => {}

/** The session store tells the client where the token is; the client never stores it itself. */
export function setTokenProvider(provider: () => string | null | undefined): void {
  tokenProvider = provider
}

/** Called on every 401 (token missing, unknown or expired), e.g. to clear the session. */
export function setUnauthorizedHandler(handler: (error: ApiError) => void): void {
  unauthorizedHandler = handler
}

/**
 * The app's client. TARO_APP_API_BASE is inlined at build time (config/index.ts); '' on H5 means the same
 * origin, proxied to the API by the dev server.
 */
export const api = createApiClient({
  baseUrl: process.env.TARO_APP_API_BASE ?? '',
  transport: taroTransport,
  getToken: () => tokenProvider(),
  onUnauthorized: (error) => unauthorizedHandler(error),
})
