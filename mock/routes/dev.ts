import { Type } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import {
  DevIssueCodeBody,
  DevIssueCodeResult,
  MockStatsDto,
  OutboxDto,
  OutboxQuery,
  mockPaths,
} from '../../src/api/contract'
import { mintCode } from '../auth/platform-codes'
import type { MockContext } from '../context'
import { errorResponses } from '../http/errors'
import { renderOutboxPage } from './outbox-page'

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
    mockPaths.issueCode,
    { schema: { body: DevIssueCodeBody, response: { 200: DevIssueCodeResult, ...errorResponses } } },
    async (request) => {
      const result = mintCode(ctx, request.body.platform, request.body.user ?? 'dev')
      ctx.store.save()
      return result
    },
  )

  app.get<{ Querystring: OutboxQuery }>(
    mockPaths.outbox,
    { schema: { querystring: OutboxQuery, response: { 200: OutboxDto, ...errorResponses } } },
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

  app.get(mockPaths.stats, { schema: { response: { 200: MockStatsDto } } }, async () => ({ requests: counters.snapshot() }))

  app.post(mockPaths.reset, { schema: { response: { 204: Type.Null({ description: 'No content' }) } } }, async (_request, reply) => {
    resetAll()
    return reply.code(204).send()
  })
}
