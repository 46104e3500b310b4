import type { ChooseFilesOptions, ChooseImagesOptions, Platform } from '../contract'
import { callHost, callHostQuietly, type CallRules } from '../mini/call-host'
import { compressThroughHost, readFileSize } from '../mini/compress'
import { hasApi } from '../mini/host'
import { isOnlineOn, watchNetwork } from '../mini/network'
import { readTempFiles } from '../mini/temp-files'
import { uploadThroughHost } from '../mini/upload'
import { MSG } from '../messages'
import { asRecord, finiteNumber, mapOk, multipartHeaders, nonEmptyString } from '../normalise'
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

/**
 * wx.uploadFile({ url, filePath, name, header, timeout }): `{ statusCode, data }` in success for any HTTP status;
 * progress from the returned UploadTask's onProgressUpdate(({ progress }) => …) (base library 1.4.0). `timeout`
 * since base library 2.10.0 (older clients use app.json networkTimeout.uploadFile, and the adapter's own timer).
 * Network trouble answers fail with errMsg only, e.g. "uploadFile:fail socket timeout".
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/wx.uploadFile.html
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/UploadTask.onProgressUpdate.html
 */
export const uploadFile: Platform['uploadFile'] = (options) =>
  uploadThroughHost(
    { host: 'wx', unsupported: UPGRADE, nativeTimeout: true },
    {
      url: options.url,
      filePath: options.file.path,
      name: options.name,
      header: multipartHeaders(options.headers),
      ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
    },
    options,
  )

/**
 * wx.compressImage({ src, quality }) → tempFilePath (base library 2.4.0; iOS compresses JPG only, so a PNG can come
 * back no smaller and the original is kept). The new size: getFileSystemManager().getFileInfo({ filePath }), else
 * wx.getFileInfo({ filePath }) (no longer maintained, still on every client).
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.compressImage.html
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/file/FileSystemManager.getFileInfo.html
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/file/wx.getFileInfo.html
 */
export const compressImage: Platform['compressImage'] = compressThroughHost({
  compress: async (src, quality) => nonEmptyString((await callHostQuietly('wx', 'compressImage', { src, quality }))?.tempFilePath),
  size: (path) => readFileSize({ host: 'wx', manager: true, legacyArg: 'filePath' }, path),
})

/**
 * networkType 'none' is offline (wifi, 2g–5g, unknown are not).
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/device/network/wx.getNetworkType.html
 */
export const isOnline: Platform['isOnline'] = () => isOnlineOn('wx')

/**
 * wx.onNetworkStatusChange(({ isConnected, networkType }) => …), removed with wx.offNetworkStatusChange(listener).
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/device/network/wx.onNetworkStatusChange.html
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/device/network/wx.offNetworkStatusChange.html
 */
export const onNetworkChange: Platform['onNetworkChange'] = watchNetwork('wx')

/** The page's share button (open-type="share"); the page answers with useShareAppMessage. */
export const share: Platform['share'] = {
  buttonProps: { openType: 'share' },
  shareLink: async () => unsupported(MSG.shareByButton),
}
