import type { PickedFile } from '../../../src/platform'
import { MSG } from '../../../src/platform/messages'
import { host } from '../hosts/install'
import {
  compress,
  isCancelled,
  isFailed,
  isMalformed,
  isOk,
  isUnsupported,
  NETWORK_CHANGES_OK,
  networkChanges,
  online,
  PROFILE,
  refusedWrite,
  ROUND_TRIP_OK,
  roundTrip,
  sync,
  UPLOAD,
  UPLOAD_HEADER,
  uploadSeeing,
  type Scenario,
} from './expect'

const FACE = { provider: 'alipay', certifyId: 'CERT-1', url: 'https://openapi.alipay.com/gateway.do?biz_content=x' } as const
const ORDER = { provider: 'alipay', tradeNO: '2024010122001400000000000001' } as const
const IMAGES = { count: 1, sources: ['album', 'camera'] as Array<'camera' | 'album'>, compressed: false }
const pay = (code: string) => () => host().next('tradePay', { success: { resultCode: code } })
const PHOTO: PickedFile = { path: 'https://resource/apml1.image', size: 5_000_000, name: 'apml1.image', kind: 'image' }
const PDF: PickedFile = { path: 'https://resource/apml2.pdf', size: 800_000, name: 'apml2.pdf', kind: 'pdf' }
const COMPRESSED = { path: 'https://resource/apml9.image', size: 204800, name: 'apml9.image', kind: 'image' }
const myNetwork = (isConnected: boolean) => host().emit('onNetworkStatusChange', { isConnected, networkType: isConnected ? 'WIFI' : 'NOTREACHABLE' })

