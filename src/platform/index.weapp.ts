import type { Platform } from './contract'
import { request } from './mini/request'
import { scrollPageOn } from './mini/scroll'
import { hostScreen } from './mini/screen'
import { hostStorage } from './mini/storage'
import { readSystemInfo } from './mini/system-info'
import { login, pay, phoneButton, requestSubscribe, verifyFace } from './weapp/account'
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
} from './weapp/device'

/**
 * WeChat mini-program. Calls the `wx` global directly (not @tarojs/taro) so the adapter runs against a fake host
 * in tests; Taro resolves `@/platform` to this file for `--type weapp`.
 */
export const platform: Platform = {
  name: 'weapp',
  displayName: '微信',
  request,
  login,
  phoneButton,
  verifyFace,
  pay,
  scan,
  chooseImages,
  chooseFiles,
  requestSubscribe,
  /** @see https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.setStorageSync.html */
  storage: hostStorage('wx', 'positional'),
  /**
   * The type size (我-设置-通用-字体大小) comes from getAppBaseInfo (基础库 2.20.1+): fontSizeScaleFactor, else
   * fontSizeSetting in px (17 at the standard size); older clients report fontSizeSetting in getSystemInfoSync.
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getAppBaseInfo.html
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getSystemInfoSync.html
   */
  systemInfo: () => readSystemInfo({ host: 'wx', hostName: 'WeChat', normalFontPx: 17, fontInfoApi: 'getAppBaseInfo' }),
  makePhoneCall,
  getLocation,
  uploadFile,
  compressImage,
  isOnline,
  onNetworkChange,
  chooseDate: null,
  scrollPageTo: scrollPageOn('wx'),
  setClipboard,
  share,
  /**
   * getScreenBrightness / setScreenBrightness `{ value }` 0–1 (base library 1.2.0); onUserCaptureScreen (1.4.0),
   * offUserCaptureScreen(listener) (2.9.3).
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/device/screen/wx.getScreenBrightness.html
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/device/screen/wx.setScreenBrightness.html
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/device/screen/wx.onUserCaptureScreen.html
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/device/screen/wx.offUserCaptureScreen.html
   */
  screen: hostScreen('wx', 'value'),
}

export * from './contract'
export * from './result'
