import type { FaceTicket, PayOrder, PhoneButton, Platform } from '../contract'
import { callHost } from '../mini/call-host'
import { hasApi } from '../mini/host'
import { readPhoneDetail } from '../mini/phone-detail'
import { MSG } from '../messages'
import { asRecord, finiteNumber, mapOk, nonEmptyString } from '../normalise'
import { failed, unsupported } from '../result'

const UPGRADE = MSG.upgrade('百度 App')

/**
 * swan.getLoginCode (no login dialog) where the client has it, else swan.login (may ask the user to log in to the
 * Baidu app). 10004 "user not login": the user is not logged in to the Baidu app. Both answer `{ code }`.
 * @see https://smartprogram.baidu.com/docs/develop/api/open/log_swan-login/
 */
export const login: Platform['login'] = async () => {
  const api = hasApi('swan', 'getLoginCode') ? 'getLoginCode' : 'login'
  const rules = { unsupported: UPGRADE, failed: MSG.loginFailed, messages: { 10004: '请先登录百度 App 后重试' } }
  return mapOk(await callHost('swan', api, {}, rules), (res) => {
    const code = nonEmptyString(asRecord(res)?.code)
    return code ? { code } : undefined
  })
}

/**
 * `<Button openType="getPhoneNumber">`: detail carries encryptedData + iv, decrypted by the server with the
 * session_key from the login code. Refusal: "getPhoneNumber:fail auth deny".
 * @see https://smartprogram.baidu.com/docs/develop/component/formlist_button/
 */
export const phoneButton: PhoneButton = {
  props: { openType: 'getPhoneNumber' },
  eventProp: 'onGetPhoneNumber',
  read: (event) =>
    readPhoneDetail(event, (detail) => {
      const encryptedData = nonEmptyString(detail.encryptedData)
      const iv = nonEmptyString(detail.iv)
      return encryptedData && iv ? { encryptedData, iv } : undefined
    }),
}

/** AI APIs exist only inside the Baidu app itself (not other Baidu hosts, not the Web 态). */
const BAIDU_FACE_UNSUPPORTED = '人脸核验仅支持在百度 App 中使用，请在百度 App 中打开，或在浏览器（H5 版）中办理'

/**
 * 公安验证: compares the ticket's face image with the ID photo; a missing swan.ai.facePersonVerify means another
 * host app. The client-side `score` is never trusted: `ok` only says the call finished, the server decides.
 * @see https://smartprogram.baidu.com/docs/develop/api/ai/face_swan-ai-facePersonVerify/
 */
export const verifyFace: Platform['verifyFace'] = async (ticket: FaceTicket) => {
  if (ticket.provider !== 'swan') return failed(MSG.ticketMismatch)
  if (!hasApi('swan', 'ai.facePersonVerify')) return unsupported(BAIDU_FACE_UNSUPPORTED)
  const args = {
    image: ticket.image,
    image_type: ticket.imageType,
    name: ticket.name,
    id_card_number: ticket.idCardNumber,
    quality_control: 'NORMAL',
    liveness_control: 'NORMAL',
  }
  const rules = { unsupported: BAIDU_FACE_UNSUPPORTED, failed: MSG.faceFailed, cancelMessage: MSG.faceCancelled }
  return mapOk(await callHost('swan', 'ai.facePersonVerify', args, rules), (res) => {
    const r = asRecord(res)
    if (finiteNumber(r?.score) === undefined) return undefined
    const api = 'ai.facePersonVerify'
    return r?.log_id === undefined ? { api } : { api, hostToken: String(r.log_id) }
  })
}

/**
 * 百度收银台: orderInfo (dealId, appKey, totalAmount, tpOrderId, rsaSign, …) is built and signed by the server.
 * The documented fail codes are 1001 (Android) and 202/10002/10005 (iOS); a user closing the cashier is
 * recognised by its errMsg only.
 * @see https://smartprogram.baidu.com/docs/develop/api/open/payment_swan-requestPolymerPayment/
 */
export const pay: Platform['pay'] = async (order: PayOrder) => {
  if (order.provider !== 'swan') return failed(MSG.orderMismatch)
  const rules = {
    unsupported: UPGRADE,
    failed: MSG.payFailed,
    cancelMessage: MSG.payCancelled,
    messages: { 10002: '网络请求失败，请检查网络后重试' },
  }
  const result = await callHost('swan', 'requestPolymerPayment', { orderInfo: order.orderInfo }, rules)
  return mapOk(result, () => ({ api: 'requestPolymerPayment' }))
}

/**
 * Baidu subscribes only through a `<form report-submit subscribe-id template-id>` submission; swan.subscribeService
 * can only query or cancel. So there is no dialog to open here.
 * @see https://smartprogram.baidu.com/docs/develop/api/open/swan-subscribeService/
 */
export const requestSubscribe: Platform['requestSubscribe'] = async () =>
  unsupported('百度 App 中请在提交表单时订阅消息提醒')
