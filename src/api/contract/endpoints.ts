import { Type } from '@sinclair/typebox'
import { PlatformLoginBody, SessionDto, SmsLoginBody, SmsSendBody, SmsSendResult, UserDto } from './auth'
import { ErrorBody, HealthDto } from './common'
import { AppConfigDto } from './config'
import { DevExpireSessionsBody, DevExpireSessionsResult, DevIssueCodeBody, DevIssueCodeResult, MockStatsDto, OutboxDto, OutboxQuery } from './dev'
import { AUTH_ERRORS, IDEMPOTENCY_ERRORS, NoContent, errors, type EndpointSpec } from './endpoint-spec'
import { catalogEndpoints } from './endpoints-catalog'
import { handlingDevEndpoints, handlingEndpoints } from './endpoints-handling'
import { identityDevEndpoints, identityEndpoints } from './endpoints-identity'
import { paymentDevEndpoints, paymentEndpoints } from './endpoints-payment'
import { scenarioEndpoints } from './endpoints-scenario'
import { walletDevEndpoints, walletEndpoints } from './endpoints-wallet'
import { feedbackDevEndpoints, feedbackEndpoints } from './endpoints-feedback'
import { probeDevEndpoints } from './endpoints-probe'
import { mockPaths, paths } from './paths'

export * from './endpoint-spec'

export const endpoints = {
  openapi: {
    method: 'GET',
    path: paths.openapi,
    summary: '接口约定（OpenAPI 3.1）',
    description: 'This document. Integrators and tools read it; Tongban clients do not need it at run time.',
    tag: 'system',
    auth: false,
    idempotent: false,
    responses: { 200: Type.Object({ openapi: Type.Literal('3.1.0') }, { additionalProperties: true, description: 'The OpenAPI document' }) },
  },
  docs: {
    method: 'GET',
    path: paths.docs,
    summary: '接口参考页面（HTML）',
    tag: 'system',
    auth: false,
    idempotent: false,
    html: true,
    responses: { 200: NoContent },
  },
  health: {
    method: 'GET',
    path: paths.health,
    summary: '健康检查',
    description: 'Liveness and the contract version the server implements.',
    tag: 'system',
    auth: false,
    idempotent: false,
    responses: { 200: HealthDto },
  },
  config: {
    method: 'GET',
    path: paths.config,
    summary: '应用配置：地区、个人/法人两种模式的首页与分类',
    description: 'Regions (行政区划) and what 首页 and 办事 show in each mode. Clients cache it for offline start.',
    tag: 'system',
    auth: false,
    idempotent: false,
    responses: { 200: AppConfigDto },
  },
  platformLogin: {
    method: 'POST',
    path: paths.platformLogin,
    summary: '小程序登录：用平台登录凭证换取会话',
    description:
      'weapp: the code of WeChat’s login API → code2Session; alipay: the authCode of Alipay’s getAuthCode → ' +
      'alipay.system.oauth.token; swan: the code of Baidu’s getLoginCode → jscode2sessionkey. Codes are single use and ' +
      'expire after 5 minutes.',
    tag: 'auth',
    auth: false,
    idempotent: true,
    body: PlatformLoginBody,
    responses: { 200: SessionDto, ...errors(...IDEMPOTENCY_ERRORS) },
    errorCodes: ['CODE_USED', 'CODE_EXPIRED', 'CODE_INVALID'],
  },
  smsSend: {
    method: 'POST',
    path: paths.smsSend,
    summary: '发送短信验证码（H5 登录）',
    description: '6 digits, valid 5 minutes; 60 s cooldown and 10 per phone per day.',
    tag: 'auth',
    auth: false,
    idempotent: true,
    body: SmsSendBody,
    responses: { 200: SmsSendResult, ...errors(...IDEMPOTENCY_ERRORS) },
    errorCodes: ['SMS_TOO_FREQUENT', 'SMS_DAILY_LIMIT'],
  },
  smsLogin: {
    method: 'POST',
    path: paths.smsLogin,
    summary: '短信验证码登录（H5）',
    description: 'Five wrong guesses invalidate the code.',
    tag: 'auth',
    auth: false,
    idempotent: true,
    body: SmsLoginBody,
    responses: { 200: SessionDto, ...errors(...IDEMPOTENCY_ERRORS) },
    errorCodes: ['SMS_CODE_WRONG', 'SMS_CODE_EXPIRED', 'SMS_CODE_INVALID'],
  },
  logout: {
    method: 'POST',
    path: paths.logout,
    summary: '退出登录',
    tag: 'auth',
    auth: true,
    idempotent: false,
    responses: { 204: NoContent, ...errors(...AUTH_ERRORS) },
    errorCodes: ['UNAUTHORIZED'],
  },
  me: {
    method: 'GET',
    path: paths.me,
    summary: '当前用户',
    tag: 'auth',
    auth: true,
    idempotent: false,
    responses: { 200: UserDto, ...errors(...AUTH_ERRORS) },
    errorCodes: ['UNAUTHORIZED'],
  },
} satisfies Record<string, EndpointSpec>

