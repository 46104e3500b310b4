import { FakeHost, positionalStorage } from './fake-host'

/** A Baidu app client (with the AI namespace) answering the documented success shapes. */
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
    setClipboardData: () => ({ success: {} }),
    getLocation: () => ({ success: { latitude: 39.9, longitude: 116.4, accuracy: 40 } }),
  })
