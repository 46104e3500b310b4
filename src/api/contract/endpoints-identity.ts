import { Type } from '@sinclair/typebox'
import { UserDto } from './auth'
import { ErrorBody } from './common'
import { AUTH_ERRORS, IDEMPOTENCY_ERRORS, errors, type EndpointSpec } from './endpoint-spec'
import {
  AgentGrantBody,
  EnterpriseBindBody,
  EnterpriseDto,
  EnterpriseIdParams,
  EnterpriseListDto,
  FaceConfirmBody,
  FaceLoginStartBody,
  FaceResultDto,
  FaceTicketDto,
  PhoneBindBody,
  RealNameStartBody,
  StepUpStartBody,
} from './identity'
import { identityMockPaths, identityPaths } from './paths-identity'

/** 403 = not allowed for this user (not the legal representative, 实名 missing); 404 = unknown ticket/enterprise. */
const FACE_CODES = ['TICKET_UNKNOWN', 'TICKET_FORBIDDEN', 'TICKET_USED', 'TICKET_EXPIRED', 'FACE_ATTEMPTS_EXCEEDED', 'ID_NUMBER_INVALID', 'REAL_NAME_REQUIRED', 'IDENTITY_NOT_BOUND']

export const identityEndpoints = {
  realNameStart: {
    method: 'POST',
    path: identityPaths.realNameStart,
    summary: '实名认证：提交姓名与身份证号，取得刷脸凭证',
    description:
      'Checks the GB 11643 check digit, then issues a single-use ticket for the host face flow: weapp 人脸核身 2.0 ' +
      'getverifyid → verifyId; alipay alipay.user.certify.open.initialize + certify → certifyId + url; swan ' +
      'facePersonVerify parameters (Baidu app only); h5 a provider page URL. Attempt limits per identity and per hour (429). ' +
      'With an Idempotency-Key, a retry after a lost answer gets the same ticket and counts as one attempt.',
    tag: 'identity',
    auth: true,
    idempotent: true,
    body: RealNameStartBody,
    responses: { 200: FaceTicketDto, ...errors(...AUTH_ERRORS, 403) },
    errorCodes: FACE_CODES,
  },
  stepUpStart: {
    method: 'POST',
    path: identityPaths.stepUpStart,
    summary: '再次刷脸：敏感操作前确认是本人',
    tag: 'identity',
    auth: true,
    idempotent: true,
    body: StepUpStartBody,
    responses: { 200: FaceTicketDto, ...errors(...AUTH_ERRORS, 403) },
    errorCodes: FACE_CODES,
  },
  faceConfirm: {
    method: 'POST',
    path: identityPaths.faceConfirm,
    summary: '刷脸结果：由服务端向认证服务查询并确认',
    description:
      'The server asks the provider (queryverifyinfo: pass only when verify_ret is 10000; alipay.user.certify.open.query: passed T). ' +
      'A client-side success is never proof. `pending` means ask again shortly.',
    tag: 'identity',
    auth: true,
    idempotent: true,
    body: FaceConfirmBody,
    responses: { 200: FaceResultDto, ...errors(...AUTH_ERRORS, 403, 404) },
    errorCodes: FACE_CODES,
  },
  faceLoginStart: {
    method: 'POST',
    path: identityPaths.faceLoginStart,
    summary: '刷脸登录：已实名的身份一次刷脸即可登录',
    tag: 'auth',
    auth: false,
    idempotent: true,
    body: FaceLoginStartBody,
    responses: { 200: FaceTicketDto, ...errors(403) },
    errorCodes: FACE_CODES,
  },
  faceLoginConfirm: {
    method: 'POST',
    path: identityPaths.faceLoginConfirm,
    summary: '刷脸登录结果：通过时返回会话',
    tag: 'auth',
    auth: false,
    idempotent: true,
    body: FaceConfirmBody,
    responses: { 200: FaceResultDto, ...errors(403, 404) },
    errorCodes: FACE_CODES,
  },
  phoneBind: {
    method: 'POST',
    path: identityPaths.phoneBind,
    summary: '绑定手机号（平台手机号按钮）',
    description: 'weapp: code → phonenumber.getPhoneNumber; alipay: decrypt the response of Alipay’s getPhoneNumber; swan: decrypt encryptedData + iv with session_key.',
    tag: 'identity',
    auth: true,
    idempotent: false,
    body: PhoneBindBody,
    responses: { 200: UserDto, ...errors(...AUTH_ERRORS) },
    errorCodes: ['PHONE_PAYLOAD_INVALID'],
  },
  enterprises: {
    method: 'GET',
    path: identityPaths.enterprises,
    summary: '我绑定的企业',
    tag: 'enterprise',
    auth: true,
    idempotent: false,
    responses: { 200: EnterpriseListDto, ...errors(...AUTH_ERRORS) },
  },
  enterpriseBind: {
    method: 'POST',
    path: identityPaths.enterpriseBind,
    summary: '法定代表人绑定企业（统一社会信用代码）',
    description: 'Needs 实名认证; the verified identity must be the enterprise’s legal representative (403 otherwise).',
    tag: 'enterprise',
    auth: true,
    idempotent: true,
    body: EnterpriseBindBody,
    responses: { 200: EnterpriseDto, ...errors(...AUTH_ERRORS, 403, 404, ...IDEMPOTENCY_ERRORS) },
    errorCodes: ['CREDIT_CODE_INVALID', 'ENTERPRISE_NOT_FOUND', 'NOT_LEGAL_REP', 'REAL_NAME_REQUIRED'],
  },
  enterpriseAgentGrant: {
    method: 'POST',
    path: identityPaths.enterpriseAgents,
    summary: '法定代表人授权经办人',
    tag: 'enterprise',
    auth: true,
    idempotent: true,
    params: EnterpriseIdParams,
    body: AgentGrantBody,
    responses: { 204: null, ...errors(...AUTH_ERRORS, 403, 404, ...IDEMPOTENCY_ERRORS) },
    errorCodes: ['ID_NUMBER_INVALID', 'ENTERPRISE_NOT_FOUND', 'NOT_LEGAL_REP', 'REAL_NAME_REQUIRED'],
  },
} satisfies Record<string, EndpointSpec>

