import type { PlatformResult } from './result'

/** The four targets. The adapter for each lives in index.<name>.ts. */
export type PlatformName = 'weapp' | 'alipay' | 'swan' | 'h5'

/** A login credential from the host, to be exchanged by the server (never trusted on the client). */
export interface LoginCode {
  /** wx.login code / my.getAuthCode authCode / swan.getLoginCode code */
  code: string
}

/** What the server issued to start a face verification (人脸核身); the shape differs per provider. */
export type FaceTicket =
  /**
   * WeChat 人脸核身 2.0: server getverifyid → verifyId. `legacy` (name + 身份证号) is sent only by a server that
   * still runs 人脸核身 1.0 for clients whose base library predates wx.requestFacialVerify.
   */
  | { provider: 'weapp'; verifyId: string; legacy?: { name: string; idCardNumber: string } }
  /** Alipay: server alipay.user.certify.open.initialize + certify → certifyId and url */
  | { provider: 'alipay'; certifyId: string; url: string }
  /**
   * Baidu: swan.ai.facePersonVerify (公安验证), only inside the Baidu app. It compares a face image with the
   * ID photo, so the ticket carries the image the server accepted (a URL, BASE64 or a FACE_TOKEN).
   */
  | { provider: 'swan'; name: string; idCardNumber: string; image: string; imageType: 'URL' | 'BASE64' | 'FACE_TOKEN' }
  /** Browser: a provider page the user is sent to; it returns to `returnUrl` */
  | { provider: 'h5'; url: string }

/** What the host says when its face flow finishes. The server then queries the provider for the outcome. */
export interface FaceFlowDone {
  /** Which native API ran, e.g. requestFacialVerify or startFacialRecognitionVerify */
  api: string
  /** A host token to pass back to the server where the host returns one (Baidu's log_id) */
  hostToken?: string
}

/** What the host says when its cashier closes. `rawCode` keeps the host's own code (Alipay 9000/8000/6004). */
export interface PayFlowDone {
  api: string
  rawCode?: string
}

/** A payment order prepared by the server for this host. */
export type PayOrder =
  /** WeChat Pay JSAPI: the signed parameters for wx.requestPayment */
  | { provider: 'weapp'; timeStamp: string; nonceStr: string; package: string; signType: 'RSA' | 'MD5' | 'HMAC-SHA256'; paySign: string }
  /** Alipay: trade.create → trade_no for my.tradePay */
  | { provider: 'alipay'; tradeNO: string }
  /** Baidu 聚合收银台: orderInfo for swan.requestPolymerPayment */
  | { provider: 'swan'; orderInfo: Record<string, unknown> }
  /** Browser: a cashier page by URL */
  | { provider: 'h5'; url: string }

export interface ScanResult {
  text: string
  /** QR_CODE, BAR_CODE, … as the host names it */
  scanType: string
}

/** A picked file, as a path the host can upload (mini-programs) or a blob URL (H5). */
export interface PickedFile {
  path: string
  size: number
  name: string
  /** image | pdf | other */
  kind: 'image' | 'pdf' | 'other'
  /** The browser File on H5 (for upload), undefined in mini-programs */
  file?: unknown
}

export interface UploadOptions {
  url: string
  file: PickedFile
  /** The multipart part name, e.g. file */
  name: string
  headers: Record<string, string>
  /** 0–100 as the bytes go out */
  onProgress?: (percent: number) => void
  timeoutMs?: number
}

export interface ChooseImagesOptions {
  count: number
  /** Allow camera, album or both */
  sources: Array<'camera' | 'album'>
  /** Ask the host to compress (all hosts support it) */
  compressed: boolean
}

export interface ChooseFilesOptions {
  count: number
  /** Extensions without dot, e.g. ['pdf'] */
  extensions: string[]
}

/** One answer per template id: accept | reject | ban (the user turned subscriptions off) */
export type SubscribeDecision = 'accept' | 'reject' | 'ban'

