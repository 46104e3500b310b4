/** The platform adapter for page tests: an H5-like host with in-memory storage and a settable font scale. */
import type { Platform } from '../../src/platform/contract'
import { unsupported } from '../../src/platform/result'

export * from '../../src/platform/contract'
export * from '../../src/platform/result'

export const memory = new Map<string, unknown>()
export const fakeHost = { fontScale: 1 }
const no = async () => unsupported('测试环境不支持')

export const platform: Platform = {
  name: 'h5',
  displayName: '浏览器',
  login: async () => unsupported('浏览器中请使用手机号和短信验证码登录'),
  phoneButton: null,
  verifyFace: no,
  pay: no,
  scan: no,
  chooseImages: no,
  chooseFiles: no,
  requestSubscribe: no,
  storage: {
    get: <T,>(key: string) => memory.get(key) as T | undefined,
    set: (key, value) => void memory.set(key, JSON.parse(JSON.stringify(value))),
    remove: (key) => void memory.delete(key),
  },
  systemInfo: () => ({ host: 'browser', os: 'other', windowWidth: 375, windowHeight: 700, pixelRatio: 2, fontScale: fakeHost.fontScale, designPxScale: 0.5 }),
  makePhoneCall: jest.fn(async () => ({ status: 'ok' as const, value: null })),
  getLocation: no,
  uploadFile: jest.fn(async () => ({ status: 'ok' as const, value: { status: 200, body: '{}' } })),
  compressImage: jest.fn(async (file) => file),
  isOnline: jest.fn(async () => true),
  onNetworkChange: jest.fn(() => () => undefined),
  chooseDate: null as Platform['chooseDate'],
  scrollPageTo: jest.fn(),
  setClipboard: jest.fn(async () => ({ status: 'ok' as const, value: null })),
  share: { buttonProps: null, shareLink: jest.fn(async () => ({ status: 'ok' as const, value: 'copied' as const })) },
}