export const identityDevEndpoints = {
  faceProviderPage: {
    method: 'GET',
    path: identityMockPaths.faceProvider,
    summary: '（开发）模拟刷脸认证页面（H5）',
    tag: 'mock',
    auth: false,
    idempotent: false,
    html: true,
    query: Type.Object({ ticket: Type.String({ maxLength: 64 }) }, { additionalProperties: false }),
    responses: { 200: null, 400: ErrorBody, 404: ErrorBody },
  },
  faceProviderVerdict: {
    method: 'POST',
    path: identityMockPaths.faceProvider,
    summary: '（开发）模拟刷脸页面提交结果，并跳回应用',
    description: 'Form post (application/x-www-form-urlencoded or JSON) {ticket, outcome: pass|fail}; answers 303 to the return path.',
    tag: 'mock',
    auth: false,
    idempotent: false,
    body: Type.Object({ ticket: Type.String({ maxLength: 64 }), outcome: Type.Union([Type.Literal('pass'), Type.Literal('fail')]) }, { additionalProperties: false }),
    responses: { 303: null, 400: ErrorBody, 404: ErrorBody },
  },
  faceOutcome: {
    method: 'POST',
    path: identityMockPaths.faceOutcome,
    summary: '（开发）设定某个刷脸凭证的认证结果',
    tag: 'mock',
    auth: false,
    idempotent: false,
    body: Type.Object({ ticketId: Type.String({ maxLength: 64 }), outcome: Type.Union([Type.Literal('pass'), Type.Literal('fail')]) }, { additionalProperties: false }),
    responses: { 204: null, 400: ErrorBody, 404: ErrorBody },
  },
} satisfies Record<string, EndpointSpec>
