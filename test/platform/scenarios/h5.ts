import { browser } from '../../../src/platform/h5/browser'
import { isCancelled, isFailed, isOk, isUnsupported, PROFILE, refusedWrite, ROUND_TRIP_OK, roundTrip, sync, type Scenario } from './expect'

/** What each file input looked like when the adapter clicked it. */
let inputs: Array<{ accept: string; multiple: boolean; capture: string | null; attached: boolean }> = []

/** The user picks `files` (or dismisses the picker) when the adapter clicks its hidden file input. */
function userPicks(files: File[] | 'dismiss') {
  inputs = []
  jest.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    inputs.push({ accept: this.accept, multiple: this.multiple, capture: this.getAttribute('capture'), attached: this.isConnected })
    if (files === 'dismiss') {
      this.dispatchEvent(new Event('cancel'))
      return
    }
    Object.defineProperty(this, 'files', { value: files, configurable: true })
    this.dispatchEvent(new Event('change'))
  })
}

const file = (name: string, type: string, size = 3) => new File(['x'.repeat(size)], name, { type })
const picked = (f: File, kind: string) => ({ path: `blob:fake/${f.name}`, size: f.size, name: f.name, kind, file: f })

const navigates = () => jest.spyOn(browser, 'navigate').mockImplementation(() => undefined)

/** Browser geolocation answering once with a position or a GeolocationPositionError code. */
function geolocation(answer: { coords: { latitude: number; longitude: number; accuracy: number } } | { code: number }) {
  const geo = {
    getCurrentPosition: (ok: (p: unknown) => void, fail: (e: unknown) => void) => ('code' in answer ? fail(answer) : ok(answer)),
  }
  Object.defineProperty(navigator, 'geolocation', { value: geo, configurable: true })
}
const noGeolocation = () => Reflect.deleteProperty(navigator, 'geolocation')

