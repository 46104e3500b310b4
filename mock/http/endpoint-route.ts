import type { preHandlerAsyncHookHandler, RouteShorthandOptions } from 'fastify'
import type { EndpointSpec } from '../../src/api/contract/endpoints'

/**
 * Route options from the contract's endpoint table: request schemas (validated), idempotency, auth (a
 * personalised endpoint takes the optional sign-in preHandler, plugins/auth.ts `optionalAuth`). Response
 * schemas are deliberately not given to Fastify: its serializer would silently drop undocumented fields,
 * and the contract check (plugins/contract-responses.ts) must see them to fail on them.
 */
export function endpointRoute(spec: EndpointSpec, authed?: preHandlerAsyncHookHandler): RouteShorthandOptions {
  if ((spec.auth || spec.personalised) && !authed) throw new Error(`${spec.method} ${spec.path} needs auth: pass the preHandler`)
  return {
    schema: {
      ...(spec.body ? { body: spec.body } : {}),
      ...(spec.query ? { querystring: spec.query } : {}),
      ...(spec.params ? { params: spec.params } : {}),
    },
    config: { idempotent: spec.idempotent },
    ...(spec.auth || spec.personalised ? { preHandler: authed } : {}),
  }
}
