import { randomBytes } from 'node:crypto'
import { MINUTE } from '../clock'
import type { MockContext } from '../context'
import { settleOnPayment } from '../handling/convenience'
import { httpError } from '../http/errors'
import { closeIfExpired } from './orders'
import { beijingStamp } from './payloads'
import { notificationSignString, providerKeys, rsaSign, rsaVerify } from './signing'
import { paymentsOf, type OrderRecord } from './state'
import { own } from '../store'

/** What the provider tells our notify_url (WeChat Pay v3: out_trade_no, trade_state, amount.total, transaction_id). */
export interface PayNotification {
  orderId: string
  outcome: 'success' | 'fail'
  amountFen: number
  transactionId: string | null
  /** ISO 8601 */
  at: string
}

/** As it arrives over HTTP: the body and the provider's signature headers (Wechatpay-Timestamp, -Nonce, -Signature). */
export interface SignedNotification {
  timestamp: string
  nonce: string
  body: string
  signature: string
}

/** WeChat Pay asks servers to reject notifications whose timestamp is more than 5 minutes off (replays). */
const MAX_SKEW = 5 * MINUTE

/**
 * The simulated provider: after the payer acts in the host (or the sandbox cashier), the platform POSTs this,
 * signed with its private key. The mock runs the provider and the merchant in one process; the signature is
 * still made and checked, so the merchant side below is the code a real server would keep.
 */
export function providerNotification(order: OrderRecord, outcome: PayNotification['outcome'], now: number): SignedNotification {
  const notification: PayNotification = {
    orderId: order.id,
    outcome,
    amountFen: order.amountFen,
    transactionId: outcome === 'success' ? `42000${beijingStamp(now)}${randomBytes(5).toString('hex')}` : null,
    at: new Date(now).toISOString(),
  }
  const body = JSON.stringify(notification)
  const timestamp = String(Math.floor(now / 1000))
  const nonce = randomBytes(16).toString('hex')
  return { timestamp, nonce, body, signature: rsaSign('sha256', notificationSignString(timestamp, nonce, body), providerKeys().privateKey) }
}

/** The merchant's first step: nothing in the body counts until the provider's signature over it verifies. */
export function verifyNotification(signed: SignedNotification, now: number): PayNotification | null {
  const text = notificationSignString(signed.timestamp, signed.nonce, signed.body)
  if (!rsaVerify('sha256', text, signed.signature, providerKeys().publicKey)) return null
  if (Math.abs(now - Number(signed.timestamp) * 1000) > MAX_SKEW) return null
  return JSON.parse(signed.body) as PayNotification
}

/**
 * Our notify handler: verify, then apply. A success marks the order and its fee paid and closes any other
 * open order for the fee; a repeated success changes nothing (providers retry until they get a 2xx). A
 * failure leaves the order open so the user may try again, but cannot undo a payment.
 */
export function receiveNotification(ctx: MockContext, signed: SignedNotification): 'paid' | 'unchanged' {
  const now = ctx.clock.now()
  const notification = verifyNotification(signed, now)
  if (!notification) throw httpError(400, 'SIGNATURE_INVALID', '支付通知签名校验失败')
  const state = paymentsOf(ctx)
  const order = own(state.orders, notification.orderId)
  if (!order) throw httpError(404, 'ORDER_NOT_FOUND', '订单不存在')
  closeIfExpired(order, now)
  // The amount paid must be the amount ordered: a real server raises an alarm here instead of crediting.
  if (notification.amountFen !== order.amountFen) throw httpError(400, 'AMOUNT_MISMATCH', '支付金额与订单金额不符')

  if (notification.outcome === 'fail') {
    if (order.status === 'paid') throw httpError(409, 'ALREADY_PAID', '该订单已支付，不能标记为失败')
    return 'unchanged'
  }
  if (order.status === 'paid') return 'unchanged'
  if (order.status === 'closed') throw httpError(409, 'ORDER_CLOSED', '订单已关闭，请重新发起支付')
  const fee = state.fees[order.feeId]
  if (fee.paidAt !== null) {
    order.status = 'closed'
    throw httpError(409, 'ALREADY_PAID', '该费用已缴纳，无需重复支付')
  }
  const paidAt = Date.parse(notification.at)
  order.status = 'paid'
  order.paidAt = paidAt
  order.transactionId = notification.transactionId
  fee.paidAt = paidAt
  for (const other of Object.values(state.orders)) {
    if (other.feeId === fee.id && other.status === 'created') other.status = 'closed'
  }
  // A paid utility bill (生活缴费) is settled at once: its application ends 办结 with the 缴费凭证.
  settleOnPayment(ctx, fee)
  return 'paid'
}
