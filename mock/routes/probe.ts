import type { FastifyInstance } from 'fastify'
import type { ProbeGuideBody, ProbeNoticeBody } from '../../src/api/contract'
import { probeDevEndpoints as e } from '../../src/api/contract/endpoints-probe'
import { catalogIndex } from '../catalog/query'
import { noticeDetail } from '../community/notices'
import type { MockContext } from '../context'
import { endpointRoute } from '../http/endpoint-route'
import { httpError, messages } from '../http/errors'
import { setGuideProbe, setNoticeProbe } from '../probe'

/** POST /mock/probe/guide and /mock/probe/notice: hostile text for the injection tests (mock/probe.ts). */
export function registerProbeRoutes(app: FastifyInstance, ctx: MockContext) {
  app.post<{ Body: ProbeGuideBody }>(e.probeGuide.path, endpointRoute(e.probeGuide), async (request, reply) => {
    if (!catalogIndex().catalog.byId.has(request.body.id)) throw httpError(404, 'ITEM_NOT_FOUND', messages.itemNotFound)
    setGuideProbe(ctx, request.body)
    return reply.code(204).send()
  })

  app.post<{ Body: ProbeNoticeBody }>(e.probeNotice.path, endpointRoute(e.probeNotice), async (request, reply) => {
    noticeDetail(request.body.id) // 404 NOTICE_NOT_FOUND for an unknown notice
    setNoticeProbe(ctx, request.body)
    return reply.code(204).send()
  })
}