/** Alipay: `{ error, errorMessage }` fails, per-API cancel codes, tradePay answering in success. */
export const alipayScenarios = (): Scenario[] => [
  // login
  {
    title: 'login: my.getAuthCode auth_base, authCode normalised to code',
    act: (p) => p.login(),
    expected: isOk({ code: 'my-auth-code' }),
    sent: { api: 'getAuthCode', options: { scopes: 'auth_base' } },
  },
  { title: 'login: 11 USER_CANCEL', arrange: () => host().next('getAuthCode', { fail: { error: 11, errorMessage: 'USER_CANCEL' } }), act: (p) => p.login(), expected: isCancelled(11) },
  { title: 'login: 3 unknown error keeps the code', arrange: () => host().next('getAuthCode', { fail: { error: 3, errorMessage: 'ERROR_UNKNOW' } }), act: (p) => p.login(), expected: isFailed(3) },
  { title: 'login: success without authCode is malformed', arrange: () => host().next('getAuthCode', { success: { authSuccessScopes: ['auth_base'] } }), act: (p) => p.login(), expected: isMalformed },

  // phone-number button
  {
    title: 'phone: getAuthorize button, then my.getPhoneNumber response',
    act: async (p) => {
      expect(p.phoneButton).toMatchObject({ props: { openType: 'getAuthorize', scope: 'phoneNumber' }, eventProp: 'onGetAuthorize' })
      return p.phoneButton!.read({ type: 'getAuthorize' })
    },
    expected: isOk({ encryptedData: '{"response":"ENCRYPTED","sign":"SIGN"}' }),
  },
  { title: 'phone: getPhoneNumber failure keeps the code', arrange: () => host().next('getPhoneNumber', { fail: { error: 3, errorMessage: 'ERROR_UNKNOW' } }), act: (p) => p.phoneButton!.read({}), expected: isFailed(3) },

  // face
  {
    title: "face: my.call('startBizService', open-certify) with certifyId and url",
    act: (p) => p.verifyFace(FACE),
    expected: isOk({ api: 'startBizService:open-certify' }),
    verify: () =>
      expect(host().callsOf('call')[0].args.slice(0, 2)).toEqual([
        'startBizService',
        { name: 'open-certify', param: JSON.stringify({ certifyId: 'CERT-1', url: FACE.url }) },
      ]),
  },
  { title: 'face: resultStatus 6001 is a cancel', arrange: () => host().next('call', { callback: { resultStatus: '6001' } }), act: (p) => p.verifyFace(FACE), expected: isCancelled('6001') },
  { title: 'face: resultStatus 4000 fails with it', arrange: () => host().next('call', { callback: { resultStatus: '4000', result: { errorCode: 'Z5120' } } }), act: (p) => p.verifyFace(FACE), expected: isFailed('4000') },
  { title: 'face: a callback without resultStatus is malformed', arrange: () => host().next('call', { callback: {} }), act: (p) => p.verifyFace(FACE), expected: isMalformed },
  { title: 'face: no my.call answers unsupported', arrange: () => host().remove('call'), act: (p) => p.verifyFace(FACE), expected: isUnsupported('支付宝') },
  { title: 'face: a WeChat ticket is refused', act: (p) => p.verifyFace({ provider: 'weapp', verifyId: 'V' }), expected: isFailed(), notCalled: 'call' },

  // pay: resultCode decides, even inside success
  { title: 'pay: 9000 ends the flow (server confirms)', act: (p) => p.pay(ORDER), expected: isOk({ api: 'tradePay', rawCode: '9000' }), sent: { api: 'tradePay', options: { tradeNO: ORDER.tradeNO } } },
  { title: 'pay: 8000 (processing) ends the flow too', arrange: pay('8000'), act: (p) => p.pay(ORDER), expected: isOk({ api: 'tradePay', rawCode: '8000' }) },
  { title: 'pay: 6004 (unknown) ends the flow, never "pay again"', arrange: pay('6004'), act: (p) => p.pay(ORDER), expected: isOk({ api: 'tradePay', rawCode: '6004' }) },
  { title: 'pay: 6001 in success is a cancel', arrange: pay('6001'), act: (p) => p.pay(ORDER), expected: isCancelled('6001') },
  { title: 'pay: 6002 network error', arrange: pay('6002'), act: (p) => p.pay(ORDER), expected: isFailed('6002', expect.stringContaining('网络')) },
  { title: 'pay: 4000 failed', arrange: pay('4000'), act: (p) => p.pay(ORDER), expected: isFailed('4000') },
  { title: 'pay: an undocumented code fails with it', arrange: pay('7001'), act: (p) => p.pay(ORDER), expected: isFailed('7001') },
  { title: 'pay: success without resultCode is malformed', arrange: () => host().next('tradePay', { success: {} }), act: (p) => p.pay(ORDER), expected: isMalformed },
  { title: 'pay: fail callback keeps error', arrange: () => host().next('tradePay', { fail: { error: 4, errorMessage: '无权跨域调用' } }), act: (p) => p.pay(ORDER), expected: isFailed(4) },

  // scan: cancel is 10, and 11 is a failure here
  { title: 'scan: code and scanType', act: (p) => p.scan(), expected: isOk({ text: 'https://example.gov.cn/lic/1', scanType: 'qrCode' }), sent: { api: 'scan', options: { scanType: ['qrCode', 'barCode'] } } },
  { title: 'scan: 10 is a cancel', arrange: () => host().next('scan', { fail: { error: 10, errorMessage: '用户取消' } }), act: (p) => p.scan(), expected: isCancelled(10) },
  { title: 'scan: 11 is a failure (not a cancel)', arrange: () => host().next('scan', { fail: { error: 11, errorMessage: '操作失败' } }), act: (p) => p.scan(), expected: isFailed(11) },
  { title: 'scan: 2001 camera refused', arrange: () => host().next('scan', { fail: { error: 2001, errorMessage: '用户不允许授权' } }), act: (p) => p.scan(), expected: isFailed(2001, expect.stringContaining('相机')) },

  // images, files
  {
    title: 'images: my.chooseImage tempFiles',
    act: (p) => p.chooseImages(IMAGES),
    expected: isOk([{ path: 'https://resource/apml1.image', size: 512, name: 'apml1.image', kind: 'image' }]),
    sent: { api: 'chooseImage', options: { count: 1, sourceType: ['album', 'camera'], sizeType: ['original'] } },
  },
  { title: 'images: 11 is a cancel here', arrange: () => host().next('chooseImage', { fail: { error: 11, errorMessage: '用户取消操作' } }), act: (p) => p.chooseImages(IMAGES), expected: isCancelled(11) },
  { title: 'files: chooseFileFromDisk apFilePath', act: (p) => p.chooseFiles({ count: 1, extensions: ['pdf'] }), expected: isOk([{ path: 'https://resource/apml2.pdf', size: 0, name: 'apml2.pdf', kind: 'pdf' }]) },
  {
    title: 'files: a picked .docx is refused',
    arrange: () => host().next('chooseFileFromDisk', { success: { success: true, apFilePath: 'https://resource/a.docx' } }),
    act: (p) => p.chooseFiles({ count: 1, extensions: ['pdf'] }),
    expected: isFailed(undefined, expect.stringContaining('PDF')),
  },
  { title: 'files: no chooseFileFromDisk answers unsupported', arrange: () => host().remove('chooseFileFromDisk'), act: (p) => p.chooseFiles({ count: 1, extensions: ['pdf'] }), expected: isUnsupported('支付宝') },

  // subscribe
  {
    title: 'subscribe: behavior subscribe, per-template accept/reject',
    arrange: () => host().next('requestSubscribeMessage', { success: { behavior: 'subscribe', T1: 'accept', T2: 'reject', refuse: false } }),
    act: (p) => p.requestSubscribe(['T1', 'T2']),
    expected: isOk({ T1: 'accept', T2: 'reject' }),
    sent: { api: 'requestSubscribeMessage', options: { entityIds: ['T1', 'T2'] } },
  },
  {
    title: 'subscribe: refuse (拒绝，不再询问) turns a reject into ban',
    arrange: () => host().next('requestSubscribeMessage', { success: { behavior: 'subscribe', T1: 'reject', refuse: true } }),
    act: (p) => p.requestSubscribe(['T1']),
    expected: isOk({ T1: 'ban' }),
  },
  { title: 'subscribe: errorCode 11 is a cancel', arrange: () => host().next('requestSubscribeMessage', { success: { behavior: '', errorCode: 11, errorMessage: '用户取消订阅' } }), act: (p) => p.requestSubscribe(['T1']), expected: isCancelled(11) },
  { title: 'subscribe: 106008 invalid template keeps the code', arrange: () => host().next('requestSubscribeMessage', { fail: { errorCode: 106008, errorMessage: '模板列表中存在非法/无效的模板id' } }), act: (p) => p.requestSubscribe(['T1']), expected: isFailed(106008) },
  { title: 'subscribe: no behavior and no code is malformed', arrange: () => host().next('requestSubscribeMessage', { success: {} }), act: (p) => p.requestSubscribe(['T1']), expected: isMalformed },

  // storage: { key, data } dialect
  {
    title: 'storage: setStorageSync({ key, data }) round trip',
    act: roundTrip,
    expected: ROUND_TRIP_OK,
    verify: () => expect(host().callsOf('setStorageSync')[0].args).toEqual([{ key: 'profile', data: PROFILE }]),
  },
  {
    title: 'storage: error 12 (10 MB quota) does not throw and stores nothing',
    arrange: () => host().next('setStorageSync', { returns: { error: 12, errorMessage: '存储总大小达到上限' } }),
    act: refusedWrite,
    expected: isOk(undefined),
  },

  // system info
  {
    title: 'systemInfo: fontSizeSetting 20px, app alipay',
    arrange: () => host().next('getSystemInfoSync', { returns: { platform: 'iOS', app: 'alipay', windowWidth: 390, windowHeight: 844, pixelRatio: 3, fontSizeSetting: 20 } }),
    act: (p) => sync(p.systemInfo()),
    expected: isOk({ host: 'alipay', os: 'ios', windowWidth: 390, windowHeight: 844, pixelRatio: 3, fontScale: 1.25, designPxScale: 0.52 }),
  },
  {
    title: 'systemInfo: undefined on timeout gives defaults',
    arrange: () => host().next('getSystemInfoSync', { returns: undefined }),
    act: (p) => sync(p.systemInfo()),
    expected: isOk({ host: 'AlipayClient', os: 'other', windowWidth: 0, windowHeight: 0, pixelRatio: 1, fontScale: 1, designPxScale: 0.5 }),
  },

  // phone call, location
  { title: 'call: Alipay takes { number }', act: (p) => p.makePhoneCall('95188'), expected: isOk(null), sent: { api: 'makePhoneCall', options: { number: '95188' } } },
  {
    title: 'scroll: pageScrollTo by offset (0 is sent as 1: Alipay ignores 0)',
    act: async (p) => {
      p.scrollPageTo(0, 0)
      await new Promise((r) => setTimeout(r, 0))
      return { status: 'ok' as const, value: null }
    },
    expected: isOk(null),
    sent: { api: 'pageScrollTo', options: { scrollTop: 1, duration: 0 } },
  },
  { title: 'clipboard: Alipay takes { text }', act: (p) => p.setClipboard('上海市黄浦区'), expected: isOk(null), sent: { api: 'setClipboard', options: { text: '上海市黄浦区' } } },
  {
    title: 'date: my.datePicker in yyyy-MM-dd within the bounds',
    arrange: () => host().next('datePicker', { success: { date: '2026-3-5' } }),
    act: (p) => p.chooseDate!({ current: '2026-03-01', end: '2026-11-29' }),
    expected: isOk('2026-03-05'),
    sent: { api: 'datePicker', options: { format: 'yyyy-MM-dd', currentDate: '2026-03-01', endDate: '2026-11-29' } },
  },
  { title: 'date: error 11 is the user backing out', arrange: () => host().next('datePicker', { fail: { error: 11, errorMessage: '用户取消' } }), act: (p) => p.chooseDate!({}), expected: isCancelled(11) },
  { title: 'share: a share button, no link sharing', act: async (p) => {
      expect(p.share.buttonProps).toEqual({ openType: 'share' })
      return p.share.shareLink('t', 'u')
    }, expected: isUnsupported() },
  { title: 'location: string coordinates become numbers', act: (p) => p.getLocation(), expected: isOk({ latitude: 30.27, longitude: 120.15, accuracy: 65 }), sent: { api: 'getLocation', options: { type: 0 } } },
  { title: 'location: 2001 refused', arrange: () => host().next('getLocation', { fail: { error: 2001, errorMessage: '用户拒绝给小程序授权' } }), act: (p) => p.getLocation(), expected: isFailed(2001, expect.stringContaining('定位')) },
  { title: 'location: 12 network', arrange: () => host().next('getLocation', { fail: { error: 12, errorMessage: '网络异常' } }), act: (p) => p.getLocation(), expected: isFailed(12, expect.stringContaining('网络')) },
  { title: 'location: non-numeric latitude is malformed', arrange: () => host().next('getLocation', { success: { latitude: '', longitude: '120.15' } }), act: (p) => p.getLocation(), expected: isMalformed },

  // upload: name and fileName both, fileType 'image' for every file, HTTP errors through fail normalised
  {
    title: 'upload: my.uploadFile with name + fileName, fileType image, progress from the UploadTask (*Written)',
    act: (p) => uploadSeeing(p, PHOTO),
    expected: isOk({ result: isOk({ status: 200, body: '{"id":"U1"}' }), progress: [50, 100] }),
    sent: {
      api: 'uploadFile',
      options: { url: UPLOAD.url, filePath: PHOTO.path, name: 'file', fileName: 'file', fileType: 'image', header: UPLOAD_HEADER, timeout: 30000 },
    },
  },
  {
    title: "upload: a PDF goes as fileType 'image' (the only values Alipay knows are image / video / audio)",
    act: (p) => p.uploadFile({ ...UPLOAD, file: PDF }),
    expected: isOk({ status: 200, body: '{"id":"U1"}' }),
    sent: {
      api: 'uploadFile',
      options: { url: UPLOAD.url, filePath: PDF.path, name: 'file', fileName: 'file', fileType: 'image', header: UPLOAD_HEADER, timeout: 30000 },
    },
  },
  {
    title: 'upload: progress only as byte counts is turned into percent',
    arrange: () => host().next('uploadFile', { success: { statusCode: 200, data: 'ok' }, progress: [{ totalBytesWritten: 256, totalBytesExpectedToWrite: 1024 }] }),
    act: (p) => uploadSeeing(p, PHOTO),
    expected: isOk({ result: isOk({ status: 200, body: 'ok' }), progress: [25] }),
  },
  {
    title: 'upload: HTTP 413 in success is ok with the status',
    arrange: () => host().next('uploadFile', { success: { statusCode: 413, data: '{"code":"FILE_TOO_LARGE"}', header: {} } }),
    act: (p) => p.uploadFile({ ...UPLOAD, file: PHOTO }),
    expected: isOk({ status: 413, body: '{"code":"FILE_TOO_LARGE"}' }),
  },
  {
    title: 'upload: HTTP 413 through fail with a status (error 19, as my.request does) is normalised to ok',
    arrange: () => host().next('uploadFile', { fail: { error: 19, errorMessage: 'http status error', status: 413, data: '{"code":"FILE_TOO_LARGE"}' } }),
    act: (p) => p.uploadFile({ ...UPLOAD, file: PHOTO }),
    expected: isOk({ status: 413, body: '{"code":"FILE_TOO_LARGE"}' }),
  },
  {
    title: 'upload: a 500 through fail with statusCode and no data is ok with an empty body',
    arrange: () => host().next('uploadFile', { fail: { error: 19, errorMessage: 'http status error', statusCode: 500 } }),
    act: (p) => p.uploadFile({ ...UPLOAD, file: PHOTO }),
    expected: isOk({ status: 500, body: '' }),
  },
  {
    title: 'upload: 12 上传文件失败 (no network) fails in Chinese with the code',
    arrange: () => host().next('uploadFile', { fail: { error: 12, errorMessage: '上传文件失败' } }),
    act: (p) => p.uploadFile({ ...UPLOAD, file: PHOTO }),
    expected: isFailed(12, MSG.uploadFailed),
  },
  {
    title: 'upload: 11 文件不存在 asks to pick the file again',
    arrange: () => host().next('uploadFile', { fail: { error: 11, errorMessage: '文件不存在' } }),
    act: (p) => p.uploadFile({ ...UPLOAD, file: PHOTO }),
    expected: isFailed(11, MSG.uploadFileGone),
  },
  { title: 'upload: no my.uploadFile answers unsupported', arrange: () => host().remove('uploadFile'), act: (p) => p.uploadFile({ ...UPLOAD, file: PHOTO }), expected: isUnsupported('支付宝') },

  // compress: compressLevel, apFilePaths in and out
  { title: 'compress: a small image is the same file', act: compress({ ...PHOTO, size: 900_000 }), expected: isOk({ ...PHOTO, size: 900_000 }), notCalled: 'compressImage' },
  { title: 'compress: a PDF is the same file', act: compress({ ...PDF, size: 5_000_000 }), expected: isOk({ ...PDF, size: 5_000_000 }), notCalled: 'compressImage' },
  {
    title: 'compress: my.compressImage({ apFilePaths, compressLevel: 1 }) for quality 80, sized by the FileSystemManager',
    act: compress(PHOTO),
    expected: isOk(COMPRESSED),
    sent: { api: 'compressImage', options: { apFilePaths: [PHOTO.path], compressLevel: 1 } },
    notCalled: 'getFileInfo',
    verify: () => expect(host().optionsOf('FileSystemManager.getFileInfo')).toEqual({ filePath: COMPRESSED.path }),
  },
  { title: 'compress: quality 40 is compressLevel 0', act: compress(PHOTO, 1_000_000, 40), expected: isOk(COMPRESSED), sent: { api: 'compressImage', options: { apFilePaths: [PHOTO.path], compressLevel: 0 } } },
  { title: 'compress: quality 95 is compressLevel 2', act: compress(PHOTO, 1_000_000, 95), expected: isOk(COMPRESSED), sent: { api: 'compressImage', options: { apFilePaths: [PHOTO.path], compressLevel: 2 } } },
  {
    title: 'compress: without getFileSystemManager the size comes from my.getFileInfo({ apFilePath })',
    arrange: () => host().remove('getFileSystemManager'),
    act: compress(PHOTO),
    expected: isOk(COMPRESSED),
    sent: { api: 'getFileInfo', options: { apFilePath: COMPRESSED.path } },
  },
  { title: 'compress: a fail gives the original', arrange: () => host().next('compressImage', { fail: { error: 3, errorMessage: '未知错误' } }), act: compress(PHOTO), expected: isOk(PHOTO) },
  { title: 'compress: success without apFilePaths gives the original', arrange: () => host().next('compressImage', { success: {} }), act: compress(PHOTO), expected: isOk(PHOTO), notCalled: 'FileSystemManager.getFileInfo' },

  // network
  { title: 'online: networkAvailable true', act: online, expected: isOk(true) },
  { title: 'online: networkAvailable false', arrange: () => host().next('getNetworkType', { success: { networkAvailable: false, networkType: 'NOTREACHABLE' } }), act: online, expected: isOk(false) },
  { title: 'online: no getNetworkType counts as online', arrange: () => host().remove('getNetworkType'), act: online, expected: isOk(true) },
  {
    title: 'network: my.offNetworkStatusChange always gets the listener (never called bare, which would drop every listener)',
    act: (p) => networkChanges(p, myNetwork),
    expected: NETWORK_CHANGES_OK,
    verify: () => {
      const added = host().callsOf('onNetworkStatusChange').map((c) => c.args[0])
      const removed = host().callsOf('offNetworkStatusChange').map((c) => c.args)
      expect(removed).toEqual(added.map((listener) => [listener]))
    },
  },
]
