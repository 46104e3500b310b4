import type { FastifyInstance } from 'fastify'
import { routeOf } from '../http/route-of'
import type { LogSink } from '../log'

/**
 * One line per request: method, route, status, duration. Deliberately nothing else: no body, no query
 * string, no headers (tokens), no client address. Example: `POST /api/v1/auth/sms/send 200 3ms`.
 */
export function installRequestLog(app: FastifyInstance, log: LogSink) {
  app.addHook('onResponse', async (request, reply) => {
    log(`${request.method} ${routeOf(request)} ${reply.statusCode} ${Math.round(reply.elapsedTime)}ms`)
  })
}
