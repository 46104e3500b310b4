import type { FastifyInstance } from 'fastify'
import type { PlatformLoginBody, SmsLoginBody, SmsSendBody } from '../../src/api/contract'
import { endpoints } from '../../src/api/contract/endpoints'
import { exchangeCode, platformLabel } from '../auth/platform-codes'
import { issueSession, revokeToken } from '../auth/sessions'
import { sendSmsCode, verifySmsCode } from '../auth/sms'
import { toUserDto, userForIdentity } from '../auth/users'
import type { MockContext } from '../context'
import { endpointRoute } from '../http/endpoint-route'
import { maskPhone } from '../log'
import { requireAuth } from '../plugins/auth'

/** Sign-in (platform code, SMS), sign-out and the current user. */
export function registerAuthRoutes(app: FastifyInstance, ctx: MockContext) {
  const { store } = ctx
  const authed = requireAuth(ctx)

  app.post<{ Body: PlatformLoginBody }>(
    endpoints.platformLogin.path,
    endpointRoute(endpoints.platformLogin),
    async (request) => {
      const { platform, code } = request.body
      try {
        const identity = exchangeCode(ctx, platform, code)
        const user = userForIdentity(ctx, identity, (id) => ({
          platform,
          displayName: `${platformLabel(platform)}${id.slice(-4).toUpperCase()}`,
          phone: null,
          realNameVerified: false,
        }))
        return issueSession(ctx, user)
      } finally {
        store.save()
      }
    },
  )

  app.post<{ Body: SmsSendBody }>(
    endpoints.smsSend.path,
    endpointRoute(endpoints.smsSend),
    async (request) => {
      const result = sendSmsCode(ctx, request.body.phone)
      store.save()
      return result
    },
  )

  app.post<{ Body: SmsLoginBody }>(
    endpoints.smsLogin.path,
    endpointRoute(endpoints.smsLogin),
    async (request) => {
      const { phone, code } = request.body
      try {
        verifySmsCode(ctx, phone, code)
        const user = userForIdentity(ctx, `phone:${phone}`, () => ({
          platform: 'h5',
          displayName: `用户${maskPhone(phone).slice(-4)}`,
          phone,
          realNameVerified: false,
        }))
        return issueSession(ctx, user)
      } finally {
        // A wrong guess changes state too (attempts left).
        store.save()
      }
    },
  )

  app.post(endpoints.logout.path, endpointRoute(endpoints.logout, authed), async (request, reply) => {
    revokeToken(ctx, request.auth!.token)
    store.save()
    return reply.code(204).send()
  })

  app.get(endpoints.me.path, endpointRoute(endpoints.me, authed), async (request) =>
    toUserDto(request.auth!.user),
  )
}
