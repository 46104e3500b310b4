import type { Platform } from '../contract'
import { callHostQuietly } from './call-host'
import type { HostName } from './host'

/**
 * pageScrollTo by offset on a mini-program host. `minTop` is the smallest offset the host acts on: Alipay
 * ignores a scrollTop of 0, so the top of the page is 1 px there.
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/ui/scroll/wx.pageScrollTo.html
 * @see https://help.aliyun.com/document_detail/67561.html (my.pageScrollTo: scrollTop must be > 0)
 * @see https://w3cschool.cn/baiduapp/baiduapp-spc939nb.html (swan.pageScrollTo mirror: scrollTop only)
 */
export const scrollPageOn =
  (host: HostName, minTop = 0): Platform['scrollPageTo'] =>
  (scrollTop, durationMs) =>
    void callHostQuietly(host, 'pageScrollTo', { scrollTop: Math.max(minTop, Math.round(scrollTop)), duration: durationMs })
