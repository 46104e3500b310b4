import type { ChooseImagesOptions, Platform } from '../contract'
import { callHost, callHostQuietly } from '../mini/call-host'
import { compressThroughHost, readFileSize } from '../mini/compress'
import { isOnlineOn, watchNetwork } from '../mini/network'
import { readTempFiles } from '../mini/temp-files'
import { uploadThroughHost } from '../mini/upload'
import { MSG } from '../messages'
import { asRecord, finiteNumber, mapOk, multipartHeaders, nonEmptyString } from '../normalise'
import { unsupported } from '../result'

const UPGRADE = MSG.upgrade('百度 App')

/**
 * Answers `result` and `scanType`. Documented codes are parse/exec failures only; cancel is recognised by errMsg.
 * @see https://smartprogram.baidu.com/docs/develop/api/device_sys/swan-scanCode/
 */
export const scan: Platform['scan'] = async () => {
  const rules = { unsupported: UPGRADE, failed: MSG.scanFailed, cancelMessage: MSG.scanCancelled }
  return mapOk(await callHost('swan', 'scanCode', {}, rules), (res) => {
    const text = nonEmptyString(asRecord(res)?.result)
    return text ? { text, scanType: String(asRecord(res)?.scanType ?? '') } : undefined
  })
}

/**
 * Cancel: 1002 (Android and iOS); 1003: the user has not allowed Baidu to use the album (iOS).
 * @see https://smartprogram.baidu.com/docs/develop/api/media/image_swan-chooseImage/
 */
export const chooseImages: Platform['chooseImages'] = async ({ count, sources, compressed }: ChooseImagesOptions) => {
  const args = { count, sourceType: sources, sizeType: [compressed ? 'compressed' : 'original'] }
  const rules = {
    unsupported: UPGRADE,
    failed: MSG.chooseFailed,
    cancelMessage: MSG.chooseCancelled,
    cancelCodes: [1002],
    deniedCodes: [1003],
    denied: '请允许百度 App 访问相册后重试',
  }
  return mapOk(await callHost('swan', 'chooseImage', args, rules), (res) => readTempFiles(res)?.slice(0, count))
}

/** Baidu has no file chooser for mini-programs (no chooseMessageFile equivalent). */
export const chooseFiles: Platform['chooseFiles'] = async () =>
  unsupported('百度 App 中暂不支持选择文件，请拍照上传，或在浏览器（H5 版）中办理')

/** @see https://smartprogram.baidu.com/docs/develop/api/device_sys/swan-makePhoneCall/ */
export const makePhoneCall: Platform['makePhoneCall'] = async (phoneNumber) =>
  mapOk(await callHost('swan', 'makePhoneCall', { phoneNumber }, { unsupported: UPGRADE, failed: MSG.callFailed }), () => null)

/**
 * GCJ-02 on request (the default is wgs84). 10003: the user refused; 10005: the system refused (iOS).
 * @see https://smartprogram.baidu.com/docs/develop/api/location/swan-getLocation/
 */
export const getLocation: Platform['getLocation'] = async () => {
  const rules = { unsupported: UPGRADE, failed: MSG.locationFailed, deniedCodes: [10003, 10005], denied: MSG.locationDenied }
  return mapOk(await callHost('swan', 'getLocation', { type: 'gcj02' }, rules), (res) => {
    const r = asRecord(res)
    const latitude = finiteNumber(r?.latitude)
    const longitude = finiteNumber(r?.longitude)
    if (latitude === undefined || longitude === undefined) return undefined
    return { latitude, longitude, accuracy: finiteNumber(r?.accuracy) ?? 0 }
  })
}

/** @see https://smartprogram.baidu.com/docs/develop/api/device_clipboard/swan-setClipboardData/ */
export const setClipboard: Platform['setClipboard'] = async (text) =>
  mapOk(await callHost('swan', 'setClipboardData', { data: text }, { unsupported: UPGRADE, failed: MSG.copyFailed }), () => null)

/**
 * swan.uploadFile({ url, filePath, name, header }): `{ statusCode, data }` in success; the returned uploadTask has
 * onProgressUpdate and abort. No `timeout` is documented, so the adapter's timer aborts the task at timeoutMs.
 * Files up to 25 MB. Fail codes: 201/202 bad call, 1001 执行失败 (Android), 1/202 (iOS).
 * @see https://smartprogram.baidu.com/docs/develop/api/net/uploadfile/
 * @see https://smartprogram.baidu.com/docs/develop/api/net/uploadTask-onProgressUpdate/
 */
export const uploadFile: Platform['uploadFile'] = (options) =>
  uploadThroughHost(
    { host: 'swan', unsupported: UPGRADE, nativeTimeout: false },
    { url: options.url, filePath: options.file.path, name: options.name, header: multipartHeaders(options.headers) },
    options,
  )

/**
 * swan.compressImage({ src, quality }) → tempFilePath (base library 3.110.3; quality only affects JPG; not in the Web
 * 态). The new size: swan.getFileInfo({ filePath }), the only file-size API Baidu documents.
 * @see https://smartprogram.baidu.com/docs/develop/api/media/image_swan-compressImage/
 * @see https://smartprogram.baidu.com/docs/develop/api/file/save_swan-getFileInfo/
 */
export const compressImage: Platform['compressImage'] = compressThroughHost({
  compress: async (src, quality) => nonEmptyString((await callHostQuietly('swan', 'compressImage', { src, quality }))?.tempFilePath),
  size: (path) => readFileSize({ host: 'swan', manager: false, legacyArg: 'filePath' }, path),
})

/**
 * networkType 'none' is offline; 'web_unknown' (the Web 态 cannot tell) counts as online.
 * @see https://smartprogram.baidu.com/docs/develop/api/device_sys/swan-getNetworkType/
 */
export const isOnline: Platform['isOnline'] = () => isOnlineOn('swan')

/**
 * swan.onNetworkStatusChange(({ isConnected, networkType }) => …). Baidu documents no offNetworkStatusChange, so one
 * host listener feeds every subscriber and unsubscribing drops the subscriber (an off function, if a client has one,
 * is used instead).
 * @see https://smartprogram.baidu.com/docs/develop/api/device_sys/swan-onNetworkStatusChange/
 */
export const onNetworkChange: Platform['onNetworkChange'] = watchNetwork('swan')

/** The page's share button (open-type="share"); the page answers with useShareAppMessage. */
export const share: Platform['share'] = {
  buttonProps: { openType: 'share' },
  shareLink: async () => unsupported(MSG.shareByButton),
}
