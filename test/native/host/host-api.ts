/**
 * A fake host API object (`wx` / `my` / `swan`) for booting compiled output. Every API call is recorded;
 * unknown async APIs succeed with an empty result, so the runtime can call what it likes. The per-target
 * differences that matter to Tongban are written as data (request shapes, storage, login).
 */
export type Target = 'weapp' | 'alipay' | 'swan'

export interface HttpRequest {
  url: string
  method: string
  headers: Record<string, string>
  body: unknown
}
export interface HttpResponse {
  status: number
  headers: Record<string, string>
  body: unknown
}

export interface HostOptions {
  target: Target
  /** Answers the app's network requests (the tests route them into the real mock server) */
  http: (req: HttpRequest) => Promise<HttpResponse>
  /** The host login code for the next login call */
  nextLoginCode: () => string
  navigate: (kind: 'navigateTo' | 'switchTab' | 'redirectTo' | 'reLaunch' | 'navigateBack', url: string, delta?: number) => void
  /** What the host's storage already holds at launch (a preference saved on an earlier visit) */
  storage?: Record<string, unknown>
  /** The user's type size in the host's settings (1 = standard; WeChat 我-设置-通用-字体大小) */
  fontScale?: number
}

export interface HostRecord {
  api: string
  args: unknown
}

const NORMAL_FONT_PX: Record<Target, number> = { weapp: 17, alipay: 16, swan: 16 }

const systemInfo = (target: Target, fontScale = 1) => ({
  brand: 'devtools',
  model: 'simulated',
  pixelRatio: 2,
  screenWidth: 375,
  screenHeight: 812,
  windowWidth: 375,
  windowHeight: 724,
  statusBarHeight: 44,
  language: 'zh_CN',
  version: target === 'alipay' ? '10.5.0' : '8.0.50',
  system: 'iOS 17.0',
  platform: 'devtools',
  SDKVersion: '3.5.0',
  fontSizeSetting: Math.round(NORMAL_FONT_PX[target] * fontScale),
  // WeChat's getAppBaseInfo also gives the factor itself
  fontSizeScaleFactor: target === 'weapp' ? fontScale : undefined,
  app: target === 'alipay' ? 'alipay' : target === 'swan' ? 'baiduboxapp' : 'WeChat',
  safeArea: { top: 44, left: 0, right: 375, bottom: 778, width: 375, height: 734 },
})

