/** The platform adapter for page tests: an H5-like host with in-memory storage and a settable font scale. */
import type { Platform } from '../../src/platform/contract'
import { unsupported } from '../../src/platform/result'

export * from '../../src/platform/contract'
export * from '../../src/platform/result'

export const memory = new Map<string, unknown>()
export const fakeHost = { fontScale: 1 }

/**
 * The screen: brightness as the host would keep it (null: cannot read, as on H5), whether screenshots are
 * reported, and the live capture listeners; `capture()` is the user taking a screenshot. Calls are jest.fn, so
 * a test reads what a page asked (`platform.screen.setBrightness` mock calls). `reset()` between tests.
 */
export const fakeScreen = {
  brightness: 0.4 as number | null,
  capturesReported: true,
  listeners: new Set<() => void>(),
  capture() {
    this.listeners.forEach((listener) => listener())
  },
  reset() {
    this.brightness = 0.4
    this.capturesReported = true
    this.listeners.clear()
  },
}
const no = async () => unsupported('测试环境不支持')

export const platform: Platform = {
  name: 'h5',
  displayName: '浏览器',
  /** Page tests mock the endpoint modules; the store tests' launch (test/unit/stores/launch.ts) sets a real one. */
  request: jest.fn(() => Promise.reject(new Error('page tests do not reach the network'))),
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
  screen: {
    getBrightness: jest.fn(async () => fakeScreen.brightness),
    setBrightness: jest.fn(async (value: number) => {
      if (fakeScreen.brightness === null) return false
      fakeScreen.brightness = Math.min(1, Math.max(0, value))
      return true
    }),
    onCapture: jest.fn((listener: () => void) => {
      // A wrapper per subscription, like the adapters: unsubscribing removes this one only.
      const entry = () => listener()
      if (fakeScreen.capturesReported) fakeScreen.listeners.add(entry)
      return () => void fakeScreen.listeners.delete(entry)
    }),
    get capturesReported() {
      return fakeScreen.capturesReported
    },
  },
}
