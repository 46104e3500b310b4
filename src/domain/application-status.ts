import type { ApplicationFilter, ApplicationStatus, ReviewAction } from '../api/contract'

/**
 * 办件状态 and its legal moves, shared by the mock's back office (which enforces them) and the client (labels,
 * filters, what the user may still do). National codes as the big vendors use them (see docs/integration.md):
 * 1 已接件, 3 已受理, 5 不予受理, 6 补正, 8 办理中, 9 特别程序, 11–13 办结, 14 撤回, 15 撤销.
 */
export const STATUS_CODE: Record<ApplicationStatus, number> = {
  submitted: 1,
  accepted: 3,
  'not-accepted': 5,
  supplementing: 6,
  processing: 8,
  special: 9,
  approved: 11,
  'approved-conditional': 12,
  denied: 13,
  withdrawn: 14,
  revoked: 15,
}

export const STATUS_LABEL: Record<ApplicationStatus, string> = {
  submitted: '已接件',
  accepted: '已受理',
  'not-accepted': '不予受理',
  supplementing: '待补正',
  processing: '办理中',
  special: '特别程序',
  approved: '办结（通过）',
  'approved-conditional': '办结（容缺通过）',
  denied: '办结（不通过）',
  withdrawn: '已撤回',
  revoked: '已撤销',
}

/** Where each status may go next. 补正 returns to 已受理 once the applicant supplements. */
export const TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  submitted: ['accepted', 'not-accepted', 'supplementing', 'withdrawn'],
  accepted: ['processing', 'supplementing', 'withdrawn'],
  supplementing: ['accepted', 'not-accepted', 'withdrawn'],
  processing: ['special', 'supplementing', 'approved', 'approved-conditional', 'denied', 'withdrawn'],
  special: ['processing'],
  'not-accepted': [],
  approved: ['revoked'],
  'approved-conditional': ['revoked'],
  denied: [],
  withdrawn: [],
  revoked: [],
}

export const canTransition = (from: ApplicationStatus, to: ApplicationStatus) => TRANSITIONS[from].includes(to)

/** Statuses with a decision: nothing more happens except, for an approval, a later 撤销 */
const ENDED: readonly ApplicationStatus[] = ['not-accepted', 'approved', 'approved-conditional', 'denied', 'withdrawn', 'revoked']
export const isEnded = (s: ApplicationStatus) => ENDED.includes(s)

/** 撤回 is possible until a decision is made (and not during a 特别程序, which a department runs). */
export const canWithdraw = (s: ApplicationStatus) => canTransition(s, 'withdrawn')

/** 好差评 once the application has ended (not for one the applicant withdrew). */
export const canBeRated = (s: ApplicationStatus) => isEnded(s) && s !== 'withdrawn'

/** Which tab of 我的办件 a status belongs to. */
export function filterOf(s: ApplicationStatus): Exclude<ApplicationFilter, 'all'> {
  if (s === 'supplementing') return 'supplementing'
  if (s === 'withdrawn') return 'withdrawn'
  return isEnded(s) ? 'done' : 'in-progress'
}

export const FILTER_LABEL: Record<ApplicationFilter, string> = {
  all: '全部',
  'in-progress': '办理中',
  supplementing: '待补正',
  done: '已办结',
  withdrawn: '已撤回',
}

/** The status a back-office action moves to (the reviewer's 受理, 补正, 办结 …). */
export const REVIEW_TARGET: Record<ReviewAction, ApplicationStatus> = {
  accept: 'accepted',
  'not-accept': 'not-accepted',
  'request-supplement': 'supplementing',
  process: 'processing',
  'special-start': 'special',
  'special-end': 'processing',
  approve: 'approved',
  'approve-conditional': 'approved-conditional',
  deny: 'denied',
  revoke: 'revoked',
}

/** A status's tone for its badge (the word is always shown too). */
export function statusTone(s: ApplicationStatus): 'success' | 'warning' | 'info' | 'accent' {
  if (s === 'approved' || s === 'approved-conditional') return 'success'
  if (s === 'supplementing' || s === 'not-accepted' || s === 'denied' || s === 'revoked') return 'warning'
  if (s === 'withdrawn') return 'info'
  return 'accent'
}
