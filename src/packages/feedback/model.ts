import type { FeedbackKind, FeedbackStatus, FeedbackSummaryDto } from '../../api/contract'
import type { Badge, BadgeTone } from '../../domain/catalog'
import { FEEDBACK_STATUS_LABELS } from '../../domain/feedback'
import { routes } from '../../routes'

/** What 我的咨询投诉 and the detail page share: the tabs, the status in words, where to file a new one. */

/** The status as a word badge; the colour only supports the word */
const STATUS_TONE: Record<FeedbackStatus, BadgeTone> = { received: 'info', handling: 'accent', answered: 'success', closed: 'info' }

export const statusBadge = (status: FeedbackStatus): Badge => ({ text: FEEDBACK_STATUS_LABELS[status], tone: STATUS_TONE[status] })

/** 待评价 beside the status, when the reply has come and the user has not rated it */
export const summaryBadges = (f: Pick<FeedbackSummaryDto, 'status' | 'awaitingRating'>): Badge[] => [
  statusBadge(f.status),
  ...(f.awaitingRating ? [{ text: '待评价', tone: 'warning' as const }] : []),
]

export const KIND_ORDER: FeedbackKind[] = ['consult', 'complaint', 'report']

/** A tab's name and its empty state (with where to file one: a 找茬 starts from the page it is about) */
export const KIND_TAB: Record<FeedbackKind, { tab: string; title: string; empty: string; hint: string; action?: { text: string; url: string } }> = {
  consult: { tab: '咨询', title: '我的咨询', empty: '还没有咨询记录', hint: '对办事有疑问，可以在办事指南或这里提问，部门答复后会通知您', action: { text: '我要咨询', url: routes.consult } },
  complaint: { tab: '投诉', title: '我的投诉', empty: '还没有投诉记录', hint: '对办事服务不满意，可以在这里投诉，处理进度随时可查', action: { text: '我要投诉', url: routes.complain } },
  report: { tab: '找茬', title: '我的找茬', empty: '还没有找茬记录', hint: '发现页面或办事指南有问题，点页面底部的「页面有问题？业务找茬」即可反馈' },
}

export const isKind = (value: string): value is FeedbackKind => (KIND_ORDER as string[]).includes(value)