export interface SystemInfo {
  /** The host app, e.g. WeChat, AlipayClient, baiduboxapp, browser */
  host: string
  /** ios | android | devtools | other */
  os: string
  windowWidth: number
  windowHeight: number
  pixelRatio: number
  /**
   * The user's system font scale, 1 = normal. Used to suggest 长辈模式 when large type is already set on the
   * phone. WeChat reports fontSizeSetting in px (17 = normal); Alipay fontSizeSetting as a level; H5 reads the
   * root font size.
   */
  fontScale: number
  /**
   * CSS px per design px (the 750-wide artboard) on this screen, for sizes computed at run time (virtual-list
   * rows). Mini-programs: rpx, windowWidth / 750. H5: Taro's rem script sizes the root from the shorter side,
   * clamped, so it is min(width, height) / 750 within [0.5, 1].
   */
  designPxScale: number
}

export interface Location {
  latitude: number
  longitude: number
  accuracy: number
}

/**
 * The phone-number button: the props for a `<Button>` and a parser for its event. WeChat uses
 * open-type="getPhoneNumber" (event detail.code); Alipay open-type="getAuthorize" scope="phoneNumber" then
 * my.getPhoneNumber (encrypted response); Baidu open-type="getPhoneNumber" (encryptedData + iv); H5 has none.
 */
export interface PhoneButton {
  props: Record<string, string>
  /** Name of the event prop on Button carrying the result: onGetPhoneNumber or onGetAuthorize */
  eventProp: string
  read(event: unknown): Promise<PlatformResult<{ code?: string; encryptedData?: string; iv?: string }>>
}

/** An HTTP method the API uses. */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** One request to the API, as the API client hands it over (src/api/transport.ts has the same shape). */
export interface HttpRequest {
  url: string
  method: HttpMethod
  headers: Record<string, string>
  /** A JSON-serialisable body, or undefined for none */
  data: unknown
  timeoutMs: number
}

export interface HttpResponse {
  status: number
  /** Parsed JSON where the answer was JSON, else the text */
  data: unknown
  /** Lower-case header names */
  headers: Record<string, string>
}

/** What `request` rejects with when no answer came: the host gave up waiting, or never reached the server. */
export interface NoAnswer {
  noAnswer: 'timeout' | 'network'
}

