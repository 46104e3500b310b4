import type {
  ComplaintCategory,
  ConsultCategory,
  ContactPreference,
  FeedbackEventDto,
  FeedbackKind,
  FeedbackStatus,
  ReportCategory,
} from '../api/contract/feedback'

/**
 * 咨询 / 投诉 / 业务找茬 in the user's words, and the rules of a feedback draft. The label tables list the
 * contract's values (its schema module stays out of the bundle; a Record fails the compile when the contract
 * gains a value), in the order the pages offer them. The mock reads these labels for its notes and messages.
 */

export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = {
  consult: '咨询',
  complaint: '投诉',
  report: '业务找茬',
}

/** 已收到 → 处理中 → 已答复 → 已办结 */
export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  received: '已收到',
  handling: '处理中',
  answered: '已答复',
  closed: '已办结',
}

export const FEEDBACK_STATUS_ORDER = Object.keys(FEEDBACK_STATUS_LABELS) as FeedbackStatus[]

/** 咨询类别 */
export const CONSULT_CATEGORY_LABELS: Record<ConsultCategory, string> = {
  conditions: '办理条件',
  materials: '申请材料',
  process: '办理流程',
  fees: '收费',
  other: '其他',
}

/** 投诉类别 */
export const COMPLAINT_CATEGORY_LABELS: Record<ComplaintCategory, string> = {
  attitude: '服务态度',
  efficiency: '办事效率',
  'extra-materials': '多要材料',
  fees: '违规收费',
  shirking: '推诿扯皮',
  system: '系统故障',
  other: '其他',
}

/** 找茬类别 */
export const REPORT_CATEGORY_LABELS: Record<ReportCategory, string> = {
  'guide-wrong': '指南信息有误',
  display: '页面显示异常',
  'cannot-apply': '无法办理',
  'hard-to-use': '操作不便',
  other: '其他',
}

/** Each kind's categories, by value */
export const CATEGORY_LABELS: Record<FeedbackKind, Record<string, string>> = {
  consult: CONSULT_CATEGORY_LABELS,
  complaint: COMPLAINT_CATEGORY_LABELS,
  report: REPORT_CATEGORY_LABELS,
}

/** 回复方式 */
export const CONTACT_LABELS: Record<ContactPreference, string> = {
  phone: '电话回访',
  message: '站内消息',
  none: '无需回访',
}

/** 满意度评价, 1 非常不满意 … 5 非常满意 */
export const SATISFACTION_LABELS: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: '非常不满意',
  2: '不满意',
  3: '基本满意',
  4: '满意',
  5: '非常满意',
}

export const SATISFACTION_SCORES = [1, 2, 3, 4, 5] as const

/** The contract's FEEDBACK_LIMITS, as plain numbers for the client (test/unit/domain/feedback.test.ts compares them). */
export const FEEDBACK_CONTENT_MIN = 5
export const FEEDBACK_CONTENT_MAX = 500
export const FEEDBACK_MAX_ATTACHMENTS = 4
export const RATING_COMMENT_MAX = 200

/** A category's words, or 其他 for a value this build does not know */
export const categoryLabel = (kind: FeedbackKind, category: string): string => CATEGORY_LABELS[kind][category] ?? '其他'

/** Characters as the user (and the server's length check) counts them: code points, so an emoji is one. */
export const contentLength = (text: string): number => Array.from(text.trim()).length

/** What a feedback form holds before it is sent */
export interface FeedbackDraftFields {
  category: string | null
  content: string
  contact: ContactPreference
  /** How many attachments (uploaded files) it carries */
  attachments: number
}

export type FeedbackField = 'category' | 'content' | 'contact' | 'attachments'
export type FeedbackErrors = Partial<Record<FeedbackField, string>>

const CATEGORY_NOUN: Record<FeedbackKind, string> = { consult: '咨询类别', complaint: '投诉类别', report: '问题类型' }
const CONTENT_NOUN: Record<FeedbackKind, string> = { consult: '您的问题', complaint: '投诉内容', report: '遇到的问题' }

/**
 * What keeps a draft from being sent, per field, in Chinese (empty when it may go). `phoneBound`: the account has
 * a phone for 电话回访; `maxAttachments`: the page's own limit (a 找茬 takes one screenshot).
 */
export function validateFeedbackDraft(
  kind: FeedbackKind,
  draft: FeedbackDraftFields,
  context: { phoneBound: boolean; maxAttachments?: number },
): FeedbackErrors {
  const errors: FeedbackErrors = {}
  if (!draft.category || !(draft.category in CATEGORY_LABELS[kind])) errors.category = `请选择${CATEGORY_NOUN[kind]}`
  const length = contentLength(draft.content)
  if (length === 0) errors.content = `请填写${CONTENT_NOUN[kind]}`
  else if (length < FEEDBACK_CONTENT_MIN) errors.content = `请至少填写 ${FEEDBACK_CONTENT_MIN} 个字，还差 ${FEEDBACK_CONTENT_MIN - length} 个字`
  else if (length > FEEDBACK_CONTENT_MAX) errors.content = `最多 ${FEEDBACK_CONTENT_MAX} 个字，已超出 ${length - FEEDBACK_CONTENT_MAX} 个字`
  if (draft.contact === 'phone' && !context.phoneBound) errors.contact = '您的账号未绑定手机号，无法电话回访，请选择站内消息'
  const max = Math.min(context.maxAttachments ?? FEEDBACK_MAX_ATTACHMENTS, FEEDBACK_MAX_ATTACHMENTS)
  if (draft.attachments > max) errors.attachments = `最多上传 ${max} 个附件`
  return errors
}

