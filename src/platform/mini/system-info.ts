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
}

/** getSystemInfoSync, normalised. It can throw or (Alipay, on timeout) answer undefined: then defaults. */
export function readSystemInfo(spec: SystemInfoSpec): SystemInfo {
  let raw: Record<string, unknown> = {}
  try {
    raw = asRecord(callSync(spec.host, 'getSystemInfoSync')) ?? {}
  } catch {
    raw = {}
  }
  const windowWidth = finiteNumber(raw.windowWidth) ?? 0
  return {
    host: (spec.hostField && nonEmptyString(raw[spec.hostField])) || spec.hostName,
    os: osOf(raw.platform),
    windowWidth,
    windowHeight: finiteNumber(raw.windowHeight) ?? 0,
    pixelRatio: finiteNumber(raw.pixelRatio) ?? 1,
    fontScale: fontScaleOf(finiteNumber(raw.fontSizeSetting), spec.normalFontPx),
    // 750 rpx = the window width; an unknown width falls back to a 375 px phone.
    designPxScale: (windowWidth || 375) / 750,
  }
}
