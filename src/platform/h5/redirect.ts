import type { FaceTicket, PayOrder, Platform } from '../contract'
import { MSG } from '../messages'
import { failed, ok } from '../result'
import { isWebUrl, tryNavigate } from './browser'

/**
 * Face verification in the browser: the provider's page (WeChat/Alipay H5 face, or the government platform's
 * own) returns to our returnUrl, where the page asks the server for the outcome. `ok` = "we left for it".
 */
export const verifyFace: Platform['verifyFace'] = async (ticket: FaceTicket) => {
  if (ticket.provider !== 'h5') return failed(MSG.ticketMismatch)
  if (!isWebUrl(ticket.url)) return failed('核验地址无效，请返回重新发起')
  return tryNavigate(ticket.url) ? ok({ api: 'location.assign' }) : failed(MSG.faceFailed)
}

/** Payment in the browser: the cashier page by URL; the result page asks the server whether the order is paid. */
export const pay: Platform['pay'] = async (order: PayOrder) => {
  if (order.provider !== 'h5') return failed(MSG.orderMismatch)
  if (!isWebUrl(order.url)) return failed('支付地址无效，请返回重新下单')
  return tryNavigate(order.url) ? ok({ api: 'location.assign' }) : failed(MSG.payFailed)
}
