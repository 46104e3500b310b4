import { FakeHost, positionalStorage } from './fake-host'

/** Upload progress as Baidu's uploadTask.onProgressUpdate reports it. */
export const SWAN_PROGRESS = [
  { progress: 40, totalBytesSent: 800, totalBytesExpectedToSend: 2000 },
  { progress: 100, totalBytesSent: 2000, totalBytesExpectedToSend: 2000 },
]

/**
 * A Baidu app client (with the AI namespace) answering the documented success shapes. Like the documentation, it has
 * onNetworkStatusChange but no offNetworkStatusChange,
 * and onUserCaptureScreen but no offUserCaptureScreen.
 */
export const createSwan = () =>
  new FakeHost({
    getLoginCode: () => ({ success: { code: 'swan-code' } }),
    login: () => ({ success: { code: 'swan-login-code' } }),
    'ai.facePersonVerify': () => ({ success: { log_id: 3000000001, score: 92.5 } }),
    requestPolymerPayment: () => ({ success: {} }),
    scanCode: () => ({ success: { result: 'https://example.gov.cn/lic/1', scanType: 'QR_CODE', charSet: 'utf-8' } }),
    chooseImage: () => ({ success: { tempFilePaths: ['bdfile://tmp/a.jpg'], tempFiles: [{ path: 'bdfile://tmp/a.jpg', size: 4096 }] } }),
    ...positionalStorage(),
    getSystemInfoSync: () => ({ returns: { platform: 'android', host: 'baiduboxapp', windowWidth: 360, windowHeight: 720, pixelRatio: 3, fontSizeSetting: 16 } }),
    makePhoneCall: () => ({ success: {} }),
    pageScrollTo: () => ({ success: {} }),
    setClipboardData: () => ({ success: {} }),
    getLocation: () => ({ success: { latitude: 39.9, longitude: 116.4, accuracy: 40 } }),
    uploadFile: () => ({ success: { statusCode: 200, data: '{"id":"U1"}' }, progress: SWAN_PROGRESS }),
    compressImage: () => ({ success: { tempFilePath: 'bdfile://tmp/compressed.jpg' } }),
    getFileInfo: () => ({ success: { size: 204800, digest: 'd41d8cd98f00b204e9800998ecf8427e' } }),
    getNetworkType: () => ({ success: { networkType: '4g' } }),
    onNetworkStatusChange: () => ({ returns: undefined }),
    getScreenBrightness: () => ({ success: { value: 0.5 } }),
    setScreenBrightness: () => ({ success: {} }),
    onUserCaptureScreen: () => ({ returns: undefined }),
  })
