import type { FastifyInstance } from 'fastify'
import type { FaceConfirmBody, FaceLoginStartBody, PhoneBindBody, RealNameStartBody, StepUpStartBody } from '../../src/api/contract'
import { identityEndpoints } from '../../src/api/contract/endpoints-identity'
import { toUserDto } from '../auth/users'
import type { MockContext } from '../context'
import { endpointRoute } from '../http/endpoint-route'
import { httpError } from '../http/errors'
import { boundAccount } from '../identity/binding'
import { registerEnterpriseRoutes } from '../identity/enterprise-routes'
import { confirmFace, identityNotBound } from '../identity/face'
import { checkedPerson } from '../identity/person'
import { phoneFromPayload } from '../identity/phone'
import { registerFaceProviderRoutes } from '../identity/provider-routes'
import { issueFaceTicket, liveTicket } from '../identity/tickets'
import { requireAuth } from '../plugins/auth'

/**
 * 实名认证, 刷脸 (bind, step-up, login), phone binding, enterprises: src/api/contract/endpoints-identity.ts.
 * The mock plays the platform and the face providers; see mock/README.md "Identity".
 */
export function registerIdentityRoutes(app: FastifyInstance, ctx: MockContext) {
  const authed = requireAuth(ctx)
  const { realNameStart, stepUpStart, faceConfirm, faceLoginStart, faceLoginConfirm, phoneBind } = identityEndpoints
  const saved = <T>(value: T) => (ctx.store.save(), value)

  app.post<{ Body: RealNameStartBody }>(realNameStart.path, endpointRoute(realNameStart, authed), async (request) => {
    const { name, idNumber, platform, returnPath } = request.body
    const person = checkedPerson(ctx, name, idNumber)
    return saved(issueFaceTicket(ctx, { purpose: 'bind', platform, userId: request.auth!.user.id, person, returnPath }))
  })

  app.post<{ Body: StepUpStartBody }>(stepUpStart.path, endpointRoute(stepUpStart, authed), async (request) => {
    const { user } = request.auth!
    if (!user.realName) throw httpError(403, 'REAL_NAME_REQUIRED', '请先完成实名认证')
    const person = { name: user.realName.name, idNumber: user.realName.idNumber }
    const { platform, returnPath } = request.body
    return saved(issueFaceTicket(ctx, { purpose: 'step-up', platform, userId: user.id, person, returnPath }))
  })

  app.post<{ Body: FaceConfirmBody }>(faceConfirm.path, endpointRoute(faceConfirm, authed), async (request) => {
    const caller = request.auth!.user.id
    const ticket = liveTicket(ctx, request.body.ticketId, (t) => t.purpose !== 'login' && t.userId === caller)
    return saved(confirmFace(ctx, ticket))
  })

  app.post<{ Body: FaceLoginStartBody }>(faceLoginStart.path, endpointRoute(faceLoginStart), async (request) => {
    const { name, idNumber, platform, returnPath } = request.body
    const person = checkedPerson(ctx, name, idNumber)
    const account = boundAccount(ctx, person)
    if (!account) throw identityNotBound()
    return saved(issueFaceTicket(ctx, { purpose: 'login', platform, userId: account.id, person, returnPath }))
  })

  app.post<{ Body: FaceConfirmBody }>(faceLoginConfirm.path, endpointRoute(faceLoginConfirm), async (request) => {
    const ticket = liveTicket(ctx, request.body.ticketId, (t) => t.purpose === 'login')
    try {
      return confirmFace(ctx, ticket)
    } finally {
      // A pass whose identity was given up meanwhile still used the ticket.
      ctx.store.save()
    }
  })

  app.post<{ Body: PhoneBindBody }>(phoneBind.path, endpointRoute(phoneBind, authed), async (request) => {
    const { user } = request.auth!
    user.phone = phoneFromPayload(request.body)
    ctx.log(`phone bound via ${request.body.platform}`)
    return saved(toUserDto(user))
  })

  registerEnterpriseRoutes(app, ctx)
  registerFaceProviderRoutes(app, ctx)
}
