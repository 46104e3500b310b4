import { appendFileSync } from 'node:fs'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { createResponseChecker } from '../contract/check-response'
import type { LogSink } from '../log'

/** Requests whose answer is a fault injected on purpose (see faults.ts): their status need not be documented. */
export const faultedRequests = new WeakSet<FastifyRequest>()

/**
 * The mock keeps its own contract: every answer is checked against the OpenAPI document before it leaves.
 * A violation is logged, appended to `violationsFile` (the test suite fails on any, see test/support), and
 * the answer becomes a 500 CONTRACT_VIOLATION, so the test that caused it fails where it happened.
 */
export function installResponseContract(app: FastifyInstance, document: object, log: LogSink, violationsFile?: string) {
  const check = createResponseChecker(document)
  app.addHook('onSend', async (request, reply, payload) => {
    // CORS preflights are HTTP plumbing, not operations of the contract.
    if (request.method === 'OPTIONS') return payload
    if (payload !== null && payload !== undefined && typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload
    const problem = check({
      method: request.method,
      route: request.routeOptions.url,
      status: reply.statusCode,
      contentType: String(reply.getHeader('content-type') ?? ''),
      body: payload === null || payload === undefined ? null : String(payload),
      faulted: faultedRequests.has(request),
    })
    if (!problem) return payload
    log(`contract violation: ${problem}`)
    if (violationsFile) appendFileSync(violationsFile, `${JSON.stringify({ problem })}\n`)
    void reply.code(500).header('content-type', 'application/json; charset=utf-8')
    return JSON.stringify({ code: 'CONTRACT_VIOLATION', message: '服务返回了接口约定之外的数据' })
  })
}
