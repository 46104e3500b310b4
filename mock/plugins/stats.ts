import type { FastifyInstance } from 'fastify'
import { isDevRequest, routeOf } from '../http/route-of'

/**
 * Counts the requests each API route received, before any fault is applied, so a test can assert how often
 * a client really called (e.g. "a POST without an idempotency key was sent exactly once").
 */
export function installStats(app: FastifyInstance) {
  const counts = new Map<string, number>()
  app.addHook('onRequest', async (request) => {
    if (isDevRequest(request) || request.method === 'OPTIONS') return
    const key = `${request.method} ${routeOf(request)}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  })
  return {
    snapshot: (): Record<string, number> => Object.fromEntries(counts),
    reset: () => counts.clear(),
  }
}
