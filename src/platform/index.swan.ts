import type { Platform } from './contract'
import { request } from './mini/request'
import { scrollPageOn } from './mini/scroll'
import { hostScreen } from './mini/screen'
import { hostStorage } from './mini/storage'
import { readSystemInfo } from './mini/system-info'
import { login, pay, phoneButton, requestSubscribe, verifyFace } from './swan/account'
import {
  chooseFiles,
  chooseImages,
  compressImage,
  getLocation,
  isOnline,
  makePhoneCall,
  onNetworkChange,
  scan,
  setClipboard,
  share,
  uploadFile,
} from './swan/device'

/**
 * Baidu smart program. Runs in several host apps (baiduboxapp, 百度极速版, …); AI and payment APIs exist only in
 * some of them, which is why every call checks the API at call time.
 */
export const platform: Platform = {
  name: 'swan',
  displayName: '百度',
  request,
  login,
  phoneButton,
  verifyFace,
  pay,
  scan,
  chooseImages,
  chooseFiles,
  requestSubscribe,
  /** @see https://smartprogram.baidu.com/docs/develop/api/storage/save_swan-setStorageSync/ */
  storage: hostStorage('swan', 'positional'),
  /**
   * `host` names the host app (since 3.30.2). fontSizeSetting's unit is undocumented: read as px, 16 standard.
   * @see https://smartprogram.baidu.com/docs/develop/api/device_sys/swan-getSystemInfoSync/
   */
  systemInfo: () => readSystemInfo({ host: 'swan', hostName: 'baiduboxapp', hostField: 'host', normalFontPx: 16 }),
  makePhoneCall,
  getLocation,
  uploadFile,
  compressImage,
  isOnline,
  onNetworkChange,
  chooseDate: null,
  scrollPageTo: scrollPageOn('swan'),
  setClipboard,
  share,
  /**
   * swan.getScreenBrightness → { value } 0–1, swan.setScreenBrightness({ value }) (both fail in Web 态);
   * swan.onUserCaptureScreen, with no off API documented.
   * @see https://smartprogram.baidu.com/docs/develop/api/device_sys/swan-getScreenBrightness/
   * @see https://smartprogram.baidu.com/docs/develop/api/device_sys/swan-setScreenBrightness/
   * @see https://smartprogram.baidu.com/docs/develop/api/device_sys/swan-onUserCaptureScreen/
   */
  screen: hostScreen('swan', 'value'),
}

export * from './contract'
export * from './result'
