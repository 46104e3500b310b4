import type { SystemInfo } from '../contract'
import { asRecord, finiteNumber, fontScaleOf, nonEmptyString, osOf } from '../normalise'
import { callSync, type HostName } from './host'

export interface SystemInfoSpec {
  host: HostName
  /** Name used when the host does not say which app it is. */
  hostName: string
  /** The field naming the host app, where there is one (Baidu `host`, Alipay `app`). */
  hostField?: string
  /** fontSizeSetting at the phone's normal type size, in px. */
  normalFontPx: number
  /**
   * The API that reports the user's type size, where it is not getSystemInfoSync: WeChat moved it to
   * getAppBaseInfo (fontSizeScaleFactor, and fontSizeSetting in px since 2.23.4) and deprecates getSystemInfoSync.
   */
  fontInfoApi?: string
}

const read = (host: HostName, api: string): Record<string, unknown> | undefined => {
  // It can throw (an old client without the API) or, on Alipay after a timeout, answer undefined: then nothing.
  try {
    return asRecord(callSync(host, api))
  } catch {
    return undefined
  }
}

/** The user's type size as a multiple of normal: the host's own factor where it gives one, else px / normal px. */
function fontScale(info: Record<string, unknown>, normalFontPx: number): number | undefined {
  const factor = finiteNumber(info.fontSizeScaleFactor)
  if (factor !== undefined && factor > 0) return Math.round(factor * 100) / 100
  const px = finiteNumber(info.fontSizeSetting)
  return px !== undefined && px > 0 ? fontScaleOf(px, normalFontPx) : undefined
}

/** getSystemInfoSync (and the font API), normalised; anything missing falls back to defaults. */
export function readSystemInfo(spec: SystemInfoSpec): SystemInfo {
  const raw = read(spec.host, 'getSystemInfoSync') ?? {}
  const fontInfo = spec.fontInfoApi ? read(spec.host, spec.fontInfoApi) : undefined
  const windowWidth = finiteNumber(raw.windowWidth) ?? 0
  return {
    host: (spec.hostField && nonEmptyString(raw[spec.hostField])) || spec.hostName,
    os: osOf(raw.platform),
    windowWidth,
    windowHeight: finiteNumber(raw.windowHeight) ?? 0,
    pixelRatio: finiteNumber(raw.pixelRatio) ?? 1,
    fontScale: (fontInfo && fontScale(fontInfo, spec.normalFontPx)) ?? fontScale(raw, spec.normalFontPx) ?? 1,
    // 750 rpx = the window width; an unknown width falls back to a 375 px phone.
    designPxScale: (windowWidth || 375) / 750,
  }
}
