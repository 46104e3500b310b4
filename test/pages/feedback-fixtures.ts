/**
 * 咨询 / 投诉 / 找茬 data for page tests: builders with overrides, each call a fresh object.
 *
 *   feedback({ status: 'answered', awaitingRating: true, replies: [reply()] })
 */
import type { FeedbackDto, FeedbackReplyDto, FeedbackSummaryDto } from '../../src/api/contract'

export const ITEM = '310101-000125006000-0001'
/** Monday 2026-11-30, 08:00 in Beijing */
export const T0 = Date.UTC(2026, 10, 30, 0, 0)
const HOUR = 3_600_000

export const reply = (o: Partial<FeedbackReplyDto> = {}): FeedbackReplyDto => ({
  department: '黄浦区民政局',
  content: '您好，双方中至少一方为本市户籍即可在本市办理。',
  at: T0 + 5 * HOUR,
  ...o,
})

export function feedback(o: Partial<FeedbackDto> = {}): FeedbackDto {
  return {
    id: 'fb-1',
    kind: 'consult',
    status: 'received',
    number: 'ZX20261130000001',
    title: '户口不在上海可以办理结婚登记吗',
    item: { id: ITEM, name: '内地居民结婚登记' },
    department: '黄浦区民政局',
    createdAt: T0,
    updatedAt: T0,
    awaitingRating: false,
    category: 'conditions',
    content: '户口不在上海可以办理结婚登记吗？我的户口在江苏。',
    hall: null,
    page: null,
    attachments: [],
    contact: 'message',
    phoneMasked: null,
    timeline: [{ status: 'received', at: T0, note: '已收到您的咨询' }],
    replies: [],
    rating: null,
    ...o,
  }
}

/** A record the department has answered and the user has not rated */
export const answered = (o: Partial<FeedbackDto> = {}): FeedbackDto =>
  feedback({
    status: 'answered',
    awaitingRating: true,
    updatedAt: T0 + 5 * HOUR,
    timeline: [
      { status: 'received', at: T0, note: '已收到您的咨询' },
      { status: 'handling', at: T0 + HOUR, note: '已转交黄浦区民政局办理' },
      { status: 'answered', at: T0 + 5 * HOUR, note: '黄浦区民政局已答复' },
    ],
    replies: [reply()],
    ...o,
  })

export const summaryOf = (f: FeedbackDto): FeedbackSummaryDto => {
  const { id, kind, status, number, title, item, department, createdAt, updatedAt, awaitingRating } = f
  return { id, kind, status, number, title, item, department, createdAt, updatedAt, awaitingRating }
}