/** The first problem in the order the form shows its fields, for one notice above the button */
export function firstFeedbackError(errors: FeedbackErrors): string | null {
  const order: FeedbackField[] = ['category', 'content', 'attachments', 'contact']
  for (const field of order) if (errors[field]) return errors[field] ?? null
  return null
}

/** One step of the progress rail: its events, and whether it is behind, at or ahead of the record's status */
export interface FeedbackStep {
  status: FeedbackStatus
  label: string
  state: 'done' | 'current' | 'todo'
  /** When the step was reached (its first event), null while ahead */
  at: number | null
  events: FeedbackEventDto[]
}

/**
 * 已收到 → 处理中 → 已答复 → 已办结 for the detail page: every step, each with its events in time order. A step
 * the record skipped (answered straight from 已收到) counts as done without a time.
 */
export function feedbackSteps(status: FeedbackStatus, timeline: readonly FeedbackEventDto[]): FeedbackStep[] {
  const current = FEEDBACK_STATUS_ORDER.indexOf(status)
  const sorted = [...timeline].sort((a, b) => a.at - b.at)
  return FEEDBACK_STATUS_ORDER.map((s, i) => {
    const events = sorted.filter((e) => e.status === s)
    return {
      status: s,
      label: FEEDBACK_STATUS_LABELS[s],
      state: i < current ? 'done' : i === current ? 'current' : 'todo',
      at: i <= current ? events[0]?.at ?? null : null,
      events: i <= current ? events : [],
    }
  })
}

/** Where a 找茬 was reported from, as the submit body carries it */
export interface ReportedPage {
  route: string
  params: Record<string, string>
  title: string
}

/** FeedbackPageDto's limits: at most 8 parameters, names ≤ 40 and values ≤ 120 characters, a title ≤ 40. */
const PAGE_LIMITS = { params: 8, name: 40, value: 120, title: 40 } as const
const ROUTE_PATTERN = /^\/[a-z0-9/_-]+$/

const clip = (text: string, max: number) => Array.from(text).slice(0, max).join('')

function decodeOnce(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/**
 * A page path as FeedbackPageDto.route: a leading slash, no query or hash (H5 paths carry `?stamp=…`), lower
 * case. Null when what is left is not a page path.
 */
export function normaliseRoute(path: string): string | null {
  const bare = path.split(/[?#]/)[0].trim().toLowerCase()
  const route = bare.startsWith('/') ? bare : `/${bare}`
  return ROUTE_PATTERN.test(route) && route.length <= 120 ? route : null
}

/** Within FeedbackPageDto's limits, without the hosts' own parameters (`$taroTimestamp`, H5's `stamp`) or empty ones. */
function limitPageParams(params: Record<string, string | undefined>, decode: (value: string) => string): Record<string, string> {
  const clean: Record<string, string> = {}
  for (const [name, raw] of Object.entries(params)) {
    if (name.startsWith('$') || name === 'stamp' || raw === undefined || raw === '') continue
    if (Object.keys(clean).length >= PAGE_LIMITS.params) break
    clean[clip(name, PAGE_LIMITS.name)] = clip(decode(String(raw)), PAGE_LIMITS.value)
  }
  return clean
}

/**
 * A page's parameters as the report keeps them: values decoded once (mini-program hosts and Taro H5 hand them
 * over still encoded), the hosts' own and empty ones dropped, within the contract's limits.
 */
export const cleanPageParams = (params: Record<string, string | undefined>): Record<string, string> => limitPageParams(params, decodeOnce)

/** `id=1&q=%E7%BB%93` ⇄ { id: '1', q: '结' }: the page parameters travel to the report page as one value. */
export function pageParamsToQuery(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&')
}

export function pageParamsFromQuery(query: string): Record<string, string> {
  const params: Record<string, string> = {}
  for (const pair of query.split('&')) {
    if (!pair) continue
    const at = pair.indexOf('=')
    const name = decodeOnce(at < 0 ? pair : pair.slice(0, at))
    if (name) params[name] = decodeOnce(at < 0 ? '' : pair.slice(at + 1))
  }
  return limitPageParams(params, (v) => v)
}

/** A title within FeedbackPageDto's limit (通办 when the page has none) */
export const reportTitle = (title: string): string => clip(title.trim(), PAGE_LIMITS.title) || '通办'
