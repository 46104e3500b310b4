import type { FastifyInstance } from 'fastify'
import type { DevExpireSessionsBody, DevIssueCodeBody, OutboxQuery } from '../../src/api/contract'
import { devEndpoints } from '../../src/api/contract/endpoints'
import { mintCode } from '../auth/platform-codes'
import type { MockContext } from '../context'
import { endpointRoute } from '../http/endpoint-route'
import { renderOutboxPage } from './outbox-page'
import { registerProbeRoutes } from './probe'

const OUTBOX_LIMIT = 20

/** Development endpoints: act as a host issuing login codes, read the SMS outbox, counters, reset. */
export function registerDevRoutes(
  app: FastifyInstance,
  ctx: MockContext,
  counters: { snapshot(): Record<string, number> },
  /** Seed state, and every counter and memory of the hooks */
  resetAll: () => void,
) {
  app.post<{ Body: DevIssueCodeBody }>(
    devEndpoints.issueCode.path,
    endpointRoute(devEndpoints.issueCode),
    async (request) => {
      const result = mintCode(ctx, request.body.platform, request.body.user ?? 'dev')
      ctx.store.save()
      return result
    },
  )

  app.get<{ Querystring: OutboxQuery }>(
    devEndpoints.outbox.path,
    endpointRoute(devEndpoints.outbox),
    async (request, reply) => {
      const { phone } = request.query
      const messages = ctx.store.state.outbox
        .filter((m) => !phone || m.phone === phone)
        .slice(-OUTBOX_LIMIT)
        .reverse()
      // A browser asks for HTML first; fetch() and curl get JSON.
      const accept = request.headers.accept ?? ''
      if (accept.includes('text/html')) return reply.type('text/html; charset=utf-8').send(renderOutboxPage(messages, phone))
      return { messages }
    },
  )

  app.get(devEndpoints.stats.path, endpointRoute(devEndpoints.stats), async () => ({ requests: counters.snapshot() }))

  // Session-expiry tests: the tokens stay as they are on the device, the server no longer takes them.
  app.post<{ Body: DevExpireSessionsBody }>(devEndpoints.expireSessions.path, endpointRoute(devEndpoints.expireSessions), async (request) => {
    const { state } = ctx.store
    const now = ctx.clock.now()
    const { phone } = request.body ?? {}
    let expired = 0
    for (const s of Object.values(state.sessions)) {
      if (s.expiresAt <= now || (phone !== undefined && state.users[s.userId]?.phone !== phone)) continue
      s.expiresAt = now
      expired++
    }
    ctx.store.save()
    return { expired }
  })

  app.post(devEndpoints.reset.path, endpointRoute(devEndpoints.reset), async (_request, reply) => {
    resetAll()
    return reply.code(204).send()
  })

  // Content probes (XSS tests): hostile text in one guide or notice; see mock/probe.ts.
  registerProbeRoutes(app, ctx)
}
