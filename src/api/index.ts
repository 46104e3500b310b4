/** The API layer: the app's client, its error model and the typed endpoint functions. */
export { api, setSessionRenewer, setTokenProvider, setTransport, setUnauthorizedHandler } from './app-client'
export { createApiClient, createIdempotencyKey, type ApiClient, type ApiClientOptions, type RequestOptions } from './client'
export { ApiError, type ApiErrorKind } from './errors'
export type { HttpMethod, Transport, TransportRequest, TransportResponse } from './transport'
export * from './endpoints/system'
export * from './endpoints/auth'
