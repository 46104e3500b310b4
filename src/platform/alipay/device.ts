import type { ChooseFilesOptions, ChooseImagesOptions, Platform } from '../contract'
import { callHost } from '../mini/call-host'
import { readTempFiles } from '../mini/temp-files'
import { MSG } from '../messages'
import { asRecord, baseName, extensionOf, finiteNumber, kindOf, mapOk, nonEmptyString } from '../normalise'
import { failed, MALFORMED_MESSAGE, ok, unsupported } from '../result'

const UPGRADE = MSG.upgrade('支付宝')
const CHOOSE_RULES = { unsupported: UPGRADE, failed: MSG.chooseFailed, cancelMessage: MSG.chooseCancelled, cancelCodes: [11] }

/**
 * Cancel is 10 here; 11 means "操作失败" (unlike my.chooseImage). 2001: camera permission refused.
 * @see https://github.com/AlipayDocs/open-docs/blob/HEAD/mini/api/基础API/设备/扫码/my.scan.md
 */
export const scan: Platform['scan'] = async () => {
  const rules = {
    unsupported: UPGRADE,
    failed: MSG.scanFailed,
    cancelMessage: MSG.scanCancelled,
    cancelCodes: [10],
    deniedCodes: [2001],
    denied: '请允许支付宝使用相机后再扫码',
  }
  return mapOk(await callHost('my', 'scan', { scanType: ['qrCode', 'barCode'] }, rules), (res) => {
    const r = asRecord(res)
    const text = nonEmptyString(r?.code) ?? nonEmptyString(r?.result)
    return text ? { text, scanType: String(r?.scanType ?? '') } : undefined
  })
}

/**
 * Cancel: 11. Answers tempFiles ({ path, size }) or, on old clients, only tempFilePaths.
 * @see https://github.com/AlipayDocs/open-docs/blob/HEAD/mini/api/基础API/多媒体/图片/my.chooseImage.md
 */
export const chooseImages: Platform['chooseImages'] = async ({ count, sources, compressed }: ChooseImagesOptions) => {
  const args = { count, sourceType: sources, sizeType: [compressed ? 'compressed' : 'original'] }
  return mapOk(await callHost('my', 'chooseImage', args, CHOOSE_RULES), (res) => readTempFiles(res)?.slice(0, count))
}

/**
 * my.chooseFileFromDisk picks one file and answers only `apFilePath` (no name, no size, no type filter), so the
 * extension is checked here. Clients without it answer unsupported: upload photos instead.
 * 背景: listed in Alipay's API typings but not in the public mini-program API index; verify on a real phone.
 */
export const chooseFiles: Platform['chooseFiles'] = async ({ extensions }: ChooseFilesOptions) => {
  const rules = { ...CHOOSE_RULES, unsupported: '支付宝中暂不支持选择文件，请拍照上传，或在电脑浏览器中办理' }
  const result = await callHost('my', 'chooseFileFromDisk', {}, rules)
  if (result.status !== 'ok') return result
  const answer = asRecord(result.value)
  const path = nonEmptyString(answer?.apFilePath)
  if (!path) return failed(MALFORMED_MESSAGE)
  const name = nonEmptyString(answer?.fileName) ?? baseName(path)
  const ext = extensionOf(name)
  const allowed = extensions.map((e) => e.toLowerCase())
  if (ext && allowed.length > 0 && !allowed.includes(ext)) return failed(MSG.wrongFileType(extensions))
  return ok([{ path, name, size: finiteNumber(answer?.size) ?? 0, kind: kindOf(name) }])
}

/**
 * Alipay names the argument `number`, not `phoneNumber`.
 * @see https://github.com/AlipayDocs/open-docs/blob/HEAD/mini/api/基础API/设备/拨打电话/my.makePhoneCall.md
 */
export const makePhoneCall: Platform['makePhoneCall'] = async (phoneNumber) =>
  mapOk(await callHost('my', 'makePhoneCall', { number: phoneNumber }, { unsupported: UPGRADE, failed: MSG.callFailed }), () => null)

/**
 * GCJ-02, numbers as strings. 11: location switched off (GPS or 允许支付宝使用定位), 2001: the user refused this
 * mini-program; 12 network, 13 failed, 14 timeout, 18 no Wi-Fi/cell data.
 * @see https://github.com/AlipayDocs/open-docs/blob/HEAD/mini/api/基础API/位置/my.getLocation.md
 */
export const getLocation: Platform['getLocation'] = async () => {
  const rules = {
    unsupported: UPGRADE,
    failed: MSG.locationFailed,
    deniedCodes: [11, 2001],
    denied: MSG.locationDenied,
    messages: { 12: '网络异常，请稍后再试', 14: '定位超时，请稍后再试', 18: '请打开 Wi-Fi 后再试' },
  }
  return mapOk(await callHost('my', 'getLocation', { type: 0 }, rules), (res) => {
    const r = asRecord(res)
    const latitude = finiteNumber(r?.latitude)
    const longitude = finiteNumber(r?.longitude)
    if (latitude === undefined || longitude === undefined) return undefined
    return { latitude, longitude, accuracy: finiteNumber(r?.accuracy) ?? 0 }
  })
}

/** @see https://github.com/AlipayDocs/open-docs/blob/HEAD/mini/api/基础API/设备/剪贴板/my.setClipboard.md */
export const setClipboard: Platform['setClipboard'] = async (text) =>
  mapOk(await callHost('my', 'setClipboard', { text }, { unsupported: UPGRADE, failed: MSG.copyFailed }), () => null)

/** The page's share button (open-type="share"); the page answers with useShareAppMessage. */
export const share: Platform['share'] = {
  buttonProps: { openType: 'share' },
  shareLink: async () => unsupported(MSG.shareByButton),
}
