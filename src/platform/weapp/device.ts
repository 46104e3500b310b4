import type { ChooseFilesOptions, ChooseImagesOptions, Platform } from '../contract'
import { callHost, type CallRules } from '../mini/call-host'
import { hasApi } from '../mini/host'
import { readTempFiles } from '../mini/temp-files'
import { MSG } from '../messages'
import { asRecord, finiteNumber, mapOk, nonEmptyString } from '../normalise'
import { unsupported } from '../result'

const UPGRADE = MSG.upgrade('微信')
const CHOOSE_RULES: CallRules = { unsupported: UPGRADE, failed: MSG.chooseFailed, cancelMessage: MSG.chooseCancelled }

/**
 * QR codes and barcodes (window staff scan e-licence codes). Cancel: "scanCode:fail cancel".
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/device/scan/wx.scanCode.html
 */
export const scan: Platform['scan'] = async () => {
  const rules = { unsupported: UPGRADE, failed: MSG.scanFailed, cancelMessage: MSG.scanCancelled, denied: '请允许微信使用相机后再扫码' }
  return mapOk(await callHost('wx', 'scanCode', { scanType: ['qrCode', 'barCode'] }, rules), (res) => {
    const text = nonEmptyString(asRecord(res)?.result)
    return text ? { text, scanType: String(asRecord(res)?.scanType ?? '') } : undefined
  })
}

/**
 * Images from camera and/or album. wx.chooseMedia since base library 2.10.0; wx.chooseImage before it.
 * Cancel: "chooseMedia:fail cancel".
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/media/video/wx.chooseMedia.html
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.chooseImage.html
 */
export const chooseImages: Platform['chooseImages'] = async ({ count, sources, compressed }: ChooseImagesOptions) => {
  const sizeType = [compressed ? 'compressed' : 'original']
  const result = hasApi('wx', 'chooseMedia')
    ? await callHost('wx', 'chooseMedia', { count, mediaType: ['image'], sourceType: sources, sizeType }, CHOOSE_RULES)
    : await callHost('wx', 'chooseImage', { count, sourceType: sources, sizeType }, CHOOSE_RULES)
  return mapOk(result, (res) => readTempFiles(res)?.slice(0, count))
}

/**
 * Files from a WeChat chat (the only file source WeChat offers a mini-program), filtered by extension.
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.chooseMessageFile.html
 */
export const chooseFiles: Platform['chooseFiles'] = async ({ count, extensions }: ChooseFilesOptions) => {
  const result = await callHost('wx', 'chooseMessageFile', { count, type: 'file', extension: extensions }, CHOOSE_RULES)
  return mapOk(result, (res) => readTempFiles(res)?.slice(0, count))
}

/**
 * Cancel: "makePhoneCall:fail cancel" when the user dismisses the dial sheet.
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/device/phone/wx.makePhoneCall.html
 */
export const makePhoneCall: Platform['makePhoneCall'] = async (phoneNumber) =>
  mapOk(await callHost('wx', 'makePhoneCall', { phoneNumber }, { unsupported: UPGRADE, failed: MSG.callFailed }), () => null)

/**
 * GCJ-02 coordinates (what Chinese map services expect). Needs `requiredPrivateInfos: ['getLocation']` in
 * app.config and the scope.userLocation purpose; refusal answers "getLocation:fail auth deny".
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.getLocation.html
 */
export const getLocation: Platform['getLocation'] = async () => {
  const rules = { unsupported: UPGRADE, failed: MSG.locationFailed, denied: MSG.locationDenied }
  return mapOk(await callHost('wx', 'getLocation', { type: 'gcj02' }, rules), (res) => {
    const r = asRecord(res)
    const latitude = finiteNumber(r?.latitude)
    const longitude = finiteNumber(r?.longitude)
    if (latitude === undefined || longitude === undefined) return undefined
    return { latitude, longitude, accuracy: finiteNumber(r?.accuracy) ?? 0 }
  })
}

/** @see https://developers.weixin.qq.com/miniprogram/dev/api/device/clipboard/wx.setClipboardData.html */
export const setClipboard: Platform['setClipboard'] = async (text) =>
  mapOk(await callHost('wx', 'setClipboardData', { data: text }, { unsupported: UPGRADE, failed: MSG.copyFailed }), () => null)

/** The page's share button (open-type="share"); the page answers with useShareAppMessage. */
export const share: Platform['share'] = {
  buttonProps: { openType: 'share' },
  shareLink: async () => unsupported(MSG.shareByButton),
}
