import type { FastifyRequest } from 'fastify'
import { mockPaths } from '../../src/api/contract/paths'

/**
 * The route pattern (`/api/v1/items/:id`) rather than the URL, so ids and query strings never reach a log
 * line or a counter key. An unmatched URL falls back to its path without the query, cut short.
 */
export function routeOf(request: FastifyRequest): string {
  return request.routeOptions.url ?? request.url.split('?')[0].slice(0, 80)
}

const devPrefix = mockPaths.outbox.slice(0, mockPaths.outbox.indexOf('/', 1) + 1)

/** The mock's own development endpoints (/mock/...), exempt from faults, counters and contract checks. */
export const isDevRequest = (request: FastifyRequest) => request.url.startsWith(devPrefix)
