import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { FAULT_HEADER } from '../../src/api/contract'
import { httpError, messages } from '../http/errors'
import { isDevRequest } from '../http/route-of'
import type { LogSink } from '../log'
import { faultedRequests } from './contract-responses'
import { parseFaultSpec, type FaultSpec } from './fault-spec'

export interface FaultOptions {
  /** Added to every API request (env MOCK_LATENCY_MS) */
  latencyMs?: number
  /** Share of API requests answered 503, 0..1 (env MOCK_ERROR_RATE) */
  errorRate?: number
  /** Share of API requests whose connection is closed without an answer, 0..1 (env MOCK_DROP_RATE) */
  dropRate?: number
  /** Injectable for tests; defaults to Math.random */
  random?: () => number
}

const faultMessages: Record<number, [code: string, message: string]> = {
  429: ['TOO_MANY_REQUESTS', '操作过于频繁，请稍后再试'],
  500: ['INTERNAL_ERROR', messages.unavailable],
}
const faultError = (status: number, retryAfterSeconds: number | null) => {
  const [code, message] = faultMessages[status] ?? (status >= 500 ? ['SERVICE_UNAVAILABLE', messages.unavailable] : ['MOCK_FAULT', '请求失败（模拟故障）'])
  const headers: Record<string, string> = retryAfterSeconds === null ? {} : { 'retry-after': String(retryAfterSeconds) }
  return httpError(status, code, message, { headers })
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Network and server trouble on demand, for retry tests and demos on a slow phone: global rates from the
 * environment, and per request the {@link FAULT_HEADER}. Never applied to the /mock/* dev endpoints.
 */
export function installFaults(app: FastifyInstance, options: FaultOptions, log: LogSink) {
  const random = options.random ?? Math.random
  const seen = new Map<string, number>()
  const afterHandling = new WeakMap<FastifyRequest, FaultSpec>()

  /** The spec if this request should get it, counting requests per key for `times`. */
  const activeSpec = (request: FastifyRequest): FaultSpec | null => {
    const header = request.headers[FAULT_HEADER]
    if (typeof header !== 'string') return null
    const spec = parseFaultSpec(header)
    if (!spec) throw httpError(400, 'BAD_FAULT_SPEC', '故障注入参数不正确')
    if (spec.times === null) return spec
    const key = spec.key ?? header
    const count = (seen.get(key) ?? 0) + 1
    seen.set(key, count)
    return count <= spec.times ? spec : null
  }

  const drop = (request: FastifyRequest, reply: FastifyReply) => {
    log(`${request.method} ${request.routeOptions.url ?? '?'} dropped`)
    reply.hijack()
    reply.raw.destroy()
  }

  app.addHook('onRequest', async (request, reply) => {
    if (isDevRequest(request)) return
    const spec = activeSpec(request)
    const delay = (options.latencyMs ?? 0) + (spec?.delayMs ?? 0)
    if (delay > 0) await sleep(delay)
    if (spec?.after) {
      afterHandling.set(request, spec)
      return
    }
    if (spec?.drop || random() < (options.dropRate ?? 0)) return drop(request, reply)
    if (spec?.status) {
      faultedRequests.add(request)
      throw faultError(spec.status, spec.retryAfterSeconds)
    }
    if (random() < (options.errorRate ?? 0)) {
      faultedRequests.add(request)
      throw faultError(503, null)
    }
  })

  // `after`: the handler ran (and the idempotency record holds its real answer); the client never hears it.
  app.addHook('onSend', async (request, reply, payload) => {
    const spec = afterHandling.get(request)
    if (!spec) return payload
    afterHandling.delete(request)
    if (spec.drop) {
      log(`${request.method} ${request.routeOptions.url ?? '?'} dropped after handling`)
      reply.raw.destroy()
      // Never settle: Fastify would otherwise go on to write the answer, which inject() still delivers.
      return new Promise<never>(() => {})
    }
    const error = faultError(spec.status ?? 503, spec.retryAfterSeconds)
    faultedRequests.add(request)
    void reply.code(error.statusCode).headers(error.headers ?? {}).header('content-type', 'application/json; charset=utf-8')
    return JSON.stringify(error.body)
  })

  return { reset: () => seen.clear() }
}
