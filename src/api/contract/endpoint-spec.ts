import { type TSchema } from '@sinclair/typebox'
import { ErrorBody } from './common'

/**
 * Every endpoint of the contract, declared once: method, path, request schemas, and each status it may answer
 * with its body schema. The mock registers its routes from this table and checks every answer against it;
 * `npm run contract` turns it into docs/api/openapi.json. Not for the client bundle (it carries TypeBox): the
 * client imports `paths` and the types.
 */
export interface EndpointSpec {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  path: string
  /** One line, Chinese: what it does */
  summary: string
  /** Longer notes for integrators, English */
  description?: string
  tag: 'system' | 'auth' | 'identity' | 'enterprise' | 'payment' | 'catalog' | 'handling' | 'scenario' | 'wallet' | 'appointment' | 'feedback' | 'community' | 'mock'
  /** Needs `Authorization: Bearer <token>` */
  auth: boolean
  /**
   * Works signed out, and is personalised when a valid `Authorization: Bearer` is sent (我的订阅, 常用服务, the
   * subscribed flag). An invalid or expired token is treated as signed out, never as an error.
   */
  personalised?: boolean
  /** Honours `Idempotency-Key` (replays the first answer for a repeated key from the same caller) */
  idempotent: boolean
  /** Path parameters (`:id` in `path`) */
  params?: TSchema
  query?: TSchema
  body?: TSchema
  /** Success and the statuses specific to this endpoint; COMMON_ERRORS are added to every API endpoint */
  responses: Record<number, TSchema | null>
  /** The ErrorBody `code` values this endpoint uses, for the reference */
  errorCodes?: string[]
  /** Takes multipart/form-data (a file upload) instead of JSON */
  multipart?: boolean
  /** May answer a text/html page for people instead of JSON (when the request accepts text/html) */
  html?: boolean
}

/** No body (204). */
export const NoContent = null

/**
 * Statuses any API endpoint may answer with ErrorBody, whatever it does: bad input, a body over the limit,
 * an old client, rate limiting, and the 5xx a gateway or the platform itself may produce.
 */
export const COMMON_ERRORS = [400, 413, 415, 426, 429, 500, 502, 503, 504] as const
/**
 * What the /mock/* development endpoints may answer to any request: a body that is not JSON, too large, or of
 * another type. Found by the API fuzzer (a malformed body on `POST /mock/reset` was an undocumented 400).
 */
export const MOCK_INPUT_ERRORS = [400, 413, 415] as const
export const AUTH_ERRORS = [401] as const
export const IDEMPOTENCY_ERRORS = [409, 422] as const

export const errors = (...statuses: readonly number[]) => Object.fromEntries(statuses.map((s) => [s, ErrorBody]))


/** The statuses an endpoint may answer, with their body schema (null: no body). */
export function documentedResponses(spec: EndpointSpec): Record<number, TSchema | null> {
  const common = errors(...(spec.tag === 'mock' ? MOCK_INPUT_ERRORS : COMMON_ERRORS))
  return { ...common, ...spec.responses }
}

/** `/orders/:id` (Fastify) as `/orders/{id}` (OpenAPI). */
export const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}')
