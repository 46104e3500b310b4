import { randomBytes, randomInt } from 'node:crypto'
import type { PayPayloadDto } from '../../src/api/contract'
import { paymentMockPaths } from '../../src/api/contract/paths-payment'
import { devMerchant, merchantKeys, rsaSign, swanSignString, weappSignString } from './signing'
import type { OrderRecord, ProviderRefs } from './state'

/** 20260105100000: Beijing time, the way the providers stamp their ids. */
export const beijingStamp = (now: number) =>
  new Date(now + 8 * 3600 * 1000).toISOString().slice(0, 19).replace(/[-T:]/g, '')

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('')

/** Our order number (out_trade_no / tpOrderId): TB + Beijing time + 6 random digits, 22 characters. */
export const newOrderId = (now: number) => `TB${beijingStamp(now)}${digits(6)}`

/**
 * What the provider answers when the order is placed (WeChat /v3/pay/transactions/jsapi → prepay_id, shaped
 * like `wx201410272009395522657a690389285100`; Alipay alipay.trade.create → a 28-digit trade_no such as
 * `2015042321001004720200028594`).
 */
export function placeWithProvider(now: number): ProviderRefs {
  const stamp = beijingStamp(now)
  return {
    timeStamp: String(Math.floor(now / 1000)),
    nonceStr: randomBytes(16).toString('hex').toUpperCase(),
    prepayId: `wx${stamp}${randomBytes(10).toString('hex')}`,
    tradeNo: `${stamp.slice(0, 8)}2200${digits(16)}`,
  }
}

/** The sandbox cashier for an order (same-origin path: the H5 app reaches /mock through its proxy). */
export const cashierPath = (orderId: string) => `${paymentMockPaths.cashier}?order=${encodeURIComponent(orderId)}`

/** The signed parameters the host's pay API takes, built from the order (see signing.ts for the schemes). */
export function hostPayload(order: OrderRecord): PayPayloadDto {
  const { refs } = order
  const { privateKey } = merchantKeys()
  switch (order.platform) {
    case 'weapp': {
      const pkg = `prepay_id=${refs.prepayId}`
      const paySign = rsaSign('sha256', weappSignString(devMerchant.weappAppId, refs.timeStamp, refs.nonceStr, pkg), privateKey)
      return { provider: 'weapp', timeStamp: refs.timeStamp, nonceStr: refs.nonceStr, package: pkg, signType: 'RSA', paySign }
    }
    case 'alipay':
      return { provider: 'alipay', tradeNO: refs.tradeNo }
    case 'swan': {
      const signed = {
        appKey: devMerchant.swanAppKey,
        dealId: devMerchant.swanDealId,
        totalAmount: String(order.amountFen),
        tpOrderId: order.id,
      }
      const bizInfo = JSON.stringify({ tpData: { ...signed, returnData: { order: order.id } } })
      return {
        provider: 'swan',
        orderInfo: { ...signed, dealTitle: order.title, signFieldsRange: '1', rsaSign: rsaSign('sha1', swanSignString(signed), privateKey), bizInfo },
      }
    }
    case 'h5':
      return { provider: 'h5', url: cashierPath(order.id) }
  }
}
