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

const FACE = { provider: 'weapp', verifyId: 'VERIFY-1' } as const
const ORDER = {
  provider: 'weapp',
  timeStamp: '1700000000',
  nonceStr: 'n0nce',
  package: 'prepay_id=wx201410272009395522657a690389285100',
  signType: 'RSA',
  paySign: 'SIGNATURE',
} as const
const IMAGES = { count: 2, sources: ['camera'] as Array<'camera' | 'album'>, compressed: true }
const PHOTO: PickedFile = { path: 'wxfile://tmp_big.jpg', size: 5_000_000, name: 'tmp_big.jpg', kind: 'image' }
const SMALL: PickedFile = { path: 'wxfile://tmp_small.jpg', size: 300_000, name: 'tmp_small.jpg', kind: 'image' }
const PDF: PickedFile = { path: 'wxfile://tmp_3.pdf', size: 5_000_000, name: '营业执照.pdf', kind: 'pdf' }
const COMPRESSED = { path: 'wxfile://tmp_compressed.jpg', size: 204800, name: 'tmp_compressed.jpg', kind: 'image' }
const wxNetwork = (isConnected: boolean) => host().emit('onNetworkStatusChange', { isConnected, networkType: isConnected ? 'wifi' : 'none' })

/** WeChat: codes and texts as wx answers them (errMsg "<api>:fail cancel", errCode, errno). */
export const weappScenarios = (): Scenario[] => [
  // login
  { title: 'login: wx.login code', act: (p) => p.login(), expected: isOk({ code: 'wx-code' }), sent: { api: 'login', options: {} } },
  {
    title: 'login: failure keeps errno',
    arrange: () => host().next('login', { fail: { errMsg: 'login:fail system error', errno: 600001 } }),
    act: (p) => p.login(),
    expected: isFailed(600001),
  },
  { title: 'login: success without code is malformed', arrange: () => host().next('login', { success: { errMsg: 'login:ok' } }), act: (p) => p.login(), expected: isMalformed },
  { title: 'login: no wx.login answers unsupported', arrange: () => host().remove('login'), act: (p) => p.login(), expected: isUnsupported('微信') },

  // phone-number button
  { title: 'phone: detail.code', act: (p) => p.phoneButton!.read({ detail: { errMsg: 'getPhoneNumber:ok', code: 'PHONE-CODE' } }), expected: isOk({ code: 'PHONE-CODE' }) },
  {
    title: 'phone: user deny is a cancel',
    act: (p) => p.phoneButton!.read({ detail: { errMsg: 'getPhoneNumber:fail user deny' } }),
    expected: isCancelled('getPhoneNumber:fail user deny'),
  },
  { title: 'phone: ok without code is malformed', act: (p) => p.phoneButton!.read({ detail: { errMsg: 'getPhoneNumber:ok' } }), expected: isMalformed },
  { title: 'phone: event without detail is malformed', act: (p) => p.phoneButton!.read({}), expected: isMalformed },

  // face
  { title: 'face: requestFacialVerify with verifyId', act: (p) => p.verifyFace(FACE), expected: isOk({ api: 'requestFacialVerify' }), sent: { api: 'requestFacialVerify', options: { verifyId: 'VERIFY-1' } } },
  {
    title: 'face: 90100 is the user backing out',
    arrange: () => host().next('requestFacialVerify', { fail: { errMsg: 'requestFacialVerify:fail', errCode: 90100 } }),
    act: (p) => p.verifyFace(FACE),
    expected: isCancelled(90100),
  },
  {
    title: 'face: 90008 camera refused fails with a permission message',
    arrange: () => host().next('requestFacialVerify', { fail: { errMsg: 'requestFacialVerify:fail', errCode: 90008 } }),
    act: (p) => p.verifyFace(FACE),
    expected: isFailed(90008, expect.stringContaining('相机')),
  },
  { title: 'face: old client without requestFacialVerify', arrange: () => host().remove('requestFacialVerify'), act: (p) => p.verifyFace(FACE), expected: isUnsupported('升级微信') },
  {
    title: 'face: old client falls back to 人脸核身 1.0 when the server sent legacy data, and says so',
    arrange: () => host().remove('requestFacialVerify'),
    act: (p) => p.verifyFace({ ...FACE, legacy: { name: '张三', idCardNumber: '11010519491231002X' } }),
    expected: isOk({ api: 'startFacialRecognitionVerify', hostToken: 'VR-1' }),
    sent: { api: 'startFacialRecognitionVerify', options: { name: '张三', idCardNumber: '11010519491231002X', checkAliveType: 2 } },
  },
  {
    title: 'face: a current client ignores legacy data and uses 2.0',
    act: (p) => p.verifyFace({ ...FACE, legacy: { name: '张三', idCardNumber: '11010519491231002X' } }),
    expected: isOk({ api: 'requestFacialVerify' }),
    notCalled: 'startFacialRecognitionVerify',
  },
  {
    title: 'face: an Alipay ticket is refused before any native call',
    act: (p) => p.verifyFace({ provider: 'alipay', certifyId: 'C', url: 'https://x' }),
    expected: isFailed(),
    notCalled: 'requestFacialVerify',
  },

  // pay
  {
    title: 'pay: requestPayment receives the signed order as is',
    act: (p) => p.pay(ORDER),
    expected: isOk({ api: 'requestPayment' }),
    sent: { api: 'requestPayment', options: { timeStamp: '1700000000', nonceStr: 'n0nce', package: ORDER.package, signType: 'RSA', paySign: 'SIGNATURE' } },
  },
  {
    title: 'pay: "requestPayment:fail cancel" is a cancel',
    arrange: () => host().next('requestPayment', { fail: { errMsg: 'requestPayment:fail cancel' } }),
    act: (p) => p.pay(ORDER),
    expected: isCancelled('requestPayment:fail cancel'),
  },
  {
    title: 'pay: other failures keep errno',
    arrange: () => host().next('requestPayment', { fail: { errMsg: 'requestPayment:fail no permission', errno: 102 } }),
    act: (p) => p.pay(ORDER),
    expected: isFailed(102),
  },

  // scan
  {
    title: 'scan: result and scanType',
    act: (p) => p.scan(),
    expected: isOk({ text: 'https://example.gov.cn/lic/1', scanType: 'QR_CODE' }),
    sent: { api: 'scanCode', options: { scanType: ['qrCode', 'barCode'] } },
  },
  { title: 'scan: "scanCode:fail cancel"', arrange: () => host().next('scanCode', { fail: { errMsg: 'scanCode:fail cancel' } }), act: (p) => p.scan(), expected: isCancelled('scanCode:fail cancel') },
  { title: 'scan: success without result is malformed', arrange: () => host().next('scanCode', { success: { scanType: 'QR_CODE' } }), act: (p) => p.scan(), expected: isMalformed },

  // choose images / files
  {
    title: 'images: wx.chooseMedia with camera, compressed',
    act: (p) => p.chooseImages(IMAGES),
    expected: isOk([{ path: 'wxfile://tmp_1.jpg', size: 1024, name: 'tmp_1.jpg', kind: 'image' }]),
    sent: { api: 'chooseMedia', options: { count: 2, mediaType: ['image'], sourceType: ['camera'], sizeType: ['compressed'] } },
  },
  { title: 'images: "chooseMedia:fail cancel"', arrange: () => host().next('chooseMedia', { fail: { errMsg: 'chooseMedia:fail cancel' } }), act: (p) => p.chooseImages(IMAGES), expected: isCancelled('chooseMedia:fail cancel') },
  {
    title: 'images: clients before chooseMedia fall back to chooseImage',
    arrange: () => host().remove('chooseMedia'),
    act: (p) => p.chooseImages(IMAGES),
    expected: isOk([{ path: 'wxfile://tmp_2.png', size: 0, name: 'tmp_2.png', kind: 'image' }]),
    sent: { api: 'chooseImage', options: { count: 2, sourceType: ['camera'], sizeType: ['compressed'] } },
  },
  { title: 'images: success without files is malformed', arrange: () => host().next('chooseMedia', { success: { tempFiles: [] } }), act: (p) => p.chooseImages(IMAGES), expected: isMalformed },
  {
    title: 'files: chooseMessageFile filtered by extension',
    act: (p) => p.chooseFiles({ count: 1, extensions: ['pdf'] }),
    expected: isOk([{ path: 'wxfile://tmp_3.pdf', size: 2048, name: '营业执照.pdf', kind: 'pdf' }]),
    sent: { api: 'chooseMessageFile', options: { count: 1, type: 'file', extension: ['pdf'] } },
  },

  // subscribe
  {
    title: 'subscribe: one decision per template, filter counts as reject',
    arrange: () => host().next('requestSubscribeMessage', { success: { errMsg: 'requestSubscribeMessage:ok', T1: 'accept', T2: 'reject', T3: 'filter' } }),
    act: (p) => p.requestSubscribe(['T1', 'T2', 'T3']),
    expected: isOk({ T1: 'accept', T2: 'reject', T3: 'reject' }),
    sent: { api: 'requestSubscribeMessage', options: { tmplIds: ['T1', 'T2', 'T3'] } },
  },
  {
    title: 'subscribe: 20004 (main switch off) bans every template',
    arrange: () => host().next('requestSubscribeMessage', { fail: { errMsg: 'requestSubscribeMessage:fail', errCode: 20004 } }),
    act: (p) => p.requestSubscribe(['T1', 'T2']),
    expected: isOk({ T1: 'ban', T2: 'ban' }),
  },
  { title: 'subscribe: 20001 keeps the code', arrange: () => host().next('requestSubscribeMessage', { fail: { errMsg: 'requestSubscribeMessage:fail', errCode: 20001 } }), act: (p) => p.requestSubscribe(['T1']), expected: isFailed(20001) },
  {
    title: 'subscribe: an answer missing a template is malformed',
    arrange: () => host().next('requestSubscribeMessage', { success: { errMsg: 'requestSubscribeMessage:ok', T1: 'accept' } }),
    act: (p) => p.requestSubscribe(['T1', 'T2']),
    expected: isMalformed,
  },

  // storage
  {
    title: 'storage: positional setStorageSync round trip',
    act: roundTrip,
    expected: ROUND_TRIP_OK,
    verify: () => expect(host().callsOf('setStorageSync')[0].args).toEqual(['profile', PROFILE]),
  },
  {
    title: 'storage: a refused write does not throw and stores nothing',
    arrange: () => host().next('setStorageSync', { throws: new Error('setStorageSync:fail exceed storage max size 10Mb') }),
    act: refusedWrite,
    expected: isOk(undefined),
  },
  {
    title: 'storage: a failing read is undefined',
    arrange: () => host().next('getStorageSync', { throws: new Error('getStorageSync:fail') }),
    act: (p) => sync(p.storage.get('profile')),
    expected: isOk(undefined),
  },

  // system info
  {
    title: 'systemInfo: the type size is getAppBaseInfo’s fontSizeScaleFactor (WeChat’s own factor)',
    arrange: () =>
      host()
        .next('getSystemInfoSync', { returns: { platform: 'android', windowWidth: 360, windowHeight: 740, pixelRatio: 3, fontSizeSetting: 17 } })
        .next('getAppBaseInfo', { returns: { fontSizeScaleFactor: 1.4, fontSizeSetting: 24 } }),
    act: (p) => sync(p.systemInfo()),
    expected: isOk({ host: 'WeChat', os: 'android', windowWidth: 360, windowHeight: 740, pixelRatio: 3, fontScale: 1.4, designPxScale: 0.48 }),
  },
  {
    title: 'systemInfo: getAppBaseInfo’s fontSizeSetting 20px over the standard 17px when it gives no factor',
    arrange: () => host().next('getAppBaseInfo', { returns: { fontSizeSetting: 20 } }),
    act: (p) => sync(p.systemInfo().fontScale),
    expected: isOk(1.18),
  },
  {
    title: 'systemInfo: a client before getAppBaseInfo (基础库 < 2.20.1) reads getSystemInfoSync’s fontSizeSetting',
    arrange: () => {
      host().remove('getAppBaseInfo')
      host().next('getSystemInfoSync', { returns: { platform: 'ios', windowWidth: 375, windowHeight: 667, pixelRatio: 2, fontSizeSetting: 22 } })
    },
    act: (p) => sync(p.systemInfo().fontScale),
    expected: isOk(1.29),
  },
  {
    title: 'systemInfo: a throwing host gives defaults',
    arrange: () => host().next('getSystemInfoSync', { throws: new Error('fail') }).next('getAppBaseInfo', { throws: new Error('fail') }),
    act: (p) => sync(p.systemInfo()),
    expected: isOk({ host: 'WeChat', os: 'other', windowWidth: 0, windowHeight: 0, pixelRatio: 1, fontScale: 1, designPxScale: 0.5 }),
  },

  // phone call, location
  { title: 'call: makePhoneCall({ phoneNumber })', act: (p) => p.makePhoneCall('12345'), expected: isOk(null), sent: { api: 'makePhoneCall', options: { phoneNumber: '12345' } } },
  { title: 'call: dismissed dial sheet', arrange: () => host().next('makePhoneCall', { fail: { errMsg: 'makePhoneCall:fail cancel' } }), act: (p) => p.makePhoneCall('12345'), expected: isCancelled('makePhoneCall:fail cancel') },
  {
    title: 'scroll: pageScrollTo by offset',
    act: async (p) => {
      p.scrollPageTo(0, 0)
      await new Promise((r) => setTimeout(r, 0))
      return { status: 'ok' as const, value: null }
    },
    expected: isOk(null),
    sent: { api: 'pageScrollTo', options: { scrollTop: 0, duration: 0 } },
  },
  { title: 'clipboard: setClipboardData({ data })', act: (p) => p.setClipboard('上海市黄浦区'), expected: isOk(null), sent: { api: 'setClipboardData', options: { data: '上海市黄浦区' } } },
  { title: 'share: a share button, no link sharing', act: async (p) => {
      expect(p.share.buttonProps).toEqual({ openType: 'share' })
      return p.share.shareLink('t', 'u')
    }, expected: isUnsupported() },
  { title: 'location: gcj02', act: (p) => p.getLocation(), expected: isOk({ latitude: 31.23, longitude: 121.47, accuracy: 35 }), sent: { api: 'getLocation', options: { type: 'gcj02' } } },
  {
    title: 'location: "auth deny" fails with the settings hint',
    arrange: () => host().next('getLocation', { fail: { errMsg: 'getLocation:fail auth deny' } }),
    act: (p) => p.getLocation(),
    expected: isFailed('getLocation:fail auth deny', expect.stringContaining('设置')),
  },
  { title: 'location: no getLocation answers unsupported', arrange: () => host().remove('getLocation'), act: (p) => p.getLocation(), expected: isUnsupported() },

  // upload
  {
    title: 'upload: wx.uploadFile multipart, progress from the UploadTask, content-type left to the host',
    act: (p) => uploadSeeing(p, PHOTO),
    expected: isOk({ result: isOk({ status: 200, body: '{"id":"U1"}' }), progress: [50, 100] }),
    sent: { api: 'uploadFile', options: { url: UPLOAD.url, filePath: PHOTO.path, name: 'file', header: UPLOAD_HEADER, timeout: 30000 } },
  },
  {
    title: 'upload: HTTP 413 is an answer: ok with the status and body',
    arrange: () => host().next('uploadFile', { success: { errMsg: 'uploadFile:ok', statusCode: 413, data: '{"code":"FILE_TOO_LARGE"}' } }),
    act: (p) => p.uploadFile({ ...UPLOAD, file: PHOTO }),
    expected: isOk({ status: 413, body: '{"code":"FILE_TOO_LARGE"}' }),
  },
  {
    title: 'upload: no network fails in Chinese, keeping errMsg',
    arrange: () => host().next('uploadFile', { fail: { errMsg: 'uploadFile:fail net::ERR_INTERNET_DISCONNECTED' } }),
    act: (p) => p.uploadFile({ ...UPLOAD, file: PHOTO }),
    expected: isFailed('uploadFile:fail net::ERR_INTERNET_DISCONNECTED', MSG.uploadFailed),
  },
  {
    title: 'upload: "socket timeout" says 超时',
    arrange: () => host().next('uploadFile', { fail: { errMsg: 'uploadFile:fail socket timeout' } }),
    act: (p) => p.uploadFile({ ...UPLOAD, file: PHOTO }),
    expected: isFailed('uploadFile:fail socket timeout', MSG.uploadTimeout),
  },
  {
    title: 'upload: a client returning no UploadTask still uploads, without progress',
    arrange: () => host().next('uploadFile', { success: { errMsg: 'uploadFile:ok', statusCode: 201, data: '' } }),
    act: (p) => uploadSeeing(p, PHOTO),
    expected: isOk({ result: isOk({ status: 201, body: '' }), progress: [] }),
  },
  { title: 'upload: success without statusCode is malformed', arrange: () => host().next('uploadFile', { success: { errMsg: 'uploadFile:ok' } }), act: (p) => p.uploadFile({ ...UPLOAD, file: PHOTO }), expected: isMalformed },
  { title: 'upload: no wx.uploadFile answers unsupported', arrange: () => host().remove('uploadFile'), act: (p) => p.uploadFile({ ...UPLOAD, file: PHOTO }), expected: isUnsupported('微信') },

  // compress
  {
    title: 'compress: a small image is the same file',
    act: compress(SMALL),
    expected: isOk(SMALL),
    notCalled: 'compressImage',
    verify: (r) => expect(r.status === 'ok' && r.value).toBe(SMALL),
  },
  { title: 'compress: a PDF is the same file', act: compress(PDF), expected: isOk(PDF), notCalled: 'compressImage' },
  {
    title: 'compress: a large photo through wx.compressImage, sized by FileSystemManager.getFileInfo',
    act: compress(PHOTO),
    expected: isOk(COMPRESSED),
    sent: { api: 'compressImage', options: { src: PHOTO.path, quality: 80 } },
    notCalled: 'getFileInfo',
    verify: () => expect(host().optionsOf('FileSystemManager.getFileInfo')).toEqual({ filePath: COMPRESSED.path }),
  },
  {
    title: 'compress: clients without getFileSystemManager size it with wx.getFileInfo',
    arrange: () => host().remove('getFileSystemManager'),
    act: compress(PHOTO),
    expected: isOk(COMPRESSED),
    sent: { api: 'getFileInfo', options: { filePath: COMPRESSED.path } },
  },
  {
    title: 'compress: a picked size of 0 (unknown) is measured first',
    arrange: () => host().next('FileSystemManager.getFileInfo', { success: { errMsg: 'getFileInfo:ok', size: 5_000_000 } }),
    act: compress({ ...PHOTO, size: 0 }),
    expected: isOk(COMPRESSED),
    verify: () => expect(host().callsOf('FileSystemManager.getFileInfo').map((c) => (c.args[0] as { filePath: string }).filePath)).toEqual([PHOTO.path, COMPRESSED.path]),
  },
  {
    title: 'compress: a compressImage fail gives the original',
    arrange: () => host().next('compressImage', { fail: { errMsg: 'compressImage:fail' } }),
    act: compress(PHOTO),
    expected: isOk(PHOTO),
    verify: (r) => expect(r.status === 'ok' && r.value).toBe(PHOTO),
  },
  { title: 'compress: a throwing compressImage gives the original', arrange: () => host().next('compressImage', { throws: new TypeError('x') }), act: compress(PHOTO), expected: isOk(PHOTO) },
  { title: 'compress: no compressImage (before 2.4.0) gives the original', arrange: () => host().remove('compressImage'), act: compress(PHOTO), expected: isOk(PHOTO) },
  {
    title: 'compress: a result no smaller (a PNG on iOS) gives the original',
    arrange: () => host().next('FileSystemManager.getFileInfo', { success: { errMsg: 'getFileInfo:ok', size: 5_100_000 } }),
    act: compress(PHOTO),
    expected: isOk(PHOTO),
  },
  {
    title: 'compress: a result of unknown size gives the original',
    arrange: () => {
      host().next('FileSystemManager.getFileInfo', { fail: { errMsg: 'getFileInfo:fail no such file or directory', errno: 1300002 } })
      host().next('getFileInfo', { fail: { errMsg: 'getFileInfo:fail file not exist' } })
    },
    act: compress(PHOTO),
    expected: isOk(PHOTO),
  },

  // network
  { title: 'online: networkType wifi', act: online, expected: isOk(true), sent: { api: 'getNetworkType', options: {} } },
  { title: "online: networkType 'none' is offline", arrange: () => host().next('getNetworkType', { success: { errMsg: 'getNetworkType:ok', networkType: 'none' } }), act: online, expected: isOk(false) },
  { title: 'online: a getNetworkType fail counts as online', arrange: () => host().next('getNetworkType', { fail: { errMsg: 'getNetworkType:fail' } }), act: online, expected: isOk(true) },
  {
    title: 'network: changes reach subscribers; each unsubscribe is wx.offNetworkStatusChange(its own listener)',
    act: (p) => networkChanges(p, wxNetwork),
    expected: NETWORK_CHANGES_OK,
    verify: () => {
      const added = host().callsOf('onNetworkStatusChange').map((c) => c.args[0])
      const removed = host().callsOf('offNetworkStatusChange').map((c) => c.args[0])
      expect(added).toHaveLength(2)
      expect(removed).toEqual(added)
    },
  },
  {
    title: 'network: without offNetworkStatusChange one host listener feeds both, and unsubscribe still works',
    arrange: () => host().remove('offNetworkStatusChange'),
    act: (p) => networkChanges(p, wxNetwork),
    expected: NETWORK_CHANGES_OK,
    verify: () => expect(host().callsOf('onNetworkStatusChange')).toHaveLength(1),
  },
  {
    title: 'network: no onNetworkStatusChange answers a harmless unsubscribe',
    arrange: () => host().remove('onNetworkStatusChange'),
    act: async (p) => sync(p.onNetworkChange(() => undefined)()),
    expected: isOk(undefined),
  },
]
