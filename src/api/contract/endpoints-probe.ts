import { ProbeGuideBody, ProbeNoticeBody } from './dev-probe'
import { NoContent, errors, type EndpointSpec } from './endpoint-spec'
import { probeMockPaths } from './paths-probe'

/** The mock's content probes: hostile text in a guide or a notice, for the injection tests. Never on a real platform. */
export const probeDevEndpoints = {
  probeGuide: {
    method: 'POST',
    path: probeMockPaths.probeGuide,
    summary: '（开发）改写一条办事指南的文字，用于注入测试',
    description: 'Only the fields sent change (name, conditions, visitReason, faq), for this mock instance until /mock/reset.',
    tag: 'mock',
    auth: false,
    idempotent: false,
    body: ProbeGuideBody,
    // 400 for a malformed body, 413 past the body limit (dev endpoints get no common errors).
    responses: { 204: NoContent, ...errors(400, 404, 413) },
    errorCodes: ['ITEM_NOT_FOUND'],
  },
  probeNotice: {
    method: 'POST',
    path: probeMockPaths.probeNotice,
    summary: '（开发）改写一条通知公告的文字，用于注入测试',
    description: 'Only the fields sent change (title, department, docNumber, body), for this mock instance until /mock/reset.',
    tag: 'mock',
    auth: false,
    idempotent: false,
    body: ProbeNoticeBody,
    responses: { 204: NoContent, ...errors(400, 404, 413) },
    errorCodes: ['NOTICE_NOT_FOUND'],
  },
} satisfies Record<string, EndpointSpec>
