import { FakeHost, type Behaviour } from './fake-host'

/** Alipay's storage dialect: `{ key, data }` in, `{ data }` out (null when missing). */
function keyDataStorage(): Record<string, Behaviour> {
  const store = new Map<string, unknown>()
  const key = (args: unknown[]) => String((args[0] as { key: unknown }).key)
  return {
    setStorageSync: (args) => (store.set(key(args), (args[0] as { data: unknown }).data), { returns: { success: true } }),
    getStorageSync: (args) => ({ returns: { data: store.has(key(args)) ? store.get(key(args)) : null } }),
    removeStorageSync: (args) => (store.delete(key(args)), { returns: { success: true } }),
  }
}

/** Upload progress as Alipay's UploadTask.onProgressUpdate reports it (bytes *Written, not *Sent). */
export const WRITTEN_PROGRESS = [
  { progress: 50, totalBytesWritten: 1024, totalBytesExpectedToWrite: 2048 },
  { progress: 100, totalBytesWritten: 2048, totalBytesExpectedToWrite: 2048 },
]

/**
 * An Alipay client with every API the adapter uses, answering the documented success shapes.
 * getFileSystemManager() answers the `FileSystemManager` namespace installed here (recorded like any other API).
 */
export const createMy = (): FakeHost => {
  const my: FakeHost = new FakeHost({
    getAuthCode: () => ({ success: { authCode: 'my-auth-code', authSuccessScopes: ['auth_base'] } }),
    getPhoneNumber: () => ({ success: { response: '{"response":"ENCRYPTED","sign":"SIGN"}' } }),
    call: () => ({ callback: { resultStatus: '9000', result: { certifyId: 'C1' } } }),
    tradePay: () => ({ success: { resultCode: '9000' } }),
    scan: () => ({ success: { code: 'https://example.gov.cn/lic/1', scanType: 'qrCode' } }),
    chooseImage: () => ({ success: { tempFilePaths: ['https://resource/apml1.image'], tempFiles: [{ path: 'https://resource/apml1.image', size: 512 }] } }),
    chooseFileFromDisk: () => ({ success: { success: true, apFilePath: 'https://resource/apml2.pdf' } }),
    requestSubscribeMessage: () => ({ success: { behavior: 'subscribe', show: true, keep: false, refuse: false } }),
    ...keyDataStorage(),
    getSystemInfoSync: () => ({ returns: { platform: 'Android', app: 'alipay', windowWidth: 360, windowHeight: 640, pixelRatio: 3, fontSizeSetting: 16 } }),
    makePhoneCall: () => ({ success: {} }),
    pageScrollTo: () => ({ success: {} }),
    setClipboard: () => ({ success: {} }),
    datePicker: () => ({ success: { date: '2026-01-01' } }),
    getLocation: () => ({ success: { latitude: '30.27', longitude: '120.15', accuracy: '65' } }),
    uploadFile: () => ({ success: { statusCode: 200, data: '{"id":"U1"}', header: {} }, progress: WRITTEN_PROGRESS }),
    compressImage: () => ({ success: { apFilePaths: ['https://resource/apml9.image'] } }),
    getFileSystemManager: () => ({ returns: my.global.FileSystemManager }),
    'FileSystemManager.getFileInfo': () => ({ success: { size: 204800 } }),
    getFileInfo: () => ({ success: { size: 204800, digest: 'd41d8cd98f00b204e9800998ecf8427e' } }),
    getNetworkType: () => ({ success: { networkAvailable: true, networkType: 'WIFI' } }),
    onNetworkStatusChange: () => ({ returns: undefined }),
    offNetworkStatusChange: () => ({ returns: undefined }),
    getScreenBrightness: () => ({ success: { brightness: 0.5 } }),
    setScreenBrightness: () => ({ success: {} }),
    onUserCaptureScreen: () => ({ returns: undefined }),
    offUserCaptureScreen: () => ({ returns: undefined }),
  })
  return my
}
