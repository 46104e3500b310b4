import { browser } from '../../../src/platform/h5/browser'
import { MSG } from '../../../src/platform/messages'
import {
  compress,
  isCancelled,
  isFailed,
  isOk,
  isUnsupported,
  NETWORK_CHANGES_OK,
  networkChanges,
  online,
  PROFILE,
  refusedWrite,
  ROUND_TRIP_OK,
  roundTrip,
  sync,
  UPLOAD,
  UPLOAD_HEADER,
  uploadSeeing,
  type Scenario,
} from './expect'

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

/** What each XMLHttpRequest the adapter sent looked like. */
interface SentXhr {
  method: string
  url: string
  headers: Record<string, string>
  timeout: number
  body: unknown
}
let xhrs: SentXhr[] = []
let realXhr: unknown
type XhrAnswer = { status: number; body: string; progress?: Array<[loaded: number, total: number]> } | 'error' | 'timeout'

/** The server (or the network) answers every XMLHttpRequest with `answer`, after the upload progress events. */
function serverAnswers(answer: XhrAnswer) {
  xhrs = []
  realXhr ??= window.XMLHttpRequest
  class FakeXhr {
    upload: { onprogress: ((event: Partial<ProgressEvent>) => void) | null } = { onprogress: null }
    onload: (() => void) | null = null
    onerror: (() => void) | null = null
    ontimeout: (() => void) | null = null
    onabort: (() => void) | null = null
    status = 0
    responseText = ''
    timeout = 0
    private sent: SentXhr = { method: '', url: '', headers: {}, timeout: 0, body: undefined }
    open(method: string, url: string) {
      this.sent = { method, url, headers: {}, timeout: 0, body: undefined }
    }
    setRequestHeader(name: string, value: string) {
      this.sent.headers[name] = value
    }
    send(body: unknown) {
      xhrs.push({ ...this.sent, timeout: this.timeout, body })
      queueMicrotask(() => {
        if (answer === 'error') return this.onerror?.()
        if (answer === 'timeout') return this.ontimeout?.()
        for (const [loaded, total] of answer.progress ?? []) this.upload.onprogress?.({ lengthComputable: true, loaded, total })
        this.status = answer.status
        this.responseText = answer.body
        this.onload?.()
      })
    }
  }
  Object.defineProperty(window, 'XMLHttpRequest', { value: FakeXhr, configurable: true, writable: true })
}
const realXhrBack = () => {
  if (realXhr) Object.defineProperty(window, 'XMLHttpRequest', { value: realXhr, configurable: true, writable: true })
}

/** What each canvas the adapter drew into looked like, and how it was encoded. */
interface DrawnCanvas {
  width: number
  height: number
  drawn: unknown[][]
  type?: string
  quality?: number
}
let canvases: DrawnCanvas[] = []
let bitmap = { width: 0, height: 0, close: jest.fn() }

/**
 * jsdom has no canvas: the browser decodes the photo as a `width` × `height` bitmap (createImageBitmap) and
 * canvas.toBlob encodes `bytes` bytes (null: the browser gives no blob).
 */
function canvasEncodes(bytes: number | null, width = 4000, height = 3000) {
  canvases = []
  bitmap = { width, height, close: jest.fn() }
  Object.defineProperty(window, 'createImageBitmap', { value: jest.fn(async () => bitmap), configurable: true, writable: true })
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
    const canvas: DrawnCanvas = { width: this.width, height: this.height, drawn: [] }
    canvases.push(canvas)
    return { fillStyle: '', fillRect: () => undefined, drawImage: (...args: unknown[]) => canvas.drawn.push(args) } as never
  })
  jest.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((done: BlobCallback, type?: string, quality?: number) => {
    Object.assign(canvases[canvases.length - 1] ?? {}, { type, quality })
    done(bytes === null ? null : new Blob(['x'.repeat(bytes)], { type: 'image/jpeg' }))
  })
}
const noImageBitmap = () => Reflect.deleteProperty(window, 'createImageBitmap')

