import type { FeedbackAction, FeedbackKind, FeedbackRateBody } from '../../src/api/contract'
import { SATISFACTION_LABELS } from '../../src/domain/feedback'
import { DAY } from '../clock'
import type { MockContext } from '../context'
import { postMessage } from '../handling/messages'
import { httpError } from '../http/errors'
import { scriptedReply } from './replies'
import { addEvent, allRecords, feedbackById, feedbackOf, KIND_NOUN, recordsOf, type FeedbackRecord } from './state'

/**
 * How a 咨询 / 投诉 / 找茬 moves on: 已收到 → 处理中 → 已答复 → 已办结. The department's steps come from the back
 * office (POST /mock/feedback/:id/action in tests, `feedbackStep` on the dev timer); the user's 满意度评价 closes
 * an answered record, and one left unrated for {@link RATING_WINDOW_DAYS} days closes itself. `answer` from 已收到
 * records the 处理中 step first (a department may answer a simple question at once); anything else out of
 * order is 409 ILLEGAL_TRANSITION with the reason in Chinese.
 */

export const RATING_WINDOW_DAYS = 7
export const AUTO_CLOSE_NOTE = `超过 ${RATING_WINDOW_DAYS} 天未评价，自动办结`

/** 「您的咨询已答复」, 「您的投诉已答复」, 「您反馈的问题已答复」 */
const ANSWER_TITLE: Record<FeedbackKind, string> = { consult: '您的咨询已答复', complaint: '您的投诉已答复', report: '您反馈的问题已答复' }

const refuse = {
  step: (message: string) => httpError(409, 'ILLEGAL_TRANSITION', message),
  notAnswered: () => httpError(409, 'NOT_ANSWERED', '部门答复后才能评价，请耐心等待'),
  alreadyRated: () => httpError(409, 'ALREADY_RATED', '您已评价过，感谢您的反馈'),
  ratingClosed: () => httpError(409, 'RATING_CLOSED', `已办结，评价已关闭（答复后 ${RATING_WINDOW_DAYS} 天内可评价）`),
}

/** The first non-empty line of a reply, at most 60 characters: the 消息's body. */
function firstLine(text: string): string {
  const line = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? ''
  const chars = Array.from(line)
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : line
}

function handle(ctx: MockContext, r: FeedbackRecord) {
  addEvent(ctx, r, 'handling', `${r.department}正在处理`)
}

function answer(ctx: MockContext, r: FeedbackRecord, reply?: string) {
  const content = reply?.trim() || scriptedReply(r)
  r.replies.push({ department: r.department, content, at: ctx.clock.now() })
  addEvent(ctx, r, 'answered', `${r.department}已答复`)
  postMessage(ctx, r.userId, { title: ANSWER_TITLE[r.kind], body: firstLine(content), applicationId: null, feedbackId: r.id })
}

/** An answered record nobody rated within the window closes; true when it did. The caller saves. */
export function closeIfUnrated(ctx: MockContext, r: FeedbackRecord): boolean {
  if (r.status !== 'answered' || r.rating) return false
  const answeredAt = r.replies[r.replies.length - 1]?.at ?? r.updatedAt
  if (ctx.clock.now() - answeredAt < RATING_WINDOW_DAYS * DAY) return false
  addEvent(ctx, r, 'closed', AUTO_CLOSE_NOTE)
  return true
}

/** Closes the user's overdue records before they are read; returns how many changed. */
export const closeUnratedOf = (ctx: MockContext, userId: string): number => recordsOf(ctx, userId).filter((r) => closeIfUnrated(ctx, r)).length

/** One back-office action (the department). The caller saves the store. */
export function feedbackAction(ctx: MockContext, id: string, action: FeedbackAction, reply?: string): FeedbackRecord {
  const r = feedbackById(ctx, id)
  closeIfUnrated(ctx, r)
  const noun = KIND_NOUN[r.kind]
  switch (action) {
    case 'handle':
      if (r.status !== 'received') throw refuse.step(r.status === 'handling' ? `该${noun}已在处理中` : `该${noun}已${r.status === 'answered' ? '答复' : '办结'}，不能再受理`)
      handle(ctx, r)
      break
    case 'answer':
      if (r.status === 'answered' || r.status === 'closed') throw refuse.step(`该${noun}已${r.status === 'answered' ? '答复' : '办结'}，不能重复答复`)
      if (r.status === 'received') handle(ctx, r)
      answer(ctx, r, reply)
      break
    case 'close':
      if (r.status === 'closed') throw refuse.step(`该${noun}已办结`)
      if (r.status !== 'answered') throw refuse.step(`该${noun}尚未答复，不能办结`)
      addEvent(ctx, r, 'closed', '已办结')
      break
  }
  return r
}

/** 满意度评价: once, after the answer; it closes the record. The caller saves. */
export function rateFeedback(ctx: MockContext, userId: string, id: string, body: FeedbackRateBody): FeedbackRecord {
  const r = feedbackOf(ctx, userId, id)
  closeIfUnrated(ctx, r)
  if (r.rating) throw refuse.alreadyRated()
  if (r.status === 'closed') throw refuse.ratingClosed()
  if (r.status !== 'answered') throw refuse.notAnswered()
  r.rating = { score: body.score, comment: body.comment.trim(), at: ctx.clock.now() }
  addEvent(ctx, r, 'closed', `已办结（您的评价：${SATISFACTION_LABELS[body.score as 1 | 2 | 3 | 4 | 5]}）`)
  return r
}

/**
 * One tick of the scripted department over every open record: 已收到 → 处理中 → 已答复 (a scripted reply), one
 * step each; an answered record waits for its rating and closes itself after the window. Returns how many
 * changed; the caller saves the store when any did.
 */
export function feedbackStep(ctx: MockContext): number {
  let changed = 0
  for (const r of allRecords(ctx)) {
    try {
      if (r.status === 'received') handle(ctx, r)
      else if (r.status === 'handling') answer(ctx, r)
      else if (!closeIfUnrated(ctx, r)) continue
      changed++
    } catch (error) {
      // One record the script cannot move must not hold up the others.
      ctx.log(`feedback back office: ${r.id} not moved (${(error as Error).message})`)
    }
  }
  return changed
}