export function createHostApi(options: HostOptions) {
  const { target } = options
  const calls: HostRecord[] = []
  const storage = new Map<string, unknown>(Object.entries(options.storage ?? {}))
  const info = () => systemInfo(target, options.fontScale)
  const done = (opts: any, res: any) => setTimeout(() => {
    opts?.success?.(res)
    opts?.complete?.(res)
  }, 0)
  const fail = (opts: any, res: any) => setTimeout(() => {
    opts?.fail?.(res)
    opts?.complete?.(res)
  }, 0)

  const request = (opts: any) => {
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(opts.header ?? opts.headers ?? {})) headers[k.toLowerCase()] = String(v)
    let body = opts.data
    if (body !== undefined && typeof body !== 'string') body = JSON.stringify(body)
    options
      .http({ url: opts.url, method: (opts.method ?? 'GET').toUpperCase(), headers, body })
      .then((res) => {
        if (target === 'alipay') {
          // Alipay answers {status, headers}; a non-2xx status arrives in fail as error 19 (HTTP 错误).
          if (res.status >= 200 && res.status < 300) done(opts, { status: res.status, headers: res.headers, data: res.body })
          else fail(opts, { error: 19, errorMessage: 'http status error', status: res.status, headers: res.headers, data: res.body })
        } else {
          done(opts, { statusCode: res.status, header: res.headers, data: res.body, errMsg: 'request:ok' })
        }
      })
      .catch(() => fail(opts, target === 'alipay' ? { error: 12, errorMessage: '网络出错' } : { errMsg: 'request:fail net::ERR_CONNECTION_REFUSED' }))
    return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} }
  }

  const known: Record<string, (...args: any[]) => unknown> = {
    request,
    httpRequest: request,
    getSystemInfoSync: info,
    getSystemInfo: (opts: any) => done(opts, info()),
    getWindowInfo: info,
    getAppBaseInfo: info,
    getDeviceInfo: info,
    getMenuButtonBoundingClientRect: () => ({ top: 48, left: 281, right: 368, bottom: 80, width: 87, height: 32 }),
    canIUse: () => true,
    // Storage: wx/swan take positional (key, data); Alipay takes {key, data} and answers {data}.
    setStorageSync: (a: any, b?: unknown) => (target === 'alipay' ? storage.set(a.key, clone(a.data)) : storage.set(a, clone(b))),
    getStorageSync: (a: any) => (target === 'alipay' ? { data: storage.get(a.key) ?? null } : storage.get(a) ?? ''),
    removeStorageSync: (a: any) => storage.delete(target === 'alipay' ? a.key : a),
    // Login codes: wx.login / swan.getLoginCode answer {code}; my.getAuthCode answers {authCode}.
    login: (opts: any) => done(opts, { code: options.nextLoginCode(), errMsg: 'login:ok' }),
    getLoginCode: (opts: any) => done(opts, { code: options.nextLoginCode(), errMsg: 'getLoginCode:ok' }),
    getAuthCode: (opts: any) => done(opts, { authCode: options.nextLoginCode() }),
    navigateTo: (opts: any) => {
      options.navigate('navigateTo', opts.url)
      done(opts, { errMsg: 'navigateTo:ok' })
    },
    switchTab: (opts: any) => {
      options.navigate('switchTab', opts.url)
      done(opts, { errMsg: 'switchTab:ok' })
    },
    redirectTo: (opts: any) => {
      options.navigate('redirectTo', opts.url)
      done(opts, { errMsg: 'redirectTo:ok' })
    },
    reLaunch: (opts: any) => {
      options.navigate('reLaunch', opts.url)
      done(opts, { errMsg: 'reLaunch:ok' })
    },
    navigateBack: (opts: any) => {
      options.navigate('navigateBack', '', opts?.delta ?? 1)
      done(opts, { errMsg: 'navigateBack:ok' })
    },
    showModal: (opts: any) => done(opts, { confirm: true, cancel: false }),
    // The host's face and payment flows "finish" (the user did it); whether it passed is the server's word.
    requestFacialVerify: (opts: any) => done(opts, { errMsg: 'requestFacialVerify:ok', verifyResult: 'host-says-ok' }),
    requestPayment: (opts: any) => done(opts, { errMsg: 'requestPayment:ok' }),
    tradePay: (opts: any) => done(opts, { resultCode: '9000' }),
    // Alipay's phone number arrives encrypted after the getAuthorize button; the server decrypts it.
    getPhoneNumber: (opts: any) => done(opts, { response: 'ENCRYPTED-PHONE-RESPONSE' }),
    requestPolymerPayment: (opts: any) => done(opts, { errMsg: 'requestPolymerPayment:ok' }),
    call: (name: string, _params: unknown, callback?: (answer: unknown) => void) => setTimeout(() => callback?.(name === 'startBizService' ? { resultStatus: '9000' } : {}), 0),
    confirm: (opts: any) => done(opts, { confirm: true }),
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    createSelectorQuery: () => {
      const q: any = { in: () => q, select: () => q, selectAll: () => q, selectViewport: () => q, boundingClientRect: () => q, scrollOffset: () => q, fields: () => q, exec: (cb?: (r: unknown[]) => void) => cb?.([]) }
      return q
    },
    createIntersectionObserver: () => ({ relativeTo: () => ({ observe() {} }), relativeToViewport: () => ({ observe() {} }), observe() {}, disconnect() {} }),
    getUpdateManager: () => ({ onCheckForUpdate() {}, onUpdateReady() {}, onUpdateFailed() {}, applyUpdate() {} }),
  }

  // Real hosts expose every API as an own property (Taro copies Object.keys(wx) onto Taro.*), so this is a
  // plain object: the known answers above, and every other listed API succeeding with an empty result.
  const api: Record<string, unknown> = {}
  for (const name of new Set([...Object.keys(known), ...OTHER_APIS])) {
    api[name] = (...args: any[]) => {
      calls.push({ api: name, args: args[0] })
      if (known[name]) return known[name](...args)
      if (name.endsWith('Sync') || /^(on|off)[A-Z]/.test(name)) return undefined
      done(args[0], { errMsg: `${name}:ok` })
      return undefined
    }
  }
  return { api, calls, storage }
}

const OTHER_APIS = [
  'showToast', 'hideToast', 'showLoading', 'hideLoading', 'showActionSheet', 'setNavigationBarTitle', 'setNavigationBarColor',
  'showNavigationBarLoading', 'hideNavigationBarLoading', 'setBackgroundColor', 'setBackgroundTextStyle', 'stopPullDownRefresh',
  'startPullDownRefresh', 'pageScrollTo', 'makePhoneCall', 'scanCode', 'scan', 'chooseImage', 'chooseMedia', 'chooseMessageFile',
  'previewImage', 'uploadFile', 'downloadFile', 'requestSubscribeMessage', 'subscribeService', 'getLocation', 'setClipboardData',
  'vibrateShort', 'hideKeyboard', 'getNetworkType', 'onNetworkStatusChange', 'offNetworkStatusChange', 'setScreenBrightness',
  'getScreenBrightness', 'onUserCaptureScreen', 'offUserCaptureScreen', 'setKeepScreenOn', 'openSetting', 'getSetting',
  'authorize', 'requestPayment', 'tradePay', 'requestPolymerPayment', 'startFacialRecognitionVerify', 'requestFacialVerify',
  'call', 'getPhoneNumber', 'openDocument', 'setTabBarBadge', 'removeTabBarBadge', 'showTabBar', 'hideTabBar',
  'setTabBarStyle', 'setTabBarItem', 'reportAnalytics', 'getAccountInfoSync', 'getLaunchOptionsSync', 'getEnterOptionsSync',
  'onAppShow', 'onAppHide', 'offAppShow', 'offAppHide', 'onError', 'offError', 'onPageNotFound', 'onUnhandledRejection',
  'onThemeChange', 'getStorage', 'setStorage', 'removeStorage', 'clearStorage', 'clearStorageSync', 'getStorageInfoSync',
  'checkSession', 'getUserProfile', 'getUserInfo', 'createAnimation', 'createCanvasContext', 'createSelectorQuery',
  'onKeyboardHeightChange', 'offKeyboardHeightChange', 'onWindowResize', 'offWindowResize', 'loadFontFace',
]

const clone = (v: unknown) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)))
