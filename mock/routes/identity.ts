import type { FastifyInstance } from 'fastify'
import type { MockContext } from '../context'

/** 实名认证, 刷脸 (bind, step-up, login), phone binding, enterprises: src/api/contract/endpoints-identity.ts. */
export function registerIdentityRoutes(_app: FastifyInstance, _ctx: MockContext) {}
