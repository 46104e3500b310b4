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

/** An Alipay client with every API the adapter uses, answering the documented success shapes. */
export const createMy = () =>
  new FakeHost({
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
    setClipboard: () => ({ success: {} }),
    getLocation: () => ({ success: { latitude: '30.27', longitude: '120.15', accuracy: '65' } }),
  })