export interface Platform {
  name: PlatformName
  /** 微信 / 支付宝 / 百度 / 浏览器: used in user-facing text */
  displayName: string
  /**
   * The API's HTTP exchange. Resolves for every HTTP status; rejects with {@link NoAnswer} only when no answer came.
   * Mini-programs: Taro.request (the host's request). H5: XMLHttpRequest, so Taro's fetch, AbortController and JSONP
   * polyfills stay out of the first screen.
   */
  request(request: HttpRequest): Promise<HttpResponse>
  /** Silent login code at launch; H5 answers unsupported (it logs in by SMS). */
  login(): Promise<PlatformResult<LoginCode>>
  phoneButton: PhoneButton | null
  verifyFace(ticket: FaceTicket): Promise<PlatformResult<FaceFlowDone>>
  pay(order: PayOrder): Promise<PlatformResult<PayFlowDone>>
  scan(): Promise<PlatformResult<ScanResult>>
  chooseImages(options: ChooseImagesOptions): Promise<PlatformResult<PickedFile[]>>
  chooseFiles(options: ChooseFilesOptions): Promise<PlatformResult<PickedFile[]>>
  /**
   * Asks to send subscribe messages (status notifications). Start it synchronously inside the user's tap,
   * before anything is awaited: WeChat (base library ≥ 2.8.2) refuses the prompt outside a tap gesture.
   * @see https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
   */
  requestSubscribe(templateIds: string[]): Promise<PlatformResult<Record<string, SubscribeDecision>>>
  /**
   * Synchronous key-value storage. Never throws: a refused write (quota, disabled storage) leaves the key as it
   * was, and an unreadable key reads as undefined. (The adapters also return false from a refused `set`.)
   */
  storage: {
    get<T>(key: string): T | undefined
    set(key: string, value: unknown): void
    remove(key: string): void
  }
  systemInfo(): SystemInfo
  makePhoneCall(phoneNumber: string): Promise<PlatformResult<null>>
  getLocation(): Promise<PlatformResult<Location>>
  /**
   * Uploads one picked file as multipart/form-data (part `name`) with progress: the host's uploadFile on
   * mini-programs (wx/my/swan.uploadFile + UploadTask.onProgressUpdate), XMLHttpRequest + FormData on H5.
   * Resolves ok with the HTTP status and the raw body for any status; failed only when nothing came back.
   */
  uploadFile(options: UploadOptions): Promise<PlatformResult<{ status: number; body: string }>>
  /**
   * Shrinks a large photo before upload (the host's compressImage; a canvas on H5). Answers the file unchanged
   * when it is not an image or already small enough; never fails the flow (a failed compression gives the original).
   */
  compressImage(file: PickedFile, options: { quality: number; maxBytes: number }): Promise<PickedFile>
  /**
   * The first `bytes` bytes of a picked file, where the host gives them (H5: the browser File), so the upload store
   * can check the type by content and an image's pixel size before sending (src/domain/file-content.ts). Absent
   * where not wired (the mini-programs: the server checks); null when the file cannot be read.
   */
  readFileHead?(file: PickedFile, bytes: number): Promise<Uint8Array | null>
  /** Whether the device has a network now (best guess; the request itself is the proof) */
  isOnline(): Promise<boolean>
  /** Calls `listener` when the network comes and goes; returns the unsubscribe */
  onNetworkChange(listener: (online: boolean) => void): () => void
  /**
   * A date chosen with the host's own date dialog, 'YYYY-MM-DD', where the `<Picker mode="date">` component
   * does not exist: Alipay's picker only offers a list, so it has my.datePicker. Null where the component works
   * (WeChat, Baidu, H5): use the component there.
   */
  chooseDate: ((options: { current?: string; start?: string; end?: string }) => Promise<PlatformResult<string>>) | null
  /**
   * Scrolls the current page to `scrollTop` px (fire and forget). Pages measure their anchors with a selector
   * query and pass the offset, because pageScrollTo's `selector` needs WeChat 2.7.3 / Alipay 1.20 and Baidu has
   * none; Alipay ignores a scrollTop of 0, which the adapter handles.
   */
  scrollPageTo(scrollTop: number, durationMs: number): void
  /** Copy text (an address, a number) to the system clipboard. */
  setClipboard(text: string): Promise<PlatformResult<null>>
  share: Share
  /** Brightness and screenshots, for 亮证 (a QR code shown at a window). */
  screen: Screen
}

/**
 * The screen while a 亮证 code is shown: brighter so a window scanner reads it, and a warning when the user takes
 * a screenshot (a screenshot of a code is someone else's way in until the token expires). Nothing here throws or
 * fails a flow: a host without the API answers null / false / never calls back.
 */
export interface Screen {
  /** The current brightness, 0–1 (to restore on leaving); null where the host cannot tell (H5, Baidu Web 态). */
  getBrightness(): Promise<number | null>
  /** Sets the brightness, clamped to 0–1; false where not done. Restore the value read before on leaving the page. */
  setBrightness(value: number): Promise<boolean>
  /**
   * Calls `listener` after each screenshot the user takes; returns the unsubscribe. Never called where the host
   * does not report screenshots (see `capturesReported`).
   */
  onCapture(listener: () => void): () => void
  /** Whether this host reports screenshots at all (false on H5): pages show a standing warning instead. */
  readonly capturesReported: boolean
}

/**
 * Sharing a page. Mini-programs share through a `<Button>` with open-type="share" (the page answers with
 * useShareAppMessage); the browser uses the Web Share API, or copies the link when there is none.
 */
export interface Share {
  /** Props for the share `<Button>`, or null where a button cannot share (H5) */
  buttonProps: Record<string, string> | null
  /** H5: share or copy `url`. Mini-programs answer unsupported (their button shares). */
  shareLink(title: string, url: string): Promise<PlatformResult<'shared' | 'copied'>>
}
