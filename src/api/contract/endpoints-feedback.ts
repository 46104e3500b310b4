import { AUTH_ERRORS, IDEMPOTENCY_ERRORS, errors, type EndpointSpec } from './endpoint-spec'
import { CommunityDto, CommunityQuery, NoticeDetailDto, NoticeListQuery, NoticePageDto } from './community'
import {
  FaqSuggestionListDto,
  FaqSuggestQuery,
  FeedbackActionBody,
  FeedbackBody,
  FeedbackDto,
  FeedbackListDto,
  FeedbackListQuery,
  FeedbackRateBody,
} from './feedback'
import { IdParams } from './handling'
import { feedbackMockPaths, feedbackPaths } from './paths-feedback'

/** 咨询 / 投诉 / 业务找茬 with 常见问题 suggestions, 通知公告 and 社区. */
export const feedbackEndpoints = {
  faqSuggestions: {
    method: 'GET',
    path: feedbackPaths.faqSuggestions,
    summary: '常见问题推荐（输入问题时匹配）',
    description:
      "Matches the question against the FAQ of the region's items (or one item's with `item`): characters and " +
      'bigrams of the question and each FAQ question and item name, synonyms of the catalog (aliases) included. ' +
      'Best first; nothing below a relevance floor.',
    tag: 'feedback',
    auth: false,
    idempotent: false,
    query: FaqSuggestQuery,
    responses: { 200: FaqSuggestionListDto, ...errors(404) },
    errorCodes: ['ITEM_NOT_FOUND', 'REGION_NOT_FOUND'],
  },
  submitFeedback: {
    method: 'POST',
    path: feedbackPaths.feedback,
    summary: '提交咨询 / 投诉 / 业务找茬',
    description:
      'One record per `submissionKey` (a retry answers the first record). Sent to the department of the item, ' +
      "else the region's 12345 hotline office (咨询, 投诉) or the platform operator (找茬). 400 with a Chinese reason " +
      'for an unknown category, a hall that is not one of the item’s 办理地点, a 找茬 without its page, or an attachment that is ' +
      "not the caller's upload.",
    tag: 'feedback',
    auth: true,
    idempotent: true,
    body: FeedbackBody,
    responses: { 200: FeedbackDto, ...errors(...AUTH_ERRORS, 404, ...IDEMPOTENCY_ERRORS) },
    errorCodes: ['CATEGORY_INVALID', 'ITEM_NOT_FOUND', 'REGION_NOT_FOUND', 'HALL_NOT_FOUND', 'PAGE_REQUIRED', 'UPLOAD_NOT_FOUND', 'PHONE_REQUIRED'],
  },
  listFeedback: {
    method: 'GET',
    path: feedbackPaths.feedback,
    summary: '我的咨询 / 我的投诉 / 我的找茬',
    tag: 'feedback',
    auth: true,
    idempotent: false,
    query: FeedbackListQuery,
    responses: { 200: FeedbackListDto, ...errors(...AUTH_ERRORS) },
  },
  feedback: {
    method: 'GET',
    path: feedbackPaths.feedbackOne,
    summary: '咨询 / 投诉 / 找茬详情（进度、答复、评价）',
    tag: 'feedback',
    auth: true,
    idempotent: false,
    params: IdParams,
    responses: { 200: FeedbackDto, ...errors(...AUTH_ERRORS, 404) },
    errorCodes: ['FEEDBACK_NOT_FOUND'],
  },
  rateFeedback: {
    method: 'POST',
    path: feedbackPaths.rateFeedback,
    summary: '满意度评价（答复后，评价即办结）',
    description:
      '409 NOT_ANSWERED before the reply, 409 ALREADY_RATED for a second rating, 409 RATING_CLOSED once it was closed ' +
      'without a rating (by the department, or 7 days after the reply).',
    tag: 'feedback',
    auth: true,
    idempotent: true,
    params: IdParams,
    body: FeedbackRateBody,
    responses: { 200: FeedbackDto, ...errors(...AUTH_ERRORS, 404, 409, ...IDEMPOTENCY_ERRORS) },
    errorCodes: ['FEEDBACK_NOT_FOUND', 'NOT_ANSWERED', 'ALREADY_RATED', 'RATING_CLOSED'],
  },
  notices: {
    method: 'GET',
    path: feedbackPaths.notices,
    summary: '通知公告（本地区及上级地区，最新在前）',
    tag: 'community',
    auth: false,
    idempotent: false,
    query: NoticeListQuery,
    responses: { 200: NoticePageDto },
  },
  notice: {
    method: 'GET',
    path: feedbackPaths.notice,
    summary: '通知公告详情',
    tag: 'community',
    auth: false,
    idempotent: false,
    params: IdParams,
    responses: { 200: NoticeDetailDto, ...errors(404) },
    errorCodes: ['NOTICE_NOT_FOUND'],
  },
  community: {
    method: 'GET',
    path: feedbackPaths.community,
    summary: '社区：街道社区事务受理服务中心、区行政服务中心、附近的中心与街道级事项',
    description:
      'For a street (9 digits) or a district (6 digits); a city or province answers 400 REGION_NOT_LOCAL. With ' +
      '`lat`/`lng` (only with the user’s permission) `nearby` is ordered by distance and carries `distanceM`.',
    tag: 'community',
    auth: false,
    idempotent: false,
    query: CommunityQuery,
    responses: { 200: CommunityDto, ...errors(404) },
    errorCodes: ['REGION_NOT_FOUND', 'REGION_NOT_LOCAL'],
  },
} satisfies Record<string, EndpointSpec>

/** The mock's back office for 咨询 / 投诉 / 找茬 (tests and dev). */
export const feedbackDevEndpoints = {
  feedbackAction: {
    method: 'POST',
    path: feedbackMockPaths.feedbackAction,
    summary: '（开发）部门处理咨询 / 投诉 / 找茬：受理、答复、办结',
    description: '`handle` 已收到 → 处理中; `answer` → 已答复 with the reply (and a 消息); `close` → 已办结. 409 for a step out of order.',
    tag: 'mock',
    auth: false,
    idempotent: false,
    params: IdParams,
    body: FeedbackActionBody,
    // 400 for a malformed body (dev endpoints get no common errors).
    responses: { 200: FeedbackDto, ...errors(400, 404, 409) },
    errorCodes: ['FEEDBACK_NOT_FOUND', 'ILLEGAL_TRANSITION'],
  },
} satisfies Record<string, EndpointSpec>