let realImage: unknown
/** A browser without createImageBitmap: an <img> that decodes any blob URL as `width` × `height`. */
function imageElementDecodes(width: number, height: number) {
  realImage ??= window.Image
  class FakeImage {
    onload: (() => void) | null = null
    onerror: (() => void) | null = null
    naturalWidth = width
    naturalHeight = height
    set src(_url: string) {
      queueMicrotask(() => this.onload?.())
    }
  }
  Object.defineProperty(window, 'Image', { value: FakeImage, configurable: true, writable: true })
}
const realImageBack = () => {
  if (realImage) Object.defineProperty(window, 'Image', { value: realImage, configurable: true, writable: true })
}

/** jsdom as the browser: SMS login, redirects for face and pay, a file input, localStorage, geolocation. */
export const h5Scenarios = (): Scenario[] => {
  const photo = file('IMG_0001.JPG', 'image/jpeg', 5)
  const pdf = file('营业执照.pdf', 'application/pdf', 7)
  const big = file('IMG_0001.JPG', 'image/jpeg', 3000)
  const BIG = picked(big, 'image')
  const PDF = picked(file('营业执照.pdf', 'application/pdf', 3000), 'pdf')
  const HEIC = picked(file('IMG_0002.HEIC', 'image/heic', 3000), 'image')
  const COMPRESSED = { path: 'blob:fake/IMG_0001.jpg', size: 600, name: 'IMG_0001.jpg', kind: 'image', file: expect.any(File) }
  /** compress with a 1000-byte limit (the photo is 3000 bytes) */
  const shrink = (f: typeof BIG) => compress(f as never, 1000)
  const browserNetwork = (isOnline: boolean) => window.dispatchEvent(new Event(isOnline ? 'online' : 'offline'))
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
  // scan: h5-screen.ts

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

  // upload: XMLHttpRequest + FormData
  {
    title: 'upload: XHR POST with FormData (the picked File under its name), progress from xhr.upload, no content-type',
    arrange: () => serverAnswers({ status: 200, body: '{"id":"U1"}', progress: [[1500, 3000], [3000, 3000]] }),
    act: (p) => uploadSeeing(p, BIG as never),
    expected: isOk({ result: isOk({ status: 200, body: '{"id":"U1"}' }), progress: [50, 100] }),
    verify: () => {
      expect(xhrs).toHaveLength(1)
      expect(xhrs[0]).toMatchObject({ method: 'POST', url: UPLOAD.url, headers: UPLOAD_HEADER, timeout: 30000 })
      const part = (xhrs[0].body as FormData).get('file') as File
      expect(part).toBeInstanceOf(File)
      expect([part.name, part.size]).toEqual(['IMG_0001.JPG', 3000])
    },
    cleanup: realXhrBack,
  },
  {
    title: 'upload: HTTP 413 is ok with the status and body',
    arrange: () => serverAnswers({ status: 413, body: '{"code":"FILE_TOO_LARGE"}' }),
    act: (p) => p.uploadFile({ ...UPLOAD, file: BIG as never }),
    expected: isOk({ status: 413, body: '{"code":"FILE_TOO_LARGE"}' }),
    cleanup: realXhrBack,
  },
  { title: 'upload: a network error fails in Chinese', arrange: () => serverAnswers('error'), act: (p) => p.uploadFile({ ...UPLOAD, file: BIG as never }), expected: isFailed(undefined, MSG.uploadFailed), cleanup: realXhrBack },
  { title: 'upload: xhr timeout fails with 超时', arrange: () => serverAnswers('timeout'), act: (p) => p.uploadFile({ ...UPLOAD, file: BIG as never }), expected: isFailed(undefined, MSG.uploadTimeout), cleanup: realXhrBack },
  {
    title: 'upload: a PickedFile without its browser File asks to pick again, nothing sent',
    arrange: () => serverAnswers({ status: 200, body: '' }),
    act: (p) => p.uploadFile({ ...UPLOAD, file: { path: 'blob:fake/gone', size: 3, name: 'gone.jpg', kind: 'image' } }),
    expected: isFailed(undefined, MSG.uploadFileGone),
    verify: () => expect(xhrs).toEqual([]),
    cleanup: realXhrBack,
  },
  {
    title: 'upload: no XMLHttpRequest answers unsupported',
    arrange: () => {
      realXhr ??= window.XMLHttpRequest
      Object.defineProperty(window, 'XMLHttpRequest', { value: undefined, configurable: true, writable: true })
    },
    act: (p) => p.uploadFile({ ...UPLOAD, file: BIG as never }),
    expected: isUnsupported('浏览器'),
    cleanup: realXhrBack,
  },

  // compress: a canvas, longer side ≤ 2048, JPEG
  {
    title: 'compress: a large photo is drawn at 2048 × 1536 and encoded as JPEG at quality 0.8',
    arrange: () => canvasEncodes(600),
    act: shrink(BIG),
    expected: isOk(COMPRESSED),
    verify: (r) => {
      expect(canvases).toEqual([{ width: 2048, height: 1536, drawn: [[bitmap, 0, 0, 2048, 1536]], type: 'image/jpeg', quality: 0.8 }])
      expect(bitmap.close).toHaveBeenCalled()
      const value = r.status === 'ok' ? (r.value as { file: File }) : undefined
      expect([value?.file.name, value?.file.type, value?.file.size]).toEqual(['IMG_0001.jpg', 'image/jpeg', 600])
    },
    cleanup: noImageBitmap,
  },
  {
    title: 'compress: without createImageBitmap an <img> decodes it; a tall scan keeps its ratio',
    arrange: () => {
      canvasEncodes(600)
      noImageBitmap()
      imageElementDecodes(1000, 3000)
    },
    act: shrink(BIG),
    expected: isOk(COMPRESSED),
    verify: () => expect(canvases.map((c) => [c.width, c.height])).toEqual([[683, 2048]]),
    cleanup: realImageBack,
  },
  {
    title: 'compress: a small image is the same file, nothing decoded',
    arrange: () => canvasEncodes(600),
    act: compress(BIG as never, 5000),
    expected: isOk(BIG),
    verify: () => expect(window.createImageBitmap).not.toHaveBeenCalled(),
    cleanup: noImageBitmap,
  },
  { title: 'compress: a PDF is the same file', arrange: () => canvasEncodes(600), act: shrink(PDF), expected: isOk(PDF), verify: () => expect(canvases).toEqual([]), cleanup: noImageBitmap },
  { title: 'compress: toBlob giving no blob → the original', arrange: () => canvasEncodes(null), act: shrink(BIG), expected: isOk(BIG), cleanup: noImageBitmap },
  { title: 'compress: a JPEG no smaller than the original → the original', arrange: () => canvasEncodes(3000), act: shrink(BIG), expected: isOk(BIG), cleanup: noImageBitmap },
  {
    title: 'compress: a format the browser cannot decode (HEIC) → the original',
    arrange: () => {
      canvasEncodes(600)
      Object.defineProperty(window, 'createImageBitmap', { value: jest.fn(async () => Promise.reject(new DOMException('undecodable', 'InvalidStateError'))), configurable: true, writable: true })
    },
    act: shrink(HEIC),
    expected: isOk(HEIC),
    verify: (r) => {
      expect(canvases).toEqual([])
      expect(r.status === 'ok' && r.value).toBe(HEIC)
    },
    cleanup: noImageBitmap,
  },
  {
    title: 'compress: no 2d context → the original',
    arrange: () => {
      canvasEncodes(600)
      jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
    },
    act: shrink(BIG),
    expected: isOk(BIG),
    cleanup: noImageBitmap,
  },

  // network
  { title: 'online: navigator.onLine', act: online, expected: isOk(true) },
  { title: 'online: navigator.onLine false', arrange: () => jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false), act: online, expected: isOk(false) },
  { title: "network: window 'online' / 'offline' events, unsubscribe removes the listeners", act: (p) => networkChanges(p, browserNetwork), expected: NETWORK_CHANGES_OK },
]
}
