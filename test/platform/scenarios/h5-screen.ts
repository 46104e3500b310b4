import { NO_CAMERA_SCAN } from '../../../src/platform/h5/scan'
import { MSG } from '../../../src/platform/messages'
import { isCancelled, isFailed, isOk, sync, type Scenario } from './expect'

/** What the adapter asked of the camera and the detector, and whether it let the camera go. */
let asked: { constraints: unknown[]; detectorOptions: unknown[]; stopped: number } = { constraints: [], detectorOptions: [], stopped: 0 }

/**
 * A browser with BarcodeDetector and a camera: `frames` are what detect() sees, one entry per attempt (codes, or
 * 'not-ready' for a video that has no frame yet), then nothing; `denied` makes getUserMedia refuse with that name.
 */
function camera(options: { frames?: Array<string[] | 'not-ready'>; formats?: string[]; denied?: string } = {}) {
  asked = { constraints: [], detectorOptions: [], stopped: 0 }
  const frames = [...(options.frames ?? [])]
  class FakeDetector {
    static getSupportedFormats = async () => options.formats ?? ['qr_code', 'ean_13']
    constructor(detectorOptions: unknown) {
      asked.detectorOptions.push(detectorOptions)
    }
    async detect() {
      const frame = frames.shift() ?? []
      if (frame === 'not-ready') throw new DOMException('no frame yet', 'InvalidStateError')
      return frame.map((rawValue) => ({ rawValue }))
    }
  }
  const stream = { getTracks: () => [{ stop: () => void asked.stopped++ }] }
  const getUserMedia = async (constraints: unknown) => {
    asked.constraints.push(constraints)
    if (options.denied) throw new DOMException('refused', options.denied)
    return stream
  }
  Object.defineProperty(window, 'BarcodeDetector', { value: FakeDetector, configurable: true, writable: true })
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true })
  jest.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined)
}
const noCamera = () => {
  Reflect.deleteProperty(window, 'BarcodeDetector')
  Reflect.deleteProperty(navigator, 'mediaDevices')
}

const overlay = () => document.querySelector('[role="dialog"][aria-label="扫描二维码"]')
const cancelButton = () => document.querySelector<HTMLButtonElement>('button[aria-label="取消扫码"]')

/** Start a scan, wait for the camera view, then let the user act on it. */
const scanThen = (userAct: () => void) => async (p: Parameters<Scenario['act']>[0]) => {
  const pending = p.scan()
  for (let i = 0; i < 20 && !cancelButton(); i++) await new Promise((r) => setTimeout(r, 5))
  userAct()
  return pending
}

/** Camera and detector let go, the overlay gone: after every scan that opened the camera. */
const released = () => {
  expect(asked.stopped).toBe(1)
  expect(overlay()).toBeNull()
}

/** platform.screen and platform.scan in the browser. */
export const h5ScreenScenarios = (): Scenario[] => [
  {
    title: 'screen: no brightness and no screenshot events in a browser',
    act: async (p) => sync({ get: await p.screen.getBrightness(), set: await p.screen.setBrightness(1), reported: p.screen.capturesReported, off: p.screen.onCapture(() => undefined)() }),
    expected: isOk({ get: null, set: false, reported: false, off: undefined }),
  },

  { title: 'scan: no BarcodeDetector → unsupported, paste or type the code', act: (p) => p.scan(), expected: { status: 'unsupported', message: NO_CAMERA_SCAN } },
  {
    title: 'scan: BarcodeDetector without getUserMedia (http page) → unsupported',
    arrange: () => {
      camera()
      Reflect.deleteProperty(navigator, 'mediaDevices')
    },
    act: (p) => p.scan(),
    expected: { status: 'unsupported', message: NO_CAMERA_SCAN },
    verify: () => expect(overlay()).toBeNull(),
    cleanup: noCamera,
  },
  { title: 'scan: a detector without qr_code → unsupported', arrange: () => camera({ formats: ['ean_13'] }), act: (p) => p.scan(), expected: { status: 'unsupported', message: NO_CAMERA_SCAN }, cleanup: noCamera },
  {
    title: 'scan: camera refused (NotAllowedError) fails in Chinese with the name',
    arrange: () => camera({ denied: 'NotAllowedError' }),
    act: (p) => p.scan(),
    expected: isFailed('NotAllowedError', expect.stringContaining('相机权限')),
    verify: () => expect(overlay()).toBeNull(),
    cleanup: noCamera,
  },
  { title: 'scan: no camera at all (NotFoundError) → unsupported', arrange: () => camera({ denied: 'NotFoundError' }), act: (p) => p.scan(), expected: { status: 'unsupported', message: NO_CAMERA_SCAN }, cleanup: noCamera },
  {
    title: 'scan: the rear camera, QR only; a frame not ready and an empty one are retried; the code ends the scan',
    arrange: () => camera({ frames: ['not-ready', [], ['TB1.payload.signature']] }),
    act: (p) => p.scan(),
    expected: isOk({ text: 'TB1.payload.signature', scanType: 'QR_CODE' }),
    verify: () => {
      expect(asked.constraints).toEqual([{ video: { facingMode: 'environment' }, audio: false }])
      expect(asked.detectorOptions).toEqual([{ formats: ['qr_code'] }])
      released()
    },
    cleanup: noCamera,
  },
  {
    title: 'scan: 取消 (a labelled button in the camera view) → cancelled, camera released',
    arrange: () => camera(),
    act: scanThen(() => cancelButton()!.click()),
    expected: isCancelled(),
    verify: (r) => {
      expect(r.status === 'cancelled' && r.message).toBe(MSG.scanCancelled)
      released()
    },
    cleanup: noCamera,
  },
  {
    title: 'scan: the browser back button cancels too',
    arrange: () => camera(),
    act: scanThen(() => window.dispatchEvent(new PopStateEvent('popstate'))),
    expected: isCancelled(),
    verify: released,
    cleanup: noCamera,
  },
]
