import { Type, type Static, type TLiteral } from '@sinclair/typebox'
import { UploadDto } from './handling'

/**
 * Talking to the government (政民互动): 咨询 (a question about an item or in general, answered by the item's
 * department), 投诉 (a complaint about an item, a hall or a member of staff) and 业务找茬 (a problem with the app
 * or a guide, reported from the page it was seen on). All three are tracked the same way:
 * 已收到 → 处理中 → 已答复 → 已办结, with the department's reply in 消息 and a satisfaction rating (满意度评价) that
 * closes it. FAQ suggestions (常见问题) are matched while a question is typed, before anything is sent.
 */

const Literals = <T extends string>(values: readonly T[], description?: string) =>
  Type.Union(values.map((v) => Type.Literal(v)) as TLiteral<T>[], description ? { description } : {})

/** 咨询 / 投诉 / 业务找茬 */
export const FEEDBACK_KINDS = ['consult', 'complaint', 'report'] as const
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number]

/** 已收到 → 处理中 → 已答复 → 已办结 */
export const FEEDBACK_STATUSES = ['received', 'handling', 'answered', 'closed'] as const
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]

/** 投诉类别: 服务态度, 办事效率, 多要材料, 违规收费, 推诿扯皮, 系统故障, 其他 */
export const COMPLAINT_CATEGORIES = ['attitude', 'efficiency', 'extra-materials', 'fees', 'shirking', 'system', 'other'] as const
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number]

/** 找茬类别: 指南信息有误, 页面显示异常, 无法办理, 操作不便, 其他 */
export const REPORT_CATEGORIES = ['guide-wrong', 'display', 'cannot-apply', 'hard-to-use', 'other'] as const
export type ReportCategory = (typeof REPORT_CATEGORIES)[number]

/** 咨询类别: 办理条件, 申请材料, 办理流程, 收费, 其他 */
export const CONSULT_CATEGORIES = ['conditions', 'materials', 'process', 'fees', 'other'] as const
export type ConsultCategory = (typeof CONSULT_CATEGORIES)[number]

/** 回复方式: 电话回访, 站内消息, 无需回访 (the reply is always in 我的咨询/我的投诉 too) */
export const CONTACT_PREFERENCES = ['phone', 'message', 'none'] as const
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number]

export const FEEDBACK_LIMITS = {
  /** Characters of the description */
  content: { min: 5, max: 500 },
  /** Attachments (images or PDF, through the upload endpoint) */
  attachments: 4,
  ratingComment: 200,
} as const

/** Where a 找茬 was reported from: the page's route and parameters and what it showed. */
export const FeedbackPageDto = Type.Object(
  {
    /** The page path, e.g. /packages/catalog/pages/guide/index */
    route: Type.String({ minLength: 1, maxLength: 120, pattern: '^/[a-z0-9/_-]+$' }),
    /** Its query parameters (id=…) */
    params: Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 120 }), { maxProperties: 8 }),
    /** The page's title as the user saw it (办事指南, 我的办件, …) */
    title: Type.String({ minLength: 1, maxLength: 40 }),
  },
  { $id: 'FeedbackPageDto', additionalProperties: false },
)
export type FeedbackPageDto = Static<typeof FeedbackPageDto>

const Ref = Type.Object({ id: Type.String(), name: Type.String() }, { additionalProperties: false })

/** One step of the timeline. */
export const FeedbackEventDto = Type.Object(
  {
    status: Literals(FEEDBACK_STATUSES),
    /** Epoch ms */
    at: Type.Integer(),
    /** What happened, in Chinese (已转交黄浦区民政局办理) */
    note: Type.String(),
  },
  { $id: 'FeedbackEventDto', additionalProperties: false },
)
export type FeedbackEventDto = Static<typeof FeedbackEventDto>

/** The department's reply (plain text; the client renders it as text, never as markup). */
export const FeedbackReplyDto = Type.Object(
  { department: Type.String(), content: Type.String(), at: Type.Integer() },
  { $id: 'FeedbackReplyDto', additionalProperties: false },
)
export type FeedbackReplyDto = Static<typeof FeedbackReplyDto>

export const FeedbackRatingDto = Type.Object(
  {
    /** 1 非常不满意 … 5 非常满意 */
    score: Type.Integer({ minimum: 1, maximum: 5 }),
    comment: Type.String(),
    at: Type.Integer(),
  },
  { $id: 'FeedbackRatingDto', additionalProperties: false },
)
export type FeedbackRatingDto = Static<typeof FeedbackRatingDto>

/** A row of 我的咨询 / 我的投诉 / 我的找茬. */
export const FeedbackSummaryDto = Type.Object(
  {
    id: Type.String(),
    kind: Literals(FEEDBACK_KINDS),
    status: Literals(FEEDBACK_STATUSES),
    /** 受理编号 shown to the user (ZX / TS / ZC + date + sequence) */
    number: Type.String(),
    /** The first line of the content, ≤ 40 characters */
    title: Type.String(),
    item: Type.Union([Ref, Type.Null()]),
    /** The department it was sent to */
    department: Type.String(),
    createdAt: Type.Integer(),
    updatedAt: Type.Integer(),
    /** Answered and not yet rated */
    awaitingRating: Type.Boolean(),
  },
  { $id: 'FeedbackSummaryDto', additionalProperties: false },
)
export type FeedbackSummaryDto = Static<typeof FeedbackSummaryDto>

