import type { ReviewAction } from '../../src/api/contract'
import { isEnded } from '../../src/domain/application-status'
import { formatFen } from '../../src/domain/assurance'
import { sendDueReminders } from '../appointments/reminders'
import { hash } from '../catalog/hash'
import { catalogIndex } from '../catalog/query'
import type { MockContext } from '../context'
import { feedbackStep } from '../feedback/progress'
import { unpaidFee } from '../payment/application-fees'
import { stageWaitingFor } from '../scenario/progress'
import { allApplications, recordEvent, type ApplicationRecord } from './applications'
import { review } from './review'

/**
 * The scripted reviewer behind `npm run mock` (env MOCK_REVIEW_MS): every tick moves each application that has
 * not ended one step, along a script fixed per item by the hash of its 基本编码, so a developer sees every kind
 * of outcome and the same item always behaves the same way:
 *
 *   most items         已接件 → 已受理 → 办理中 → 办结（通过）
 *   every 4th item     asks for 补正 once after 受理, waits for the applicant, then goes on
 *   every 7th item     办结（不通过） with a reason
 *
 * An unpaid fee holds the application: a 即办 (before-review) fee before 受理, an after-acceptance fee before
 * 办理; the hold is noted once on the timeline (and in 消息). A 补正 not made by its deadline ends as 不予受理.
 * A part of a 一件事 case is not accepted before every earlier-stage part is approved (it simply waits).
 * Not started by buildServer: tests drive POST /mock/applications/:id/review, or call `backOfficeStep`.
 */

/** What the script does with one item. */
export interface ReviewScript {
  /** Ask for 补正 once, after 受理 */
  supplement: boolean
  /** Deny instead of approving */
  deny: boolean
}

/** The reason a scripted denial gives. */
export const SCRIPTED_DENIAL = '经审查，申请材料不符合法定条件'
const OVERDUE_SUPPLEMENT = '逾期未补正'

/** The script of an item by its 基本编码 (every 4th: 补正, every 7th: 不通过). */
export function reviewScript(baseCode: string): ReviewScript {
  const h = hash(baseCode)
  return { supplement: h % 4 === 0, deny: h % 7 === 0 }
}

const scriptOf = (a: ApplicationRecord): ReviewScript => {
  const item = catalogIndex().catalog.byId.get(a.itemId)
  return item ? reviewScript(item.baseCode) : { supplement: false, deny: false }
}

/** True while an unpaid fee holds the application; the first time for a fee, the hold is noted. */
function heldForFee(ctx: MockContext, a: ApplicationRecord): boolean {
  const fee = unpaidFee(ctx, a.feeIds)
  if (!fee) return false
  if (a.holdNotedFor === fee.id) return true
  a.holdNotedFor = fee.id
  recordEvent(ctx, a, a.status, {
    by: a.department,
    note: `待缴纳「${fee.title}」，缴费后继续办理`,
    message: `您申请的「${a.itemName}」需缴纳「${fee.title}」${formatFen(fee.amountFen)}，缴费后继续办理`,
  })
  return true
}

/** The next action of the script for this application, or null when it waits (for the applicant, or a fee). */
function nextAction(ctx: MockContext, a: ApplicationRecord): { action: ReviewAction; note?: string } | null {
  const script = scriptOf(a)
  switch (a.status) {
    case 'submitted':
      // A later-stage part of a 一件事 case waits, unnoted, until the earlier stages are approved.
      if (stageWaitingFor(ctx, a).length > 0) return null
      return heldForFee(ctx, a) ? null : { action: 'accept' }
    case 'accepted':
      if (script.supplement && !a.timeline.some((e) => e.status === 'supplementing')) return { action: 'request-supplement' }
      return heldForFee(ctx, a) ? null : { action: 'process' }
    case 'supplementing':
      return a.supplement && ctx.clock.now() > a.supplement.dueAt ? { action: 'not-accept', note: OVERDUE_SUPPLEMENT } : null
    case 'processing':
      return script.deny ? { action: 'deny', note: SCRIPTED_DENIAL } : { action: 'approve' }
    case 'special':
      return { action: 'special-end' }
    default:
      return null
  }
}

/**
 * One tick of the scripted reviewer over every application that has not ended. Returns how many changed (a
 * noted fee hold counts); the caller saves the store when any did.
 */
export function backOfficeStep(ctx: MockContext): number {
  let changed = 0
  for (const a of allApplications(ctx)) {
    if (isEnded(a.status)) continue
    const before = a.timeline.length
    try {
      const next = nextAction(ctx, a)
      if (next) review(ctx, a.id, next)
    } catch (error) {
      // One application the script cannot move must not hold up the others.
      ctx.log(`back office: ${a.id} not moved (${(error as Error).message})`)
    }
    if (a.timeline.length !== before) changed++
  }
  return changed
}

/**
 * Runs {@link backOfficeStep} every `intervalMs` (0 or less: never), sends the 预约提醒 that are due
 * (appointments/reminders.ts), moves each open 咨询 / 投诉 / 找茬 one step (feedback/progress.ts
 * `feedbackStep`: 受理, then a scripted 答复; unrated answers close after 7 days), and saves the store after a
 * tick that changed something. Returns the function that stops it. A failing tick is logged and the next one
 * tries again.
 */
export function startBackOffice(ctx: MockContext, options: { intervalMs: number }): () => void {
  if (!(options.intervalMs > 0)) return () => {}
  const timer = setInterval(() => {
    try {
      const changed = backOfficeStep(ctx) + sendDueReminders(ctx) + feedbackStep(ctx)
      if (changed > 0) ctx.store.save()
    } catch (error) {
      ctx.log(`back office: ${(error as Error).message}`)
    }
  }, options.intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
