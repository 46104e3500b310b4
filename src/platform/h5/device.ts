import type { Location, Platform, SystemInfo } from '../contract'
import { MSG } from '../messages'
import { fontScaleOf, osOf } from '../normalise'
import { cancelled, failed, ok, unsupported, type PlatformResult } from '../result'
import { tryNavigate } from './browser'

/**
 * The user's default font size, not the root's: Taro's H5 rem script sets `<html>` font-size from the screen
 * width (18.75px on a 375px phone), so a `font-size: medium` probe reads the browser setting instead. Where the
 * probe does not resolve to px (old engines, jsdom), the root's computed size is the fallback.
 */
function defaultFontPx(): number | undefined {
  const px = (el: Element) => parseFloat(window.getComputedStyle(el).fontSize)
  try {
    const probe = document.createElement('span')
    probe.style.fontSize = 'medium'
    document.body.appendChild(probe)
    const fromProbe = px(probe)
    probe.remove()
    const size = Number.isFinite(fromProbe) ? fromProbe : px(document.documentElement)
    return Number.isFinite(size) ? size : undefined
  } catch {
    return undefined
  }
}

/**
 * Taro's H5 rem script (in index.html) sets the root font size to 40 × min(width, height) / 750 px, clamped to
 * [20, 40] px, and pxtransform writes 40 design px as 1 rem: one design px is that many CSS px.
 */
export function designPxScale(width: number, height: number): number {
  const shorter = Math.min(...[width, height].filter((v) => v > 0))
  if (!Number.isFinite(shorter)) return 0.5
  return Math.min(1, Math.max(0.5, shorter / 750))
}

export function systemInfo(): SystemInfo {
  return {
    host: 'browser',
    os: osOf(navigator.userAgent),
    windowWidth: window.innerWidth,
    windowHeight: window.innerHeight,
    pixelRatio: window.devicePixelRatio || 1,
    fontScale: fontScaleOf(defaultFontPx(), 16),
    designPxScale: designPxScale(window.innerWidth, window.innerHeight),
  }
}

/** `tel:` opens the dialler on phones; only digits, +, - and spaces are let through. */
export const makePhoneCall: Platform['makePhoneCall'] = async (phoneNumber) => {
  const digits = phoneNumber.replace(/[\s-]/g, '')
  if (!/^\+?\d{3,20}$/.test(digits)) return failed('电话号码格式不正确')
  return tryNavigate(`tel:${digits}`) ? ok(null) : failed(MSG.callFailed)
}

/** GeolocationPositionError.code → result; 1 is the user (or the site settings) refusing. */
const GEO_ERRORS: Record<number, (code: number) => PlatformResult<never>> = {
  1: (code) => failed('你已拒绝定位，请在浏览器设置中允许本网站使用位置信息后重试', code),
  2: (code) => failed(MSG.locationFailed, code),
  3: (code) => failed('定位超时，请稍后重试', code),
}

/**
 * navigator.geolocation answers WGS-84 (the map code converts when it needs GCJ-02), and only on https pages.
 * @see https://developer.mozilla.org/docs/Web/API/Geolocation/getCurrentPosition
 */
export const getLocation: Platform['getLocation'] = () => {
  const geo = typeof navigator === 'undefined' ? undefined : navigator.geolocation
  if (!geo) return Promise.resolve(unsupported('当前浏览器不支持定位，请手动选择所在地区'))
  return new Promise((resolve) => {
    const fail = (code: number) => resolve((GEO_ERRORS[code] ?? ((c: number) => failed(MSG.locationFailed, c)))(code))
    try {
      geo.getCurrentPosition(
        ({ coords }) => resolve(ok<Location>({ latitude: coords.latitude, longitude: coords.longitude, accuracy: coords.accuracy })),
        (error) => fail(error?.code),
        { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 },
      )
    } catch {
      resolve(failed(MSG.locationFailed))
    }
  })
}

/** The old way, for browsers without the async Clipboard API (or on http pages): a selected textarea. */
function copyWithSelection(text: string): boolean {
  try {
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.appendChild(area)
    area.select()
    const done = document.execCommand('copy')
    area.remove()
    return done
  } catch {
    return false
  }
}

/**
 * navigator.clipboard needs a secure context (https or localhost); elsewhere the selection fallback.
 * @see https://developer.mozilla.org/docs/Web/API/Clipboard/writeText
 */
export const setClipboard: Platform['setClipboard'] = async (text) => {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text)
      return ok(null)
    }
  } catch {
    // Refused (permissions, not focused): try the selection fallback.
  }
  return copyWithSelection(text) ? ok(null) : failed(MSG.copyFailed)
}

/**
 * The Web Share API where the phone's browser has it (the system share sheet), else the link is copied.
 * @see https://developer.mozilla.org/docs/Web/API/Navigator/share
 */
export const share: Platform['share'] = {
  buttonProps: null,
  async shareLink(title, url) {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url })
        return ok('shared')
      } catch (e) {
        if (e instanceof Error && e.name === 'AbortError') return cancelled('已取消分享')
      }
    }
    const copied = await setClipboard(url)
    return copied.status === 'ok' ? ok('copied') : failed(MSG.copyFailed)
  },
}

/**
 * Taro's H5 router shows each page in a `.taro_page` element, which is the scroll container unless the app uses
 * window scrolling; the visible one (the last shown) is the current page.
 */
export const scrollPageTo: Platform['scrollPageTo'] = (scrollTop, durationMs) => {
  const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter((p) => p.style.display !== 'none')
  const page = pages[pages.length - 1]
  const target = page && page.scrollHeight > page.clientHeight ? page : window
  target.scrollTo({ top: Math.max(0, Math.round(scrollTop)), behavior: durationMs > 0 ? 'smooth' : 'auto' })
}