/** The mock's development endpoints: documented so tests are checked too, never implemented by a platform. */
export const devEndpoints = {
  issueCode: {
    method: 'POST',
    path: mockPaths.issueCode,
    summary: '（开发）模拟平台签发登录凭证',
    tag: 'mock',
    auth: false,
    idempotent: false,
    body: DevIssueCodeBody,
    responses: { 200: DevIssueCodeResult, 400: ErrorBody },
  },
  outbox: {
    method: 'GET',
    path: mockPaths.outbox,
    summary: '（开发）短信发件箱',
    description: 'JSON by default; an HTML page when the request accepts text/html.',
    tag: 'mock',
    html: true,
    auth: false,
    idempotent: false,
    query: OutboxQuery,
    responses: { 200: OutboxDto, 400: ErrorBody },
  },
  stats: {
    method: 'GET',
    path: mockPaths.stats,
    summary: '（开发）各接口收到的请求数',
    tag: 'mock',
    auth: false,
    idempotent: false,
    responses: { 200: MockStatsDto },
  },
  expireSessions: {
    method: 'POST',
    path: mockPaths.expireSessions,
    summary: '（开发）使会话立即过期',
    description: 'The sessions of the account with this phone, or every session without one; their tokens then answer 401.',
    tag: 'mock',
    auth: false,
    idempotent: false,
    body: DevExpireSessionsBody,
    responses: { 200: DevExpireSessionsResult, 400: ErrorBody },
  },
  reset: {
    method: 'POST',
    path: mockPaths.reset,
    summary: '（开发）恢复初始数据',
    tag: 'mock',
    auth: false,
    idempotent: false,
    responses: { 204: NoContent },
  },
} satisfies Record<string, EndpointSpec>

/** An endpoint with its name in the tables (the OpenAPI operationId). */
export type NamedEndpoint = EndpointSpec & { id: string }

export const allEndpoints: NamedEndpoint[] = [
  ...Object.entries(endpoints),
  ...Object.entries(identityEndpoints),
  ...Object.entries(paymentEndpoints),
  ...Object.entries(catalogEndpoints),
  ...Object.entries(handlingEndpoints),
  ...Object.entries(scenarioEndpoints),
  ...Object.entries(walletEndpoints),
  ...Object.entries(feedbackEndpoints),
  ...Object.entries(devEndpoints),
  ...Object.entries(identityDevEndpoints),
  ...Object.entries(paymentDevEndpoints),
  ...Object.entries(handlingDevEndpoints),
  ...Object.entries(walletDevEndpoints),
  ...Object.entries(feedbackDevEndpoints),
  ...Object.entries(probeDevEndpoints),
].map(([id, spec]) => ({ id, ...spec }))
