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
  ROUND_TRIP_OK,
  roundTrip,
  sync,
  UPLOAD,
  UPLOAD_HEADER,
  uploadSeeing,
  type Scenario,
} from './expect'

const FACE = { provider: 'swan', name: '张三', idCardNumber: '110101199003071234', image: 'https://example.gov.cn/face/1.jpg', imageType: 'URL' } as const
const ORDER = {
  provider: 'swan',
  orderInfo: { dealId: '470193086', appKey: 'MMMabc', totalAmount: '100', tpOrderId: 'T1', dealTitle: '证照工本费', signFieldsRange: '1', rsaSign: 'SIGN', bizInfo: '{}' },
} as const
const IMAGES = { count: 3, sources: ['album'] as Array<'camera' | 'album'>, compressed: true }
const PHOTO: PickedFile = { path: 'bdfile://tmp/a.jpg', size: 5_000_000, name: 'a.jpg', kind: 'image' }
const COMPRESSED = { path: 'bdfile://tmp/compressed.jpg', size: 204800, name: 'compressed.jpg', kind: 'image' }
const swanNetwork = (isConnected: boolean) => host().emit('onNetworkStatusChange', { isConnected, networkType: isConnected ? '4g' : 'none' })

/** An upload the host never answers: the task it returned, to see the adapter abort it. */
let stuck = { onProgressUpdate: jest.fn(), abort: jest.fn() }
const hostNeverAnswers = () => {
  stuck = { onProgressUpdate: jest.fn(), abort: jest.fn() }
  host().next('uploadFile', { returns: stuck })
}

