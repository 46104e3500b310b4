import type {
  FeedbackDto,
  FeedbackEventDto,
  FeedbackKind,
  FeedbackPageDto,
  FeedbackRatingDto,
  FeedbackReplyDto,
  FeedbackStatus,
  FeedbackSummaryDto,
  UploadDto,
} from '../../src/api/contract'
import { beijingDate } from '../../src/domain/working-days'
import type { MockContext } from '../context'
import { own } from '../store'
import { httpError } from '../http/errors'

/**
 * 咨询 / 投诉 / 找茬 records (store slice `feedback`), persisted and reset with the rest of the state. Other
 * users' records are "not found", never "forbidden", as for applications.
 */
export interface FeedbackRecord {
  id: string
  userId: string
  kind: FeedbackKind
  status: FeedbackStatus
  /** 受理编号: ZX / TS / ZC + Beijing date + 4-digit sequence of that day and kind */
  number: string
  title: string
  item: { id: string; name: string } | null
  /** The department it was sent to (办理部门) */
  department: string
  category: string
  content: string
  hall: { name: string; address: string } | null
  page: FeedbackPageDto | null
  attachments: UploadDto[]
  contact: 'phone' | 'message' | 'none'
  phoneMasked: string | null
  /** The region the user was in (行政区划代码) */
  region: string
  submissionKey: string
  timeline: FeedbackEventDto[]
  replies: FeedbackReplyDto[]
  rating: FeedbackRatingDto | null
  createdAt: number
  updatedAt: number
}

interface FeedbackState {
  byId: Record<string, FeedbackRecord>
  /** user id → record ids, oldest first */
  byUser: Record<string, string[]>
  /** `<user id> <submissionKey>` → record id: one record per submission */
  bySubmission: Record<string, string>
  /** `<prefix><YYYYMMDD>` → the last sequence handed out */
  numbers: Record<string, number>
}

export const feedbackStateOf = (ctx: MockContext): FeedbackState =>
  ctx.store.slice<FeedbackState>('feedback', () => ({ byId: {}, byUser: {}, bySubmission: {}, numbers: {} }))

/** 受理编号 prefixes: 咨询 ZX, 投诉 TS, 找茬 ZC */
export const NUMBER_PREFIX: Record<FeedbackKind, string> = { consult: 'ZX', complaint: 'TS', report: 'ZC' }

/** What the notes call each kind: 「已收到您的咨询」 */
export const KIND_NOUN: Record<FeedbackKind, string> = { consult: '咨询', complaint: '投诉', report: '问题反馈' }

export const NOT_FOUND_MESSAGE = '未找到该记录，可能已被删除或不属于当前账号'
export const notFound = () => httpError(404, 'FEEDBACK_NOT_FOUND', NOT_FOUND_MESSAGE)

/** ZX + 20260105 + 0001: per kind and Beijing day. */
export function nextNumber(ctx: MockContext, kind: FeedbackKind): string {
  const state = feedbackStateOf(ctx)
  const key = `${NUMBER_PREFIX[kind]}${beijingDate(ctx.clock.now()).replace(/-/g, '')}`
  const seq = (state.numbers[key] ?? 0) + 1
  state.numbers[key] = seq
  return `${key}${String(seq).padStart(4, '0')}`
}

/** Any user's record (the back office), or 404. */
export function feedbackById(ctx: MockContext, id: string): FeedbackRecord {
  const record = own(feedbackStateOf(ctx).byId, id)
  if (!record) throw notFound()
  return record
}

/** The caller's record; another user's is 404 like one that does not exist. */
export function feedbackOf(ctx: MockContext, userId: string, id: string): FeedbackRecord {
  const record = feedbackById(ctx, id)
  if (record.userId !== userId) throw notFound()
  return record
}

/** The user's records, newest first. */
export function recordsOf(ctx: MockContext, userId: string): FeedbackRecord[] {
  const state = feedbackStateOf(ctx)
  return (state.byUser[userId] ?? []).map((id) => state.byId[id]).reverse()
}

export const allRecords = (ctx: MockContext): FeedbackRecord[] => Object.values(feedbackStateOf(ctx).byId)

/** Appends a timeline step and moves the status. The caller saves the store. */
export function addEvent(ctx: MockContext, record: FeedbackRecord, status: FeedbackStatus, note: string): void {
  const now = ctx.clock.now()
  record.timeline.push({ status, at: now, note })
  record.status = status
  record.updatedAt = now
}

export function toFeedbackSummary(r: FeedbackRecord): FeedbackSummaryDto {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    number: r.number,
    title: r.title,
    item: r.item ? { ...r.item } : null,
    department: r.department,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    awaitingRating: r.status === 'answered' && r.rating === null,
  }
}

export function toFeedbackDto(r: FeedbackRecord): FeedbackDto {
  return {
    ...toFeedbackSummary(r),
    category: r.category,
    content: r.content,
    hall: r.hall ? { ...r.hall } : null,
    page: r.page ? { ...r.page, params: { ...r.page.params } } : null,
    attachments: r.attachments.map((a) => ({ ...a })),
    contact: r.contact,
    phoneMasked: r.phoneMasked,
    timeline: r.timeline.map((e) => ({ ...e })),
    replies: r.replies.map((e) => ({ ...e })),
    rating: r.rating ? { ...r.rating } : null,
  }
}
