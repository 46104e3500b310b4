import type { Platform } from './contract'
import { login, pay, phoneButton, requestSubscribe, verifyFace } from './alipay/account'
import {
  chooseFiles,
  chooseImages,
  compressImage,
  getLocation,
  isOnline,
  makePhoneCall,
  onNetworkChange,
  scan,
  chooseDate,
  setClipboard,
  share,
  uploadFile,
} from './alipay/device'
import { request } from './mini/request'
import { scrollPageOn } from './mini/scroll'
import { hostScreen } from './mini/screen'
import { hostStorage } from './mini/storage'
import { readSystemInfo } from './mini/system-info'

/**
 * Alipay mini-program. Calls the `my` global directly: Taro's own mapping forces scopes for login and has no
 * tradePay, and a fake `my` in tests needs the same calls the phone sees.
 */
export const platform: Platform = {
  name: 'alipay',
  displayName: '支付宝',
  request,
  login,
  phoneButton,
  verifyFace,
  pay,
  scan,
  chooseImages,
  chooseFiles,
  requestSubscribe,
  /** @see https://opendocs.alipay.com/mini/api/cog0du (my.setStorageSync({ key, data }), getStorageSync → { data }) */
  storage: hostStorage('my', 'keyData'),
  /**
   * fontSizeSetting is in px (documented); 16 as the standard size is an assumption to check on a phone.
   * `app` names the client: alipay, DINGTALK, amap, …
   * @see https://github.com/AlipayDocs/open-docs/blob/HEAD/mini/api/基础API/设备/系统信息/my.getSystemInfo.md
   */
  systemInfo: () => readSystemInfo({ host: 'my', hostName: 'AlipayClient', hostField: 'app', normalFontPx: 16 }),
  makePhoneCall,
  getLocation,
  uploadFile,
  compressImage,
  isOnline,
  onNetworkChange,
  chooseDate,
  scrollPageTo: scrollPageOn('my', 1),
  setClipboard,
  share,
  /**
   * Alipay names the brightness `brightness` (0–1) both ways, not `value`: my.getScreenBrightness → { brightness },
   * my.setScreenBrightness({ brightness }) (base library 1.4.0). my.offUserCaptureScreen() is documented without
   * an argument and drops every listener, which is why the adapter keeps one host listener.
   * @see https://help.aliyun.com/document_detail/67548.html (屏幕亮度)
   * @see https://help.aliyun.com/document_detail/67547.html (用户截屏事件)
   */
  screen: hostScreen('my', 'brightness'),
}

export * from './contract'
export * from './result'
