import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'
import { userOfToken } from '../auth/sessions'
import type { MockContext } from '../context'
import { httpError, messages } from '../http/errors'
import type { UserRecord } from '../store'

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by {@link requireAuth} on routes that need a signed-in user, by {@link optionalAuth} when one is */
    auth: { user: UserRecord; token: string } | null
  }
}

export const bearerToken = (request: FastifyRequest): string | null => {
  const match = /^Bearer ([A-Za-z0-9_\-.~+/=]{16,512})$/.exec(request.headers.authorization ?? '')
  return match ? match[1] : null
}

/** preHandler for routes behind `Authorization: Bearer <token>`; missing, unknown or expired → 401. */
export const requireAuth =
  (ctx: MockContext): preHandlerAsyncHookHandler =>
  async (request) => {
    const token = bearerToken(request)
    const user = token ? userOfToken(ctx, token) : null
    if (!token || !user) throw httpError(401, 'UNAUTHORIZED', messages.unauthorized)
    request.auth = { user, token }
  }

/**
 * preHandler for personalised routes (EndpointSpec.personalised): a valid bearer token signs the request in;
 * no token, an unknown or an expired one leaves it signed out (`request.auth` null), never an error.
 */
export const optionalAuth =
  (ctx: MockContext): preHandlerAsyncHookHandler =>
  async (request) => {
    const token = bearerToken(request)
    const user = token ? userOfToken(ctx, token) : null
    request.auth = token && user ? { user, token } : null
  }
