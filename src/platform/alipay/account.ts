import type { FaceTicket, PayOrder, PhoneButton, Platform, SubscribeDecision } from '../contract'
import { callHost } from '../mini/call-host'
import { findApi } from '../mini/host'
import { MSG } from '../messages'
import { asRecord, mapOk, nonEmptyString } from '../normalise'
import { cancelled, failed, MALFORMED_MESSAGE, ok, unsupported, type PlatformResult } from '../result'

const UPGRADE = MSG.upgrade('支付宝')

/**
 * Silent login: `auth_base` never shows a dialog; authCode (normalised to `code`) goes to the server's
 * alipay.system.oauth.token for the user_id. Cancel: 11 USER_CANCEL, 1001 ERROR_CODE_USER_CANCEL.
 * @see https://opendocs.alipay.com/mini/api/openapi-authorize
 */
export const login: Platform['login'] = async () => {
  const rules = { unsupported: UPGRADE, failed: MSG.loginFailed, cancelCodes: [11, 1001] }
  return mapOk(await callHost('my', 'getAuthCode', { scopes: 'auth_base' }, rules), (res) => {
    const code = nonEmptyString(asRecord(res)?.authCode)
    return code ? { code } : undefined
  })
}

/**
 * `<Button openType="getAuthorize" scope="phoneNumber">`: the event carries nothing, my.getPhoneNumber then
 * answers `response`, an encrypted JSON string the server decrypts with the AES key. A refusal fires onError.
 * @see https://opendocs.alipay.com/mini/api (my.getPhoneNumber)
 */
export const phoneButton: PhoneButton = {
  props: { openType: 'getAuthorize', scope: 'phoneNumber' },
  eventProp: 'onGetAuthorize',
  read: async () => {
    const rules = { unsupported: UPGRADE, failed: MSG.phoneFailed, cancelMessage: MSG.phoneCancelled, cancelCodes: [11] }
    return mapOk(await callHost('my', 'getPhoneNumber', {}, rules), (res) => {
      const encryptedData = nonEmptyString(asRecord(res)?.response)
      return encryptedData ? { encryptedData } : undefined
    })
  },
}

/**
 * 支付宝身份验证: the server's alipay.user.certify.open.initialize + certify give certifyId and url; the client
 * opens them with my.call('startBizService', { name: 'open-certify' }) and the server asks certify.open.query.
 * The callback's resultStatus: 9000 flow finished, 6001 user cancelled, 4000 failed (result.errorCode says why).
 * @see https://docs.open.alipay.com/api_2/alipay.user.certify.open.initialize
 */
export const verifyFace: Platform['verifyFace'] = (ticket: FaceTicket) => {
  if (ticket.provider !== 'alipay') return Promise.resolve(failed(MSG.ticketMismatch))
  const call = findApi('my', 'call')
  if (!call) return Promise.resolve(unsupported(UPGRADE))
  const param = JSON.stringify({ certifyId: ticket.certifyId, url: ticket.url })
  return new Promise((resolve) => {
    try {
      call.fn.call(call.owner, 'startBizService', { name: 'open-certify', param }, (answer: unknown) => {
        const status = nonEmptyString(asRecord(answer)?.resultStatus)
        if (status === '9000') resolve(ok({ api: 'startBizService:open-certify' }))
        else if (status === '6001') resolve(cancelled(MSG.faceCancelled, status))
        else if (status) resolve(failed(MSG.faceFailed, status))
        else resolve(failed(MALFORMED_MESSAGE))
      })
    } catch {
      resolve(failed(MSG.faceFailed))
    }
  })
}

/**
 * my.tradePay answers in `success` even when the user cancels: resultCode decides. 8000 (processing) and 6004
 * (unknown, maybe paid) end the host flow like 9000, so the page asks the server instead of offering to pay twice.
 * @see https://opendocs.alipay.com/mini/api/openapi-pay
 */
const TRADE_RESULT: Record<string, (code: string) => PlatformResult<{ api: string; rawCode: string }>> = {
  9000: (code) => ok({ api: 'tradePay', rawCode: code }),
  8000: (code) => ok({ api: 'tradePay', rawCode: code }),
  6004: (code) => ok({ api: 'tradePay', rawCode: code }),
  6001: (code) => cancelled(MSG.payCancelled, code),
  6002: (code) => failed('网络连接出错，请检查网络后重试', code),
  4000: (code) => failed(MSG.payFailed, code),
}

export const pay: Platform['pay'] = async (order: PayOrder) => {
  if (order.provider !== 'alipay') return failed(MSG.orderMismatch)
  const rules = { unsupported: UPGRADE, failed: MSG.payFailed, cancelMessage: MSG.payCancelled, cancelCodes: [6001] }
  const result = await callHost('my', 'tradePay', { tradeNO: order.tradeNO }, rules)
  if (result.status !== 'ok') return result
  const code = nonEmptyString(asRecord(result.value)?.resultCode)
  if (!code) return failed(MALFORMED_MESSAGE)
  return (TRADE_RESULT[code] ?? ((c: string) => failed(MSG.payFailed, c)))(code)
}

/**
 * behavior 'subscribe' | 'cancel' | '' (failed); per template 'accept' | 'reject'. `refuse` (长期订阅: 拒绝，不再询问)
 * turns a reject into 'ban'. errorCode 11 is the user closing the sheet.
 * @see https://opendocs.alipay.com/mini/api (my.requestSubscribeMessage)
 */
export const requestSubscribe: Platform['requestSubscribe'] = async (templateIds) => {
  if (templateIds.length === 0) return ok({})
  const rules = { unsupported: UPGRADE, failed: MSG.subscribeFailed, cancelCodes: [11], cancelMessage: '已取消订阅' }
  const result = await callHost('my', 'requestSubscribeMessage', { entityIds: templateIds }, rules)
  if (result.status !== 'ok') return result
  const res = asRecord(result.value) ?? {}
  const code = (res.errorCode ?? undefined) as string | number | undefined
  if (res.behavior === 'cancel' || String(code) === '11') return cancelled('已取消订阅', code)
  if (res.behavior !== 'subscribe') return code === undefined ? failed(MALFORMED_MESSAGE) : failed(MSG.subscribeFailed, code)
  const subscribed = asRecord(res.result)?.subscribedEntityIds
  const accepted = (id: string) => res[id] === 'accept' || (Array.isArray(subscribed) && subscribed.includes(id))
  const rejected: SubscribeDecision = res.refuse === true ? 'ban' : 'reject'
  return ok(Object.fromEntries(templateIds.map((id) => [id, accepted(id) ? 'accept' : rejected])))
}
