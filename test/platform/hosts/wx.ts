import { FakeHost, positionalStorage } from './fake-host'

/** Upload progress as UploadTask.onProgressUpdate reports it on WeChat (and Baidu). */
export const SENT_PROGRESS = [
  { progress: 50, totalBytesSent: 1024, totalBytesExpectedToSend: 2048 },
  { progress: 100, totalBytesSent: 2048, totalBytesExpectedToSend: 2048 },
]

/**
 * A WeChat client with every API the adapter uses, answering the documented success shapes.
 * getFileSystemManager() answers the `FileSystemManager` namespace installed here, so its getFileInfo calls are
 * recorded (as 'FileSystemManager.getFileInfo') and programmable like any other API.
 */
export const createWx = (): FakeHost => {
  const wx: FakeHost = new FakeHost({
    login: () => ({ success: { errMsg: 'login:ok', code: 'wx-code' } }),
    requestFacialVerify: () => ({ success: { errMsg: 'requestFacialVerify:ok', errCode: 0 } }),
    startFacialRecognitionVerify: () => ({ success: { errMsg: 'startFacialRecognitionVerify:ok', errCode: 0, verifyResult: 'VR-1' } }),
    requestPayment: () => ({ success: { errMsg: 'requestPayment:ok' } }),
    scanCode: () => ({ success: { errMsg: 'scanCode:ok', result: 'https://example.gov.cn/lic/1', scanType: 'QR_CODE' } }),
    chooseMedia: () => ({ success: { type: 'image', tempFiles: [{ tempFilePath: 'wxfile://tmp_1.jpg', size: 1024, fileType: 'image' }] } }),
    chooseImage: () => ({ success: { tempFilePaths: ['wxfile://tmp_2.png'] } }),
    chooseMessageFile: () => ({ success: { tempFiles: [{ path: 'wxfile://tmp_3.pdf', size: 2048, name: '营业执照.pdf', type: 'file' }] } }),
    requestSubscribeMessage: () => ({ success: { errMsg: 'requestSubscribeMessage:ok' } }),
    ...positionalStorage(),
    getSystemInfoSync: () => ({ returns: { platform: 'ios', windowWidth: 375, windowHeight: 667, pixelRatio: 2, fontSizeSetting: 17 } }),
    getAppBaseInfo: () => ({ returns: { SDKVersion: '3.5.0', language: 'zh_CN', fontSizeScaleFactor: 1, fontSizeSetting: 17 } }),
    makePhoneCall: () => ({ success: { errMsg: 'makePhoneCall:ok' } }),
    pageScrollTo: () => ({ success: {} }),
    setClipboardData: () => ({ success: { errMsg: 'setClipboardData:ok' } }),
    getLocation: () => ({ success: { errMsg: 'getLocation:ok', latitude: 31.23, longitude: 121.47, accuracy: 35 } }),
    uploadFile: () => ({ success: { errMsg: 'uploadFile:ok', statusCode: 200, data: '{"id":"U1"}' }, progress: SENT_PROGRESS }),
    compressImage: () => ({ success: { errMsg: 'compressImage:ok', tempFilePath: 'wxfile://tmp_compressed.jpg' } }),
    getFileSystemManager: () => ({ returns: wx.global.FileSystemManager }),
    'FileSystemManager.getFileInfo': () => ({ success: { errMsg: 'getFileInfo:ok', size: 204800 } }),
    getFileInfo: () => ({ success: { errMsg: 'getFileInfo:ok', size: 204800, digest: 'd41d8cd98f00b204e9800998ecf8427e' } }),
    getNetworkType: () => ({ success: { errMsg: 'getNetworkType:ok', networkType: 'wifi' } }),
    onNetworkStatusChange: () => ({ returns: undefined }),
    offNetworkStatusChange: () => ({ returns: undefined }),
    getScreenBrightness: () => ({ success: { errMsg: 'getScreenBrightness:ok', value: 0.5 } }),
    setScreenBrightness: () => ({ success: { errMsg: 'setScreenBrightness:ok' } }),
    onUserCaptureScreen: () => ({ returns: undefined }),
    offUserCaptureScreen: () => ({ returns: undefined }),
  })
  return wx
}
