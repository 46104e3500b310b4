import type { FastifyInstance } from 'fastify'
import type { AgentGrantBody, EnterpriseBindBody, EnterpriseIdParams } from '../../src/api/contract'
import { identityEndpoints } from '../../src/api/contract/endpoints-identity'
import type { MockContext } from '../context'
import { endpointRoute } from '../http/endpoint-route'
import { requireAuth } from '../plugins/auth'
import { bindEnterprise, grantAgent, listEnterprises } from './enterprises'

/** 法人: the caller's enterprises, binding one as 法定代表人, authorising a 经办人. */
export function registerEnterpriseRoutes(app: FastifyInstance, ctx: MockContext) {
  const authed = requireAuth(ctx)
  const { enterprises, enterpriseBind, enterpriseAgentGrant } = identityEndpoints

  app.get(enterprises.path, endpointRoute(enterprises, authed), async (request) => ({
    enterprises: listEnterprises(ctx, request.auth!.user),
  }))

  app.post<{ Body: EnterpriseBindBody }>(enterpriseBind.path, endpointRoute(enterpriseBind, authed), async (request) => {
    const enterprise = bindEnterprise(ctx, request.auth!.user, request.body.creditCode)
    ctx.store.save()
    return enterprise
  })

  app.post<{ Params: EnterpriseIdParams; Body: AgentGrantBody }>(
    enterpriseAgentGrant.path,
    endpointRoute(enterpriseAgentGrant, authed),
    async (request, reply) => {
      grantAgent(ctx, request.auth!.user, request.params.id, request.body)
      ctx.store.save()
      return reply.code(204).send()
    },
  )
}
