import type { ClientPlatform } from '../../src/api/contract'
import type { MockContext } from '../context'

/** A fee the user owes; `userId` decides who may see and pay it. */
export interface FeeRecord {
  id: string
  userId: string
  /** Which demo template it came from (mock/fixtures/fees.ts); `application` for an application's fee */
  template: string
  title: string
  department: string
  amountFen: number
  basis: string
  /** Epoch ms when a confirmed notification paid it, or null */
  paidAt: number | null
  /** The application (办件) that owes it; null or absent for the demo fees */
  applicationId?: string | null
  /** Epoch ms when its application was withdrawn unpaid: no longer listed and no longer payable */
  cancelledAt?: number | null
}

/** What the provider handed back when the order was placed; the host payload is signed from these. */
export interface ProviderRefs {
  /** Seconds, as a string (WeChat's timeStamp) */
  timeStamp: string
  nonceStr: string
  /** WeChat JSAPI prepay_id */
  prepayId: string
  /** Alipay trade_no */
  tradeNo: string
}

export interface OrderRecord {
  /** Our order number: WeChat out_trade_no, Alipay out_trade_no, Baidu tpOrderId */
  id: string
  userId: string
  feeId: string
  platform: ClientPlatform
  title: string
  amountFen: number
  /** `closed`: expired unpaid, or the fee was paid through another order */
  status: 'created' | 'paid' | 'closed'
  createdAt: number
  paidAt: number | null
  /** Where the sandbox cashier sends the browser back */
  returnPath: string
  refs: ProviderRefs
  /** The provider's transaction id from the success notification */
  transactionId: string | null
}

export interface PaymentsState {
  /** user id → that user's fee ids, in display order; present once the fees were seeded */
  feesByUser: Record<string, string[]>
  fees: Record<string, FeeRecord>
  orders: Record<string, OrderRecord>
}

/** The payments slice of the mock's state (persisted and reset with the rest; see store.ts `slice`). */
export const paymentsOf = (ctx: MockContext): PaymentsState =>
  ctx.store.slice<PaymentsState>('payments', () => ({ feesByUser: {}, fees: {}, orders: {} }))
