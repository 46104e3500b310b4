import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { IDEMPOTENCY_HEADER, IDEMPOTENT_REPLAY_HEADER } from '../../src/api/contract'
import { DAY, SECOND, type Clock } from '../clock'
import { httpError } from '../http/errors'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route creates something: a repeated {@link IDEMPOTENCY_HEADER} replays the first answer. */
    idempotent?: boolean
  }
}

interface Entry {
  fingerprint: string
  expiresAt: number
  /** null while the first request is still being handled */
  answer: { status: number; contentType: string | null; body: string | null } | null
}

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/
const PENDING_TTL = 30 * SECOND
const ANSWER_TTL = DAY

/** Keys are scoped to the caller, so one caller can never receive another's replayed answer (and token). */
function callerOf(request: FastifyRequest): string {
  const auth = request.headers.authorization
  return auth ? `token:${createHash('sha256').update(auth).digest('base64url')}` : `ip:${request.ip}`
}

/**
 * Generic idempotency for routes with `config: { idempotent: true }`: the first request with a key runs,
 * its answer (status + body) is kept for a day, and a repeat from the same caller gets that answer again
 * with `idempotent-replayed: true` instead of acting twice. A 5xx, 409 or 429 is not kept: nothing happened,
 * so a retry with the same key may act. Must be installed before the fault hooks so it records the real
 * answer even when a fault then loses it.
 */
export function installIdempotency(app: FastifyInstance, clock: Clock) {
  const entries = new Map<string, Entry>()
  const owner = new WeakMap<FastifyRequest, string>()

  const prune = (now: number) => {
    for (const [scope, entry] of entries) if (entry.expiresAt <= now) entries.delete(scope)
  }

  app.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.config.idempotent) return
    const key = request.headers[IDEMPOTENCY_HEADER]
    if (key === undefined) return
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) throw httpError(400, 'BAD_IDEMPOTENCY_KEY', '请求标识格式不正确')
    const now = clock.now()
    prune(now)
    const scope = `${callerOf(request)} ${request.method} ${request.routeOptions.url} ${key}`
    const fingerprint = createHash('sha256').update(JSON.stringify(request.body ?? null)).digest('base64url')
    const entry = entries.get(scope)
    if (!entry) {
      entries.set(scope, { fingerprint, expiresAt: now + PENDING_TTL, answer: null })
      owner.set(request, scope)
      return
    }
    if (entry.fingerprint !== fingerprint) throw httpError(422, 'IDEMPOTENCY_KEY_REUSED', '请求内容已变化，请刷新后重试')
    if (!entry.answer) throw httpError(409, 'REQUEST_IN_PROGRESS', '请求正在处理中，请稍候')
    const { status, contentType, body } = entry.answer
    void reply.code(status).header(IDEMPOTENT_REPLAY_HEADER, 'true')
    if (contentType) void reply.header('content-type', contentType)
    return reply.send(body ?? undefined)
  })

  app.addHook('onSend', async (request, reply, payload) => {
    const scope = owner.get(request)
    const entry = scope && entries.get(scope)
    if (!scope || !entry) return payload
    owner.delete(request)
    const status = reply.statusCode
    if (status >= 500 || status === 409 || status === 429 || (payload !== null && payload !== undefined && typeof payload !== 'string')) {
      entries.delete(scope)
      return payload
    }
    const contentType = reply.getHeader('content-type')
    entry.answer = { status, contentType: typeof contentType === 'string' ? contentType : null, body: (payload as string | null) ?? null }
    entry.expiresAt = clock.now() + ANSWER_TTL
    return payload
  })

  // The request ended before an answer was recorded (client gone): let a retry act.
  app.addHook('onResponse', async (request) => {
    const scope = owner.get(request)
    if (scope) entries.delete(scope)
  })

  return { reset: () => entries.clear() }
}
