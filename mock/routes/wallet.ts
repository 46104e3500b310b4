import type { FastifyInstance } from 'fastify'
import type { LicenceDetailQuery, LicenceUsageListDto, ShowLicenceBody, VerificationListDto, VerifyTokenBody } from '../../src/api/contract'
import { walletDevEndpoints, walletEndpoints as e } from '../../src/api/contract/endpoints-wallet'
import type { MockContext } from '../context'
import { revokeLicence } from '../handling/licences'
import { endpointRoute } from '../http/endpoint-route'
import { httpError } from '../http/errors'
import { requireAuth } from '../plugins/auth'
import { licenceDetail, showLicence } from '../wallet/holder'
import { usageOf } from '../wallet/usage'
import { verificationsBy, verifyToken } from '../wallet/verifications'

type IdRoute<Body = undefined, Query = undefined> = { Params: { id: string }; Body: Body; Querystring: Query }

/**
 * 电子证照 wallet (detail, 亮证, 用证记录), verification by window staff, and the dev endpoint that revokes a
 * licence: src/api/contract/endpoints-wallet.ts. The appointment endpoints of the same table live elsewhere.
 */
export function registerWalletRoutes(app: FastifyInstance, ctx: MockContext) {
  const authed = requireAuth(ctx)
  const saving = <T>(act: () => T): T => {
    try {
      return act()
    } finally {
      ctx.store.save()
    }
  }

  app.get<IdRoute<undefined, LicenceDetailQuery>>(e.licence.path, endpointRoute(e.licence, authed), async (request) =>
    licenceDetail(ctx, request.auth!.user, request.params.id, request.query.reveal === true),
  )

  app.post<IdRoute<ShowLicenceBody>>(e.showLicence.path, endpointRoute(e.showLicence, authed), async (request) =>
    showLicence(ctx, request.auth!.user, request.params.id, request.body.purpose),
  )

  app.get<IdRoute>(e.licenceUsage.path, endpointRoute(e.licenceUsage, authed), async (request): Promise<LicenceUsageListDto> => ({
    records: usageOf(ctx, request.auth!.user, request.params.id),
  }))

  app.post<{ Body: VerifyTokenBody }>(e.verifyLicence.path, endpointRoute(e.verifyLicence, authed), async (request) =>
    saving(() => verifyToken(ctx, request.auth!.user, request.body.token, request.body.purpose)),
  )

  app.get(e.verifications.path, endpointRoute(e.verifications, authed), async (request): Promise<VerificationListDto> => ({
    verifications: verificationsBy(ctx, request.auth!.user),
  }))

  const dev = walletDevEndpoints
  app.post<IdRoute>(dev.revokeLicence.path, endpointRoute(dev.revokeLicence), async (request, reply) => {
    if (!saving(() => revokeLicence(ctx, request.params.id))) throw httpError(404, 'LICENCE_NOT_FOUND', '未找到该电子证照')
    return reply.code(204).send()
  })
}
