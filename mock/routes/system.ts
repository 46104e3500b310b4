import type { FastifyInstance } from 'fastify'
import { CONTRACT_VERSION, type AppConfigDto, type HealthDto } from '../../src/api/contract'
import { endpoints } from '../../src/api/contract/endpoints'
import type { MockContext } from '../context'
import { DEFAULT_REGION_CODE, regions } from '../fixtures/regions'
import { modes } from '../fixtures/modes'
import { platformInfo } from '../fixtures/platform'
import { endpointRoute } from '../http/endpoint-route'
import { renderReferencePage } from '../contract/reference-page'

const appConfig: AppConfigDto = {
  contractVersion: CONTRACT_VERSION,
  platformName: platformInfo.platformName,
  defaultRegionCode: DEFAULT_REGION_CODE,
  regions,
  modes,
  hotline: platformInfo.hotline,
  faceFreshMinutes: platformInfo.faceFreshMinutes,
}

/** GET health and GET config: what the app asks before anything else; the contract itself, for integrators. */
export function registerSystemRoutes(app: FastifyInstance, ctx: MockContext, openApi: object) {
  const startedAt = ctx.clock.now()
  const referencePage = renderReferencePage(openApi)

  app.get(endpoints.openapi.path, endpointRoute(endpoints.openapi), async () => openApi)
  app.get(endpoints.docs.path, endpointRoute(endpoints.docs), async (_request, reply) => reply.type('text/html; charset=utf-8').send(referencePage))

  app.get(endpoints.health.path, endpointRoute(endpoints.health), async (): Promise<HealthDto> => ({
    status: 'ok',
    contractVersion: CONTRACT_VERSION,
    uptimeSeconds: Math.max(0, Math.round((ctx.clock.now() - startedAt) / 1000)),
  }))

  app.get(endpoints.config.path, endpointRoute(endpoints.config), async () => appConfig)
}
