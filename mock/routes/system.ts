import type { FastifyInstance } from 'fastify'
import { AppConfigDto, CONTRACT_VERSION, HealthDto, paths } from '../../src/api/contract'
import type { MockContext } from '../context'
import { DEFAULT_REGION_CODE, regions } from '../fixtures/regions'
import { modes } from '../fixtures/modes'
import { platformInfo } from '../fixtures/platform'
import { errorResponses } from '../http/errors'

const appConfig: AppConfigDto = {
  contractVersion: CONTRACT_VERSION,
  platformName: platformInfo.platformName,
  defaultRegionCode: DEFAULT_REGION_CODE,
  regions,
  modes,
  hotline: platformInfo.hotline,
}

/** GET health and GET config: what the app asks before anything else. */
export function registerSystemRoutes(app: FastifyInstance, ctx: MockContext) {
  const startedAt = ctx.clock.now()

  app.get(paths.health, { schema: { response: { 200: HealthDto, ...errorResponses } } }, async (): Promise<HealthDto> => ({
    status: 'ok',
    contractVersion: CONTRACT_VERSION,
    uptimeSeconds: Math.max(0, Math.round((ctx.clock.now() - startedAt) / 1000)),
  }))

  app.get(paths.config, { schema: { response: { 200: AppConfigDto, ...errorResponses } } }, async () => appConfig)
}
