import type { FastifyInstance } from 'fastify'
import type { MockContext } from '../context'

/** Fees, orders, the sandbox cashier and the simulated notification: src/api/contract/endpoints-payment.ts. */
export function registerPaymentRoutes(_app: FastifyInstance, _ctx: MockContext) {}
