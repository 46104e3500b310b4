import { randomBytes } from 'node:crypto'
import type { MockContext } from '../context'
import type { UserRecord } from '../store'
import { own } from '../store'
import { feesOf } from './orders'
import { paymentsOf, type FeeRecord } from './state'

/**
 * Fees of applications (办件): created by online handling when the form's fee falls due (at submission for
 * 即办 fees, at 受理 otherwise), listed with the user's other fees and paid through the same orders. The
 * application reads whether they are paid from here (`unpaidFee`), so a verified payment notification is all
 * it takes to clear 待缴费. A 一件事 case's combined fee (合并缴费, mock/scenario/progress.ts) is one such fee whose
 * id every fee-bearing part of the case carries. The caller saves the store.
 */
export function createApplicationFee(
  ctx: MockContext,
  user: UserRecord,
  fee: { applicationId: string; title: string; department: string; amountFen: number; basis: string },
): FeeRecord {
  const state = paymentsOf(ctx)
  // Seed the demo fees first, as listing would, so the user still finds them next to this one.
  feesOf(ctx, user)
  const id = `fee_${randomBytes(8).toString('hex')}`
  const record: FeeRecord = { id, userId: user.id, template: 'application', ...fee, paidAt: null, cancelledAt: null }
  state.fees[id] = record
  // Newest first: the fee of an application the user just made is the one they look for.
  state.feesByUser[user.id].unshift(id)
  return record
}

/** Any fee by id (paid, unpaid or cancelled), or null: 一件事 cases read their combined fee from here. */
export const findFee = (ctx: MockContext, feeId: string): FeeRecord | null => own(paymentsOf(ctx).fees, feeId) ?? null

/** The first of these fees still waiting to be paid (not paid, not cancelled), or null. */
export function unpaidFee(ctx: MockContext, feeIds: readonly string[]): FeeRecord | null {
  const { fees } = paymentsOf(ctx)
  for (const id of feeIds) {
    const fee = fees[id] as FeeRecord | undefined
    if (fee && fee.paidAt === null && !fee.cancelledAt) return fee
  }
  return null
}

/**
 * An unpaid fee whose application was withdrawn: it leaves the user's list and can no longer be ordered (404
 * FEE_NOT_FOUND); its open orders close. A paid fee stays as it is (refunds are not simulated).
 */
export function cancelFee(ctx: MockContext, feeId: string): void {
  const state = paymentsOf(ctx)
  const fee = own(state.fees, feeId)
  if (!fee || fee.paidAt !== null || fee.cancelledAt) return
  fee.cancelledAt = ctx.clock.now()
  const list = state.feesByUser[fee.userId] ?? []
  const at = list.indexOf(feeId)
  if (at >= 0) list.splice(at, 1)
  for (const order of Object.values(state.orders)) if (order.feeId === feeId && order.status === 'created') order.status = 'closed'
}
