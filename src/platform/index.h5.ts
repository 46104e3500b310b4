import type { Platform } from './contract'
import { installBrowserA11y } from './h5/a11y'
import { compressImage } from './h5/compress'
import { pickFiles } from './h5/file-input'
import { getLocation, makePhoneCall, scrollPageTo, setClipboard, share, systemInfo } from './h5/device'
import { isOnline, onNetworkChange } from './h5/network'
import { pay, verifyFace } from './h5/redirect'
import { request } from './h5/request'
import { scan } from './h5/scan'
import { webStorage } from './h5/storage'
import { readFileHead, uploadFile } from './h5/upload'
import { MSG } from './messages'
import { extensionOf, kindOf } from './normalise'
import { unsupported } from './result'

/**
 * The browser. No host login or phone button: the H5 app logs in by SMS code, and face verification and payment
 * leave for provider pages that return to the app. Scanning needs BarcodeDetector and a camera (h5/scan.ts).
 */
export const platform: Platform = {
  name: 'h5',
  displayName: '浏览器',
  request,
  login: async () => unsupported('浏览器中请使用手机号和短信验证码登录'),
  phoneButton: null,
  verifyFace,
  pay,
  scan,
  chooseImages: ({ count, sources }) =>
    pickFiles({
      accept: 'image/*',
      count,
      // Camera only: open it directly. Camera + album: let the phone offer both.
      capture: sources.includes('album') ? undefined : 'environment',
      check: (file) => (kindOf(file.name, file.type) === 'image' ? undefined : '请选择图片文件'),
    }),
  chooseFiles: ({ count, extensions }) => {
    const allowed = extensions.map((e) => e.toLowerCase())
    return pickFiles({
      accept: allowed.map((e) => `.${e}`).join(','),
      count,
      check: (file) => (allowed.length === 0 || allowed.includes(extensionOf(file.name)) ? undefined : MSG.wrongFileType(extensions)),
    })
  },
  requestSubscribe: async () => unsupported('浏览器中无法订阅消息提醒，办理进度将通过短信通知'),
  storage: webStorage,
  systemInfo,
  makePhoneCall,
  getLocation,
  uploadFile,
  compressImage,
  readFileHead,
  isOnline,
  onNetworkChange,
  chooseDate: null,
  scrollPageTo,
  setClipboard,
  share,
  /**
   * A web page can neither read nor set the screen's brightness, nor learn of a screenshot: the 亮证 page shows a
   * standing warning instead (capturesReported false).
   */
  screen: {
    getBrightness: async () => null,
    setBrightness: async () => false,
    onCapture: () => () => undefined,
    capturesReported: false,
  },
}

// Keyboard access to role elements and 长辈模式 on Taro's tab bar: what the hosts do natively (h5/a11y.ts).
if (typeof document !== 'undefined') installBrowserA11y(document)

export * from './contract'
export * from './result'