export const FeedbackDto = Type.Object(
  {
    ...FeedbackSummaryDto.properties,
    /** A value of CONSULT_CATEGORIES / COMPLAINT_CATEGORIES / REPORT_CATEGORIES by kind */
    category: Type.String(),
    content: Type.String(),
    /** 投诉: the hall concerned (one of the item's 办理地点) */
    hall: Type.Union([Type.Object({ name: Type.String(), address: Type.String() }, { additionalProperties: false }), Type.Null()]),
    /** 找茬: the page it was reported from */
    page: Type.Union([FeedbackPageDto, Type.Null()]),
    attachments: Type.Array(UploadDto),
    contact: Literals(CONTACT_PREFERENCES),
    /** The phone for 电话回访, masked (138****8000) */
    phoneMasked: Type.Union([Type.String(), Type.Null()]),
    timeline: Type.Array(FeedbackEventDto),
    replies: Type.Array(FeedbackReplyDto),
    rating: Type.Union([FeedbackRatingDto, Type.Null()]),
  },
  { $id: 'FeedbackDto', additionalProperties: false },
)
export type FeedbackDto = Static<typeof FeedbackDto>

export const FeedbackListDto = Type.Object({ items: Type.Array(FeedbackSummaryDto) }, { $id: 'FeedbackListDto', additionalProperties: false })
export type FeedbackListDto = Static<typeof FeedbackListDto>

export const FeedbackListQuery = Type.Object({ kind: Type.Optional(Literals(FEEDBACK_KINDS)) }, { additionalProperties: false })
export type FeedbackListQuery = Static<typeof FeedbackListQuery>

/** 提交咨询 / 投诉 / 找茬. One record per submissionKey: a double tap or a retry never files twice. */
export const FeedbackBody = Type.Object(
  {
    kind: Literals(FEEDBACK_KINDS),
    category: Type.String({ minLength: 1, maxLength: 20 }),
    content: Type.String({ minLength: FEEDBACK_LIMITS.content.min, maxLength: FEEDBACK_LIMITS.content.max }),
    /** The item concerned (咨询 from a guide, 投诉 about an item, 找茬 on a guide) */
    itemId: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    /** 投诉: the hall concerned, by name: one of the item's 办理地点 (ItemDetailDto.locations[].name) */
    hallName: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    /** 找茬: the page it came from (required for kind report) */
    page: Type.Optional(FeedbackPageDto),
    /** Upload ids (images or PDF; a 找茬 screenshot) */
    attachments: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: FEEDBACK_LIMITS.attachments }),
    contact: Literals(CONTACT_PREFERENCES),
    /** The region the user is in (行政区划代码), which decides the department for a general question */
    region: Type.String({ pattern: '^[0-9]{6}([0-9]{3})?$' }),
    submissionKey: Type.String({ minLength: 8, maxLength: 64 }),
  },
  { $id: 'FeedbackBody', additionalProperties: false },
)
export type FeedbackBody = Static<typeof FeedbackBody>

export const FeedbackRateBody = Type.Object(
  {
    score: Type.Integer({ minimum: 1, maximum: 5 }),
    comment: Type.String({ maxLength: FEEDBACK_LIMITS.ratingComment }),
  },
  { $id: 'FeedbackRateBody', additionalProperties: false },
)
export type FeedbackRateBody = Static<typeof FeedbackRateBody>

/** 常见问题 suggested while a question is typed. */
export const FaqSuggestionDto = Type.Object(
  {
    question: Type.String(),
    /** Rich text (the catalog's subset; sanitised by the client) */
    answer: Type.String(),
    /** The item whose FAQ it is */
    item: Ref,
    /** Relevance, higher first (0 < score ≤ 1) */
    score: Type.Number(),
  },
  { $id: 'FaqSuggestionDto', additionalProperties: false },
)
export type FaqSuggestionDto = Static<typeof FaqSuggestionDto>

export const FaqSuggestionListDto = Type.Object({ suggestions: Type.Array(FaqSuggestionDto) }, { $id: 'FaqSuggestionListDto', additionalProperties: false })
export type FaqSuggestionListDto = Static<typeof FaqSuggestionListDto>

export const FaqSuggestQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 100 }),
    region: Type.String({ pattern: '^[0-9]{6}([0-9]{3})?$' }),
    /** Only this item's FAQ */
    item: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })),
  },
  { additionalProperties: false },
)
export type FaqSuggestQuery = Static<typeof FaqSuggestQuery>

/** The mock's back office (tests and dev): move a record on as the department would. */
export const FEEDBACK_ACTIONS = ['handle', 'answer', 'close'] as const
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number]

export const FeedbackActionBody = Type.Object(
  {
    action: Literals(FEEDBACK_ACTIONS),
    /** The reply for `answer` (a scripted one when absent) */
    reply: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
  },
  { $id: 'FeedbackActionBody', additionalProperties: false },
)
export type FeedbackActionBody = Static<typeof FeedbackActionBody>
