import { FakeHost, positionalStorage } from './fake-host'

/** A WeChat client with every API the adapter uses, answering the documented success shapes. */
export const createWx = () =>
  new FakeHost({
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
    makePhoneCall: () => ({ success: { errMsg: 'makePhoneCall:ok' } }),
    setClipboardData: () => ({ success: { errMsg: 'setClipboardData:ok' } }),
    getLocation: () => ({ success: { errMsg: 'getLocation:ok', latitude: 31.23, longitude: 121.47, accuracy: 35 } }),
  })
