import { platformInfo } from '../fixtures/platform'
import { randomBytes } from 'node:crypto'
import type { CreateOrderBody, FeeDto, OrderDto } from '../../src/api/contract'
import { MINUTE } from '../clock'
import type { MockContext } from '../context'
import { demoFees, type FeeTemplate } from '../fixtures/fees'
import { httpError } from '../http/errors'
import type { UserRecord } from '../store'
import { own } from '../store'
import { cashierPath, hostPayload, newOrderId, placeWithProvider } from './payloads'
import { paymentsOf, type FeeRecord, type OrderRecord } from './state'

/** Where the sandbox cashier returns when the client names no page: the pay result page. */
export const DEFAULT_RETURN_PATH = '/packages/pay/pages/result/index'
/** An unpaid order closes after this (WeChat's prepay_id is valid for 2 hours); asking again opens a new one. */
export const ORDER_TTL = 120 * MINUTE

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

export const toFeeDto = (fee: FeeRecord): FeeDto => ({
  id: fee.id,
  title: fee.title,
  department: fee.department,
  amountFen: fee.amountFen,
  basis: fee.basis,
  status: fee.paidAt === null ? 'unpaid' : 'paid',
  paidAt: iso(fee.paidAt),
  applicationId: fee.applicationId ?? null,
})

/** The order as the client sees it: the signed payload and the cashier only while it can still be paid. */
export const toOrderDto = (order: OrderRecord): OrderDto => {
  const open = order.status === 'created'
  return {
    id: order.id,
    feeId: order.feeId,
    title: order.title,
    amountFen: order.amountFen,
    platform: order.platform,
    status: order.status,
    paidAt: iso(order.paidAt),
    payload: open ? hostPayload(order) : null,
    sandboxUrl: open ? cashierPath(order.id) : null,
  }
}

const fromTemplate = ({ title, department, amountFen, basis }: FeeTemplate) => ({ title, department, amountFen, basis })

/** The caller's fees; the demo fees are created the first time a user lists them. */
export function feesOf(ctx: MockContext, user: UserRecord): FeeRecord[] {
  const state = paymentsOf(ctx)
  state.feesByUser[user.id] ??= demoFees.map((template) => {
    const id = `fee_${randomBytes(8).toString('hex')}`
    state.fees[id] = { id, userId: user.id, template: template.key, ...fromTemplate(template), paidAt: null, applicationId: null }
    return id
  })
  return state.feesByUser[user.id].map((id) => state.fees[id])
}

/** An unpaid order past its time closes, as the provider would close it. Returns true when it changed. */
export function closeIfExpired(order: OrderRecord, now: number): boolean {
  if (order.status !== 'created' || now - order.createdAt < ORDER_TTL) return false
  order.status = 'closed'
  return true
}

/** Any user's order by its number, as the provider and the sandbox cashier know it; 404 when unknown. */
export function orderById(ctx: MockContext, id: string): OrderRecord {
  const order = own(paymentsOf(ctx).orders, id)
  if (!order) throw httpError(404, 'ORDER_NOT_FOUND', '订单不存在')
  return order
}

/** The caller's order, or 404 (another user's order is "not found" too: no hint that it exists). */
export function orderOf(ctx: MockContext, user: UserRecord, id: string): OrderRecord {
  const order = orderById(ctx, id)
  if (order.userId !== user.id) throw httpError(404, 'ORDER_NOT_FOUND', '订单不存在')
  return order
}

/** The cashier's way back into the app: `<returnPath>?order=<id>`, plus `cancelled=1` when the payer gave up. */
export function returnHref(order: OrderRecord, cancelled = false): string {
  const joiner = order.returnPath.includes('?') ? '&' : '?'
  return `${order.returnPath}${joiner}order=${encodeURIComponent(order.id)}${cancelled ? '&cancelled=1' : ''}`
}

/**
 * Create the order for a fee on this platform, or return the open one: one open order per fee per platform,
 * so a double tap or a retry never opens a second order. A paid fee is refused.
 */
export function createOrder(ctx: MockContext, user: UserRecord, body: CreateOrderBody): OrderRecord {
  const state = paymentsOf(ctx)
  const now = ctx.clock.now()
  const fee = own(state.fees, body.feeId)
  if (!fee || fee.userId !== user.id || fee.cancelledAt) throw httpError(404, 'FEE_NOT_FOUND', '费用不存在或已撤销')
  if (fee.paidAt !== null) throw httpError(409, 'ALREADY_PAID', '该费用已缴纳，无需重复支付')
  // Paying is a sensitive action: the server, not only the client, wants 实名 and a recent face check.
  const freshFor = platformInfo.faceFreshMinutes * 60_000
  if (!user.realNameVerified || !user.faceVerifiedAt || now - user.faceVerifiedAt >= freshFor) {
    throw httpError(403, 'FACE_CHECK_REQUIRED', '为保障资金安全，支付前请先刷脸确认是本人')
  }
  const returnPath = body.returnPath ?? DEFAULT_RETURN_PATH
  const open = Object.values(state.orders).find(
    (o) => o.feeId === fee.id && o.platform === body.platform && !closeIfExpired(o, now) && o.status === 'created',
  )
  if (open) {
    open.returnPath = returnPath
    return open
  }
  const order: OrderRecord = {
    id: newOrderId(now),
    userId: user.id,
    feeId: fee.id,
    platform: body.platform,
    title: fee.title,
    amountFen: fee.amountFen,
    status: 'created',
    createdAt: now,
    paidAt: null,
    returnPath,
    refs: placeWithProvider(now),
    transactionId: null,
  }
  state.orders[order.id] = order
  return order
}
