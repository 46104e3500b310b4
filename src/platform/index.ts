import type { NoAnswer, Platform } from './contract'
import { unsupported } from './result'

/**
 * The platform-neutral default. Taro picks index.weapp.ts / index.alipay.ts / index.swan.ts / index.h5.ts per
 * build; this file is what a tool without the suffix convention sees (tsc, a plain Jest project, another target):
 * the same shape, every capability unsupported.
 */
const MESSAGE = '当前环境不支持此功能，请在微信、支付宝、百度小程序或浏览器中使用'
const none = async () => unsupported(MESSAGE)

export const platform: Platform = {
  name: 'h5',
  displayName: '未知环境',
  // No host to send it through: as if the network were down.
  request: () => Promise.reject({ noAnswer: 'network' } satisfies NoAnswer),
  login: none,
  phoneButton: null,
  verifyFace: none,
  pay: none,
  scan: none,
  chooseImages: none,
  chooseFiles: none,
  requestSubscribe: none,
  storage: {
    get: () => undefined,
    set: () => false,
    remove: () => undefined,
  },
  systemInfo: () => ({ host: 'unknown', os: 'other', windowWidth: 0, windowHeight: 0, pixelRatio: 1, fontScale: 1, designPxScale: 0.5 }),
  makePhoneCall: none,
  getLocation: none,
  uploadFile: none,
  compressImage: async (file) => file,
  isOnline: async () => true,
  onNetworkChange: () => () => undefined,
  chooseDate: null,
  scrollPageTo: () => undefined,
  setClipboard: none,
  share: { buttonProps: null, shareLink: none },
  screen: { getBrightness: async () => null, setBrightness: async () => false, onCapture: () => () => undefined, capturesReported: false },
}

export * from './contract'
export * from './result'
