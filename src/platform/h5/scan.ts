import type { Platform, ScanResult } from '../contract'
import { MSG } from '../messages'
import { cancelled, failed, ok, unsupported, type PlatformResult } from '../result'

/** Where the browser cannot scan, the page offers to paste or type the code instead. */
export const NO_CAMERA_SCAN = '当前浏览器无法调用相机扫码，请粘贴或输入亮证码'
const CAMERA_DENIED = '未获得相机权限，请在浏览器设置中允许使用相机后重试'
/** Pause between two detection attempts: enough for a steady hand, light on an old phone's CPU. */
const FRAME_MS = 150

interface DetectedBarcode {
  rawValue: string
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>
}
type BarcodeDetectorClass = {
  new (options: { formats: string[] }): BarcodeDetectorLike
  getSupportedFormats?: () => Promise<string[]>
}

function detectorClass(): BarcodeDetectorClass | undefined {
  const value = (globalThis as Record<string, unknown>).BarcodeDetector
  return typeof value === 'function' ? (value as BarcodeDetectorClass) : undefined
}

/** The full-screen camera view: the video, a hint and a 取消 button (≥ 44 px, labelled for screen readers). */
function overlay(stream: MediaStream, onCancel: () => void) {
  const root = document.createElement('div')
  root.setAttribute('role', 'dialog')
  root.setAttribute('aria-label', '扫描二维码')
  root.style.cssText = 'position:fixed;inset:0;z-index:10000;background:#000;display:flex;flex-direction:column;align-items:center;justify-content:center'
  const video = document.createElement('video')
  video.setAttribute('playsinline', '')
  video.setAttribute('aria-hidden', 'true')
  video.muted = true
  video.autoplay = true
  video.style.cssText = 'width:100%;max-height:80vh;object-fit:cover'
  video.srcObject = stream
  const hint = document.createElement('p')
  hint.textContent = '将二维码放入画面中央，即可自动识别'
  hint.style.cssText = 'color:#fff;font-size:16px;margin:16px'
  const cancel = document.createElement('button')
  cancel.type = 'button'
  cancel.textContent = '取消'
  cancel.setAttribute('aria-label', '取消扫码')
  cancel.style.cssText = 'min-width:120px;min-height:48px;font-size:18px;border-radius:24px;border:0;background:#fff;color:#000'
  cancel.addEventListener('click', onCancel)
  root.append(video, hint, cancel)
  document.body.appendChild(root)
  try {
    // Autoplay of a muted inline video is allowed; a refusal only means the first frames come later.
    void video.play()?.catch(() => undefined)
  } catch {
    // Same: detection retries on every frame.
  }
  return { root, video }
}

const cameraError = (error: unknown): PlatformResult<never> => {
  const name = typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name ?? '') : ''
  if (name === 'NotAllowedError' || name === 'SecurityError') return failed(CAMERA_DENIED, name)
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return unsupported(NO_CAMERA_SCAN)
  return failed(MSG.scanFailed, name || undefined)
}

/**
 * QR codes with the browser's own detector (Chrome on Android, some WebViews) and the rear camera, in a full-screen
 * overlay with a 取消 button; the browser back button cancels too. Without BarcodeDetector or getUserMedia (iOS
 * Safari, desktop Firefox, http pages) it answers unsupported, and the page offers paste / enter-code.
 * @see https://developer.mozilla.org/docs/Web/API/BarcodeDetector
 * @see https://developer.mozilla.org/docs/Web/API/MediaDevices/getUserMedia
 */
export const scan: Platform['scan'] = async () => {
  const Detector = detectorClass()
  const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices
  if (!Detector || typeof media?.getUserMedia !== 'function' || typeof document === 'undefined') return unsupported(NO_CAMERA_SCAN)
  let detector: BarcodeDetectorLike
  try {
    const formats = await Detector.getSupportedFormats?.()
    if (formats && !formats.includes('qr_code')) return unsupported(NO_CAMERA_SCAN)
    detector = new Detector({ formats: ['qr_code'] })
  } catch {
    return unsupported(NO_CAMERA_SCAN)
  }
  let stream: MediaStream
  try {
    stream = await media.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
  } catch (error) {
    return cameraError(error)
  }
  return new Promise<PlatformResult<ScanResult>>((resolve) => {
    let done = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const finish = (result: PlatformResult<ScanResult>) => {
      if (done) return
      done = true
      clearTimeout(timer)
      window.removeEventListener('popstate', onBack)
      stream.getTracks().forEach((track) => track.stop())
      view.root.remove()
      resolve(result)
    }
    const onBack = () => finish(cancelled(MSG.scanCancelled))
    const view = overlay(stream, onBack)
    window.addEventListener('popstate', onBack)
    const tick = async () => {
      if (done) return
      try {
        const text = (await detector.detect(view.video)).find((code) => code.rawValue)?.rawValue
        if (text) return finish(ok({ text, scanType: 'QR_CODE' }))
      } catch {
        // No frame yet (the video is still starting): try the next one.
      }
      if (!done) timer = setTimeout(tick, FRAME_MS)
    }
    void tick()
  })
}