/** Baidu: `{ errCode, errMsg }` fails, AI APIs only inside the Baidu app, no subscribe dialog. */
export const swanScenarios = (): Scenario[] => [
  // login
  { title: 'login: swan.getLoginCode', act: (p) => p.login(), expected: isOk({ code: 'swan-code' }), notCalled: 'login' },
  { title: 'login: swan.login where getLoginCode is missing', arrange: () => host().remove('getLoginCode'), act: (p) => p.login(), expected: isOk({ code: 'swan-login-code' }) },
  {
    title: 'login: 10004 (not logged in to the Baidu app)',
    arrange: () => host().next('getLoginCode', { fail: { errCode: 10004, errMsg: 'user not login' } }),
    act: (p) => p.login(),
    expected: isFailed(10004, expect.stringContaining('登录百度')),
  },
  { title: 'login: success without code is malformed', arrange: () => host().next('getLoginCode', { success: {} }), act: (p) => p.login(), expected: isMalformed },

  // phone-number button
  {
    title: 'phone: encryptedData and iv',
    act: (p) => p.phoneButton!.read({ detail: { errMsg: 'getPhoneNumber:ok', encryptedData: 'ENC', iv: 'IV' } }),
    expected: isOk({ encryptedData: 'ENC', iv: 'IV' }),
  },
  { title: 'phone: "auth deny" is a cancel', act: (p) => p.phoneButton!.read({ detail: { errMsg: 'getPhoneNumber:fail auth deny' } }), expected: isCancelled('getPhoneNumber:fail auth deny') },
  { title: 'phone: ok without iv is malformed', act: (p) => p.phoneButton!.read({ detail: { errMsg: 'getPhoneNumber:ok', encryptedData: 'ENC' } }), expected: isMalformed },

  // face: Baidu app only
  {
    title: 'face: swan.ai.facePersonVerify with snake_case arguments; log_id is the host token',
    act: (p) => p.verifyFace(FACE),
    expected: isOk({ api: 'ai.facePersonVerify', hostToken: '3000000001' }),
    sent: {
      api: 'ai.facePersonVerify',
      options: { image: FACE.image, image_type: 'URL', name: '张三', id_card_number: FACE.idCardNumber, quality_control: 'NORMAL', liveness_control: 'NORMAL' },
    },
  },
  {
    title: 'face: outside the Baidu app (no swan.ai) names the Baidu app and the H5 route',
    arrange: () => host().remove('ai'),
    act: (p) => p.verifyFace(FACE),
    expected: isUnsupported('百度 App', 'H5'),
  },
  { title: 'face: failure keeps errCode', arrange: () => host().next('ai.facePersonVerify', { fail: { errCode: 1001, errMsg: 'facePersonVerify:fail' } }), act: (p) => p.verifyFace(FACE), expected: isFailed(1001) },
  { title: 'face: success without a score is malformed', arrange: () => host().next('ai.facePersonVerify', { success: { log_id: 1 } }), act: (p) => p.verifyFace(FACE), expected: isMalformed },

  // pay
  { title: 'pay: requestPolymerPayment({ orderInfo })', act: (p) => p.pay(ORDER), expected: isOk({ api: 'requestPolymerPayment' }), sent: { api: 'requestPolymerPayment', options: { orderInfo: ORDER.orderInfo } } },
  { title: 'pay: cancel by errMsg', arrange: () => host().next('requestPolymerPayment', { fail: { errMsg: 'requestPolymerPayment:fail cancel' } }), act: (p) => p.pay(ORDER), expected: isCancelled('requestPolymerPayment:fail cancel') },
  { title: 'pay: 10002 network', arrange: () => host().next('requestPolymerPayment', { fail: { errCode: 10002, errMsg: 'network error' } }), act: (p) => p.pay(ORDER), expected: isFailed(10002, expect.stringContaining('网络')) },
  { title: 'pay: an H5 order is refused', act: (p) => p.pay({ provider: 'h5', url: 'https://pay.example' }), expected: isFailed(), notCalled: 'requestPolymerPayment' },

  // scan
  { title: 'scan: result and scanType', act: (p) => p.scan(), expected: isOk({ text: 'https://example.gov.cn/lic/1', scanType: 'QR_CODE' }) },
  { title: 'scan: 1001 failure', arrange: () => host().next('scanCode', { fail: { errCode: 1001, errMsg: 'scanCode:fail' } }), act: (p) => p.scan(), expected: isFailed(1001) },

  // images, files
  {
    title: 'images: swan.chooseImage',
    act: (p) => p.chooseImages(IMAGES),
    expected: isOk([{ path: 'bdfile://tmp/a.jpg', size: 4096, name: 'a.jpg', kind: 'image' }]),
    sent: { api: 'chooseImage', options: { count: 3, sourceType: ['album'], sizeType: ['compressed'] } },
  },
  { title: 'images: 1002 is a cancel', arrange: () => host().next('chooseImage', { fail: { errCode: 1002, errMsg: 'chooseImage:fail cancel' } }), act: (p) => p.chooseImages(IMAGES), expected: isCancelled(1002) },
  { title: 'images: 1003 album not allowed', arrange: () => host().next('chooseImage', { fail: { errCode: 1003, errMsg: 'chooseImage:fail' } }), act: (p) => p.chooseImages(IMAGES), expected: isFailed(1003, expect.stringContaining('相册')) },
  { title: 'files: no file chooser on Baidu', act: (p) => p.chooseFiles({ count: 1, extensions: ['pdf'] }), expected: isUnsupported('百度') },

  // subscribe: form submission only
  { title: 'subscribe: unsupported with the form route', act: (p) => p.requestSubscribe(['T1']), expected: isUnsupported('表单') },

  // storage
  {
    title: 'storage: positional round trip',
    act: roundTrip,
    expected: ROUND_TRIP_OK,
    verify: () => expect(host().callsOf('setStorageSync')[0].args).toEqual(['profile', PROFILE]),
  },

  // system info
  {
    title: 'systemInfo: host app and font scale',
    arrange: () => host().next('getSystemInfoSync', { returns: { platform: 'android', host: 'baiduboxapp', windowWidth: 360, windowHeight: 720, pixelRatio: 3, fontSizeSetting: 20 } }),
    act: (p) => sync(p.systemInfo()),
    expected: isOk({ host: 'baiduboxapp', os: 'android', windowWidth: 360, windowHeight: 720, pixelRatio: 3, fontScale: 1.25, designPxScale: 0.48 }),
  },

  // phone call, location
  { title: 'call: makePhoneCall({ phoneNumber })', act: (p) => p.makePhoneCall('12345'), expected: isOk(null), sent: { api: 'makePhoneCall', options: { phoneNumber: '12345' } } },
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
  { title: 'location: gcj02', act: (p) => p.getLocation(), expected: isOk({ latitude: 39.9, longitude: 116.4, accuracy: 40 }), sent: { api: 'getLocation', options: { type: 'gcj02' } } },
  { title: 'location: 10003 refused', arrange: () => host().next('getLocation', { fail: { errCode: 10003, errMsg: 'getLocation:fail' } }), act: (p) => p.getLocation(), expected: isFailed(10003, expect.stringContaining('定位')) },

  // upload: no documented timeout, so the adapter's timer aborts the task
  {
    title: 'upload: swan.uploadFile, progress from the uploadTask, no timeout argument',
    act: (p) => uploadSeeing(p, PHOTO),
    expected: isOk({ result: isOk({ status: 200, body: '{"id":"U1"}' }), progress: [40, 100] }),
    sent: { api: 'uploadFile', options: { url: UPLOAD.url, filePath: PHOTO.path, name: 'file', header: UPLOAD_HEADER } },
  },
  {
    title: 'upload: HTTP 413 is ok with the status',
    arrange: () => host().next('uploadFile', { success: { statusCode: 413, data: '{"code":"FILE_TOO_LARGE"}' } }),
    act: (p) => p.uploadFile({ ...UPLOAD, file: PHOTO }),
    expected: isOk({ status: 413, body: '{"code":"FILE_TOO_LARGE"}' }),
  },
  {
    title: 'upload: 1001 执行失败 fails in Chinese with the code',
    arrange: () => host().next('uploadFile', { fail: { errCode: 1001, errMsg: 'uploadFile:fail' } }),
    act: (p) => p.uploadFile({ ...UPLOAD, file: PHOTO }),
    expected: isFailed(1001, MSG.uploadFailed),
  },
  {
    title: 'upload: a host that never answers is aborted at timeoutMs and fails with 超时',
    arrange: hostNeverAnswers,
    act: (p) => uploadSeeing(p, PHOTO, { timeoutMs: 20 }),
    expected: isOk({ result: isFailed(undefined, MSG.uploadTimeout), progress: [] }),
    verify: () => {
      expect(stuck.abort).toHaveBeenCalledTimes(1)
      expect(stuck.onProgressUpdate).toHaveBeenCalledTimes(1)
    },
  },
  { title: 'upload: no swan.uploadFile (Web 态 / other host) answers unsupported', arrange: () => host().remove('uploadFile'), act: (p) => p.uploadFile({ ...UPLOAD, file: PHOTO }), expected: isUnsupported('百度') },

  // compress
  { title: 'compress: a small image is the same file', act: compress({ ...PHOTO, size: 4096 }), expected: isOk({ ...PHOTO, size: 4096 }), notCalled: 'compressImage' },
  {
    title: 'compress: swan.compressImage({ src, quality }), sized by swan.getFileInfo',
    act: compress(PHOTO),
    expected: isOk(COMPRESSED),
    sent: { api: 'compressImage', options: { src: PHOTO.path, quality: 80 } },
    verify: () => expect(host().optionsOf('getFileInfo')).toEqual({ filePath: COMPRESSED.path }),
  },
  { title: 'compress: no compressImage (before 3.110.3) gives the original', arrange: () => host().remove('compressImage'), act: compress(PHOTO), expected: isOk(PHOTO) },
  { title: 'compress: a getFileInfo fail (2001) gives the original', arrange: () => host().next('getFileInfo', { fail: { errCode: 2001, errMsg: 'getFileInfo:fail' } }), act: compress(PHOTO), expected: isOk(PHOTO) },

  // network: no offNetworkStatusChange in the docs
  { title: 'online: networkType 4g', act: online, expected: isOk(true) },
  { title: "online: networkType 'none' is offline", arrange: () => host().next('getNetworkType', { success: { networkType: 'none' } }), act: online, expected: isOk(false) },
  { title: "online: 'web_unknown' (Web 态) counts as online", arrange: () => host().next('getNetworkType', { success: { networkType: 'web_unknown' } }), act: online, expected: isOk(true) },
  {
    title: 'network: one host listener fans out; unsubscribe works without an off API',
    act: (p) => networkChanges(p, swanNetwork),
    expected: NETWORK_CHANGES_OK,
    verify: () => expect(host().callsOf('onNetworkStatusChange')).toHaveLength(1),
  },
  {
    title: 'network: a later subscriber reuses the host listener',
    act: async (p) => {
      const seen: boolean[] = []
      p.onNetworkChange(() => undefined)()
      const off = p.onNetworkChange((o) => seen.push(o))
      swanNetwork(false)
      off()
      return sync(seen)
    },
    expected: isOk([false]),
    verify: () => expect(host().callsOf('onNetworkStatusChange')).toHaveLength(1),
  },
]
