import { Type } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import { PlatformLoginBody, SessionDto, SmsLoginBody, SmsSendBody, SmsSendResult, UserDto, paths } from '../../src/api/contract'
import { exchangeCode, platformLabel } from '../auth/platform-codes'
import { issueSession, revokeToken } from '../auth/sessions'
import { sendSmsCode, verifySmsCode } from '../auth/sms'
import { toUserDto, userForIdentity } from '../auth/users'
import type { MockContext } from '../context'
import { errorResponses } from '../http/errors'
import { maskPhone } from '../log'
import { requireAuth } from '../plugins/auth'

/** Sign-in (platform code, SMS), sign-out and the current user. */
export function registerAuthRoutes(app: FastifyInstance, ctx: MockContext) {
  const { store } = ctx
  const authed = requireAuth(ctx)

  app.post<{ Body: PlatformLoginBody }>(
    paths.platformLogin,
    { config: { idempotent: true }, schema: { body: PlatformLoginBody, response: { 200: SessionDto, ...errorResponses } } },
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
    paths.smsSend,
    { config: { idempotent: true }, schema: { body: SmsSendBody, response: { 200: SmsSendResult, ...errorResponses } } },
    async (request) => {
      const result = sendSmsCode(ctx, request.body.phone)
      store.save()
      return result
    },
  )

  app.post<{ Body: SmsLoginBody }>(
    paths.smsLogin,
    { config: { idempotent: true }, schema: { body: SmsLoginBody, response: { 200: SessionDto, ...errorResponses } } },
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

  app.post(paths.logout, { preHandler: authed, schema: { response: { 204: Type.Null({ description: 'No content' }), ...errorResponses } } }, async (request, reply) => {
    revokeToken(ctx, request.auth!.token)
    store.save()
    return reply.code(204).send()
  })

  app.get(paths.me, { preHandler: authed, schema: { response: { 200: UserDto, ...errorResponses } } }, async (request) =>
    toUserDto(request.auth!.user),
  )
}
