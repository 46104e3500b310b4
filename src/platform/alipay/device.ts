import type { ChooseFilesOptions, ChooseImagesOptions, Platform } from '../contract'
import { callHost, callHostQuietly } from '../mini/call-host'
import { compressThroughHost, readFileSize } from '../mini/compress'
import { isOnlineOn, watchNetwork } from '../mini/network'
import { readTempFiles } from '../mini/temp-files'
import { uploadThroughHost } from '../mini/upload'
import { MSG } from '../messages'
import { asRecord, baseName, extensionOf, finiteNumber, kindOf, mapOk, multipartHeaders, nonEmptyString } from '../normalise'
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

/** my.uploadFile error codes: 4 domain not in the allow-list, 11 file missing / bad argument, 20 plain http. */
const UPLOAD_MESSAGES = { 4: '上传服务暂不可用，请稍后重试', 11: MSG.uploadFileGone, 20: '上传服务暂不可用，请稍后重试' }

/**
 * my.uploadFile: `{ statusCode, data, header }` in success; progress from the returned UploadTask (client 10.1.35,
 * payload { progress, totalBytesWritten, totalBytesExpectedToWrite }); `timeout` defaults to 60000 ms.
 * - The part name: current docs call it `name`, older clients (and Taro's own alipay mapping) `fileName`: both sent.
 * - `fileType` only knows image / video / audio. The docs mark it 废弃 (clients no longer read it, and "真机上小程序并不
 *   限制上传类型"), but the IDE simulator and older clients still require one of the three. So every file, PDFs too,
 *   is sent as 'image': a label only, the bytes and the file go as picked and the server checks the content.
 * - Like my.request (error 19, see src/platform/mini/request.ts), some clients answer an HTTP error status through
 *   `fail` with the response attached: normalised to ok({ status, body }).
 * @see https://github.com/AlipayDocs/open-docs/blob/HEAD/mini/api/基础API/网络/my.uploadFile.md
 * @see https://github.com/AlipayDocs/open-docs/blob/HEAD/mini/api/基础API/网络/my.request.md (error 19: HTTP 错误)
 */
export const uploadFile: Platform['uploadFile'] = (options) =>
  uploadThroughHost(
    { host: 'my', unsupported: UPGRADE, nativeTimeout: true, messages: UPLOAD_MESSAGES },
    {
      url: options.url,
      filePath: options.file.path,
      name: options.name,
      fileName: options.name,
      fileType: 'image',
      header: multipartHeaders(options.headers),
      ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
    },
    options,
  )

/**
 * compressLevel, not a quality: 0 低质量, 1 中等质量, 2 高质量 (3 = 不压缩 and 4 = 根据网络适应 are never sent).
 * quality ≤ 50 → 0, ≤ 80 → 1, above → 2.
 */
const compressLevelOf = (quality: number) => (quality <= 50 ? 0 : quality <= 80 ? 1 : 2)

/**
 * my.compressImage({ apFilePaths: [path], compressLevel }) → { apFilePaths } (base library 1.4.0, client 10.1.8;
 * temp and cache files, not 本地用户文件 before iOS 10.2.70). The new size: my.getFileSystemManager().getFileInfo
 * ({ filePath }) (base library 1.13.0), else the older my.getFileInfo({ apFilePath }).
 * @see https://github.com/AlipayDocs/open-docs/blob/HEAD/mini/api/基础API/多媒体/图片/my.compressImage.md
 * @see https://github.com/AlipayDocs/open-docs/blob/HEAD/mini/api/基础API/文件/FileSystemManager/FileSystemManager.getFileInfo.md
 * @see https://github.com/AlipayDocs/open-docs/blob/HEAD/mini/api/基础API/文件/my.getFileInfo.md
 */
export const compressImage: Platform['compressImage'] = compressThroughHost({
  compress: async (path, quality) => {
    const answer = await callHostQuietly('my', 'compressImage', { apFilePaths: [path], compressLevel: compressLevelOf(quality) })
    return Array.isArray(answer?.apFilePaths) ? nonEmptyString(answer.apFilePaths[0]) : undefined
  },
  size: (path) => readFileSize({ host: 'my', manager: true, legacyArg: 'apFilePath' }, path),
})

/**
 * `networkAvailable` (networkType UNKNOWN / NOTREACHABLE / WIFI / 2G–5G / WWAN).
 * @see https://github.com/AlipayDocs/open-docs/blob/HEAD/mini/api/基础API/设备/网络状态/my.getNetworkType.md
 */
export const isOnline: Platform['isOnline'] = () => isOnlineOn('my')

/**
 * my.onNetworkStatusChange(({ isConnected, networkType }) => …); my.offNetworkStatusChange(callback) removes that
 * callback only. Called without one it removes every listener in the mini-program, so it never is.
 * @see https://github.com/AlipayDocs/open-docs/blob/HEAD/mini/api/基础API/设备/网络状态/my.onNetworkStatusChange.md
 * @see https://github.com/AlipayDocs/open-docs/blob/HEAD/mini/api/基础API/设备/网络状态/my.offNetworkStatusChange.md
 */
export const onNetworkChange: Platform['onNetworkChange'] = watchNetwork('my')

/** The page's share button (open-type="share"); the page answers with useShareAppMessage. */
export const share: Platform['share'] = {
  buttonProps: { openType: 'share' },
  shareLink: async () => unsupported(MSG.shareByButton),
}

/**
 * my.datePicker answers { date } in the requested format; error 11 is the user backing out.
 * @see https://help.aliyun.com/document_detail/118011.htm (my.datePicker; the same API in Alipay mini-programs)
 */
export const chooseDate: NonNullable<Platform['chooseDate']> = async ({ current, start, end }) => {
  const args = { format: 'yyyy-MM-dd', ...(current ? { currentDate: current } : {}), ...(start ? { startDate: start } : {}), ...(end ? { endDate: end } : {}) }
  const rules = { unsupported: UPGRADE, failed: '选择日期失败，请重试', cancelCodes: [11], cancelMessage: '未选择日期' }
  return mapOk(await callHost('my', 'datePicker', args, rules), (res) => {
    const date = nonEmptyString(asRecord(res)?.date)
    const m = date ? /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(date) : null
    return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : undefined
  })
}
