import type { FaceTicket, PayOrder, PhoneButton, Platform, SubscribeDecision } from '../contract'
import { callHost, type CallRules } from '../mini/call-host'
import { hasApi } from '../mini/host'
import { readPhoneDetail } from '../mini/phone-detail'
import { MSG } from '../messages'
import { asRecord, mapOk, nonEmptyString } from '../normalise'
import { failed, ok } from '../result'

const UPGRADE = MSG.upgrade('微信')

/**
 * Silent login: a 5-minute code for the server's code2Session.
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/open-api/login/wx.login.html
 */
export const login: Platform['login'] = async () =>
  mapOk(await callHost('wx', 'login', {}, { unsupported: UPGRADE, failed: MSG.loginFailed }), (res) => {
    const code = nonEmptyString(asRecord(res)?.code)
    return code ? { code } : undefined
  })

/**
 * `<Button openType="getPhoneNumber">`: detail.code is exchanged by the server (phonenumber.getPhoneNumber).
 * @see https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/getPhoneNumber.html
 */
export const phoneButton: PhoneButton = {
  props: { openType: 'getPhoneNumber' },
  eventProp: 'onGetPhoneNumber',
  read: (event) =>
    readPhoneDetail(event, (detail) => {
      const code = nonEmptyString(detail.code)
      return code ? { code } : undefined
    }),
}

/**
 * 人脸核身 2.0: the server's getVerifyId gives verifyId; `success` only means the flow ended, the server asks
 * queryVerifyInfo (pass only when verify_ret is 10000).
 * Cancel codes: 90002–90006 are "用户取消" in queryVerifyInfo's verify_ret table; 90100 is what the client answers
 * when the user backs out (reported on the developer forum, not in the API table).
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/open-api/face/wx.requestFacialVerify.html
 * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/face/api_queryverifyinfo
 */
const FACE_RULES: CallRules = {
  unsupported: UPGRADE,
  failed: MSG.faceFailed,
  cancelMessage: MSG.faceCancelled,
  cancelCodes: [90002, 90003, 90004, 90005, 90006, 90100],
  deniedCodes: [90008, 90009, 90010],
  denied: '请允许微信使用相机和麦克风后再进行人脸核验',
  messages: { 90001: '当前设备不支持人脸核验', 90109: '当前设备不支持人脸核验' },
}

/**
 * 人脸核身 1.0 for base libraries without requestFacialVerify: the client passes name + 身份证号 and gets a
 * verifyResult, which the server exchanges (getinfo) for the real outcome. Used only when the server sent
 * `legacy` data; the `api` of the result says which one ran.
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/open-api/facial/wx.startFacialRecognitionVerify.html
 */
async function legacyVerify(legacy: { name: string; idCardNumber: string }) {
  const args = { name: legacy.name, idCardNumber: legacy.idCardNumber, checkAliveType: 2 }
  const result = await callHost('wx', 'startFacialRecognitionVerify', args, FACE_RULES)
  return mapOk(result, (res) => {
    const token = nonEmptyString(asRecord(res)?.verifyResult)
    return token ? { api: 'startFacialRecognitionVerify', hostToken: token } : undefined
  })
}

export const verifyFace: Platform['verifyFace'] = async (ticket: FaceTicket) => {
  if (ticket.provider !== 'weapp') return failed(MSG.ticketMismatch)
  if (!hasApi('wx', 'requestFacialVerify') && ticket.legacy && hasApi('wx', 'startFacialRecognitionVerify')) return legacyVerify(ticket.legacy)
  const result = await callHost('wx', 'requestFacialVerify', { verifyId: ticket.verifyId }, FACE_RULES)
  return mapOk(result, () => ({ api: 'requestFacialVerify' }))
}

/**
 * WeChat Pay JSAPI: the server signs the order; `ok` is not "paid" until the server's notify/query says so.
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/payment/wx.requestPayment.html
 */
export const pay: Platform['pay'] = async (order: PayOrder) => {
  if (order.provider !== 'weapp') return failed(MSG.orderMismatch)
  const { timeStamp, nonceStr, package: pkg, signType, paySign } = order
  const result = await callHost(
    'wx',
    'requestPayment',
    { timeStamp, nonceStr, package: pkg, signType, paySign },
    { unsupported: UPGRADE, failed: MSG.payFailed, cancelMessage: MSG.payCancelled },
  )
  return mapOk(result, () => ({ api: 'requestPayment' }))
}

/** answer → decision; 'filter' (template filtered out by WeChat) counts as not subscribed. */
const DECISIONS: Record<string, SubscribeDecision> = { accept: 'accept', reject: 'reject', ban: 'ban', filter: 'reject' }

/**
 * One answer per template id. errCode 20004 means the user switched subscriptions off: every template is 'ban'.
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
 */
export const requestSubscribe: Platform['requestSubscribe'] = async (templateIds) => {
  if (templateIds.length === 0) return ok({})
  const result = await callHost('wx', 'requestSubscribeMessage', { tmplIds: templateIds }, {
    unsupported: UPGRADE,
    failed: MSG.subscribeFailed,
    messages: { 20004: '你已关闭订阅消息，可在小程序设置中重新打开' },
  })
  if (result.status === 'failed' && String(result.rawCode) === '20004') {
    return ok(Object.fromEntries(templateIds.map((id) => [id, 'ban' as const])))
  }
  return mapOk(result, (res) => {
    const answers = asRecord(res)
    const entries = templateIds.map((id) => [id, DECISIONS[String(answers?.[id])]] as const)
    return entries.every(([, d]) => d !== undefined) ? Object.fromEntries(entries) : undefined
  })
}