/** jsdom as the browser: SMS login, redirects for face and pay, a file input, localStorage, geolocation. */
export const h5Scenarios = (): Scenario[] => {
  const photo = file('IMG_0001.JPG', 'image/jpeg', 5)
  const pdf = file('营业执照.pdf', 'application/pdf', 7)
  return [
  { title: 'login: SMS only', act: (p) => p.login(), expected: isUnsupported('短信验证码') },
  { title: 'phone button: none in the browser', act: (p) => sync(p.phoneButton), expected: isOk(null) },

  // face and pay leave for provider pages
  {
    title: 'face: navigates to the provider page',
    arrange: navigates,
    act: (p) => p.verifyFace({ provider: 'h5', url: 'https://face.example.gov.cn/start?t=1' }),
    expected: isOk({ api: 'location.assign' }),
    verify: () => expect(browser.navigate).toHaveBeenCalledWith('https://face.example.gov.cn/start?t=1'),
  },
  {
    title: 'face: a javascript: url is refused and not followed',
    arrange: navigates,
    act: (p) => p.verifyFace({ provider: 'h5', url: 'javascript:alert(1)' }),
    expected: isFailed(),
    verify: () => expect(browser.navigate).not.toHaveBeenCalled(),
  },
  { title: 'face: a WeChat ticket is refused', arrange: navigates, act: (p) => p.verifyFace({ provider: 'weapp', verifyId: 'V' }), expected: isFailed(), verify: () => expect(browser.navigate).not.toHaveBeenCalled() },
  {
    title: 'pay: navigates to the cashier page',
    arrange: navigates,
    act: (p) => p.pay({ provider: 'h5', url: 'https://pay.example.gov.cn/cashier?o=9' }),
    expected: isOk({ api: 'location.assign' }),
    verify: () => expect(browser.navigate).toHaveBeenCalledWith('https://pay.example.gov.cn/cashier?o=9'),
  },
  { title: 'scan: unsupported, use the phone camera', act: (p) => p.scan(), expected: isUnsupported('相机') },

  // file input
  {
    title: 'images: camera only opens a capture input; picked files carry File',
    arrange: () => userPicks([photo]),
    act: (p) => p.chooseImages({ count: 1, sources: ['camera'], compressed: true }),
    expected: isOk([picked(photo, 'image')]),
    verify: () => {
      expect(inputs).toEqual([{ accept: 'image/*', multiple: false, capture: 'environment', attached: true }])
      expect(document.querySelector('input[type=file]')).toBeNull()
    },
  },
  {
    title: 'images: album + camera, multiple, at most count files',
    arrange: () => userPicks([photo, file('b.png', 'image/png'), file('c.png', 'image/png')]),
    act: async (p) => {
      const result = await p.chooseImages({ count: 2, sources: ['album', 'camera'], compressed: false })
      return result.status === 'ok' ? sync(result.value.map((f) => f.name)) : result
    },
    expected: isOk(['IMG_0001.JPG', 'b.png']),
    verify: () => expect(inputs[0]).toMatchObject({ multiple: true, capture: null }),
  },
  { title: 'images: dismissing the picker is a cancel', arrange: () => userPicks('dismiss'), act: (p) => p.chooseImages({ count: 1, sources: ['album'], compressed: true }), expected: isCancelled() },
  { title: 'images: an empty selection is a cancel', arrange: () => userPicks([]), act: (p) => p.chooseImages({ count: 1, sources: ['album'], compressed: true }), expected: isCancelled() },
  { title: 'images: a PDF is refused', arrange: () => userPicks([pdf]), act: (p) => p.chooseImages({ count: 1, sources: ['album'], compressed: true }), expected: isFailed(undefined, expect.stringContaining('图片')) },
  {
    title: 'files: accept lists the extensions',
    arrange: () => userPicks([pdf]),
    act: (p) => p.chooseFiles({ count: 1, extensions: ['pdf'] }),
    expected: isOk([picked(pdf, 'pdf')]),
    verify: () => expect(inputs[0]).toMatchObject({ accept: '.pdf', multiple: false, capture: null }),
  },
  { title: 'files: another extension is refused', arrange: () => userPicks([file('a.docx', 'application/msword')]), act: (p) => p.chooseFiles({ count: 1, extensions: ['pdf'] }), expected: isFailed(undefined, expect.stringContaining('PDF')) },

  { title: 'subscribe: unsupported in the browser', act: (p) => p.requestSubscribe(['T1']), expected: isUnsupported('短信') },

  // storage
  { title: 'storage: JSON in localStorage', act: roundTrip, expected: ROUND_TRIP_OK, verify: () => expect(localStorage.getItem('profile')).toBeNull() },
  {
    title: 'storage: values are stored as JSON',
    act: (p) => (p.storage.set('profile', PROFILE), sync(localStorage.getItem('profile'))),
    expected: isOk(JSON.stringify(PROFILE)),
  },
  {
    title: 'storage: a full quota does not throw and stores nothing',
    arrange: () => jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new DOMException('full', 'QuotaExceededError') }),
    act: refusedWrite,
    expected: isOk(undefined),
  },
  {
    title: 'storage: disabled storage (SecurityError on access) reads undefined, writes nothing, never throws',
    arrange: () => jest.spyOn(window, 'localStorage', 'get').mockImplementation(() => { throw new DOMException('denied', 'SecurityError') }),
    act: (p) => (p.storage.remove('k'), p.storage.set('k', 1), sync(p.storage.get('k'))),
    expected: isOk(undefined),
  },
  { title: 'storage: a non-JSON value reads as undefined', arrange: () => localStorage.setItem('raw', '{oops'), act: (p) => sync(p.storage.get('raw')), expected: isOk(undefined) },

  // system info
  {
    title: 'systemInfo: root font size 20px → 1.25 where the medium probe does not resolve',
    arrange: () => (document.documentElement.style.fontSize = '20px'),
    act: (p) => sync(p.systemInfo()),
    expected: isOk({ host: 'browser', os: 'other', windowWidth: window.innerWidth, windowHeight: window.innerHeight, pixelRatio: 1, fontScale: 1.25, designPxScale: Math.min(1, Math.max(0.5, Math.min(window.innerWidth, window.innerHeight) / 750)) }),
    cleanup: () => (document.documentElement.style.fontSize = ''),
  },
  {
    title: "systemInfo: the user's default size wins over Taro's width-based root size",
    arrange: () =>
      jest.spyOn(window, 'getComputedStyle').mockImplementation((el) => ({ fontSize: el === document.documentElement ? '18.75px' : '24px' }) as CSSStyleDeclaration),
    act: async (p) => sync(p.systemInfo().fontScale),
    expected: isOk(1.5),
  },

  // phone call, location
  { title: 'call: tel: navigation', arrange: navigates, act: (p) => p.makePhoneCall('0571-12345'), expected: isOk(null), verify: () => expect(browser.navigate).toHaveBeenCalledWith('tel:057112345') },
  { title: 'call: not a phone number', arrange: navigates, act: (p) => p.makePhoneCall('12345; drop'), expected: isFailed(), verify: () => expect(browser.navigate).not.toHaveBeenCalled() },
  {
    title: 'clipboard: navigator.clipboard.writeText',
    arrange: () => Object.defineProperty(navigator, 'clipboard', { value: { writeText: jest.fn(async () => undefined) }, configurable: true }),
    act: (p) => p.setClipboard('上海市黄浦区'),
    expected: isOk(null),
    verify: () => expect(navigator.clipboard.writeText).toHaveBeenCalledWith('上海市黄浦区'),
    cleanup: () => Reflect.deleteProperty(navigator, 'clipboard'),
  },
  {
    title: 'share: the Web Share API when the browser has it',
    arrange: () => Object.defineProperty(navigator, 'share', { value: jest.fn(async () => undefined), configurable: true }),
    act: (p) => p.share.shareLink('结婚登记', 'https://h5.example/guide?id=1'),
    expected: isOk('shared'),
    verify: () => expect(navigator.share).toHaveBeenCalledWith({ title: '结婚登记', url: 'https://h5.example/guide?id=1' }),
    cleanup: () => Reflect.deleteProperty(navigator, 'share'),
  },
  {
    title: 'share: no Web Share API copies the link',
    arrange: () => Object.defineProperty(navigator, 'clipboard', { value: { writeText: jest.fn(async () => undefined) }, configurable: true }),
    act: (p) => p.share.shareLink('结婚登记', 'https://h5.example/guide?id=1'),
    expected: isOk('copied'),
    verify: () => expect(navigator.clipboard.writeText).toHaveBeenCalledWith('https://h5.example/guide?id=1'),
    cleanup: () => Reflect.deleteProperty(navigator, 'clipboard'),
  },
  {
    title: 'location: coordinates',
    arrange: () => geolocation({ coords: { latitude: 30.27, longitude: 120.15, accuracy: 20 } }),
    act: (p) => p.getLocation(),
    expected: isOk({ latitude: 30.27, longitude: 120.15, accuracy: 20 }),
    cleanup: noGeolocation,
  },
  { title: 'location: permission denied (1)', arrange: () => geolocation({ code: 1 }), act: (p) => p.getLocation(), expected: isFailed(1, expect.stringContaining('拒绝定位')), cleanup: noGeolocation },
  { title: 'location: timeout (3)', arrange: () => geolocation({ code: 3 }), act: (p) => p.getLocation(), expected: isFailed(3, expect.stringContaining('超时')), cleanup: noGeolocation },
  { title: 'location: no geolocation answers unsupported', act: (p) => p.getLocation(), expected: isUnsupported('定位') },
]
}
