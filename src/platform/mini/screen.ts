import type { Screen } from '../contract'
import { asRecord, finiteNumber } from '../normalise'
import { callHostQuietly } from './call-host'
import { findApi, getHost, hasApi, type HostName, type HostObject } from './host'

const clamp01 = (value: number) => Math.min(1, Math.max(0, value))

/** One host capture listener per host object while anyone listens, fanned out to the page subscriptions. */
interface CaptureFan {
  on: HostObject
  hostListener: () => void
  listeners: Set<() => void>
}
const fans = new Map<HostName, CaptureFan>()

/**
 * Screenshots (onUserCaptureScreen), returning the unsubscribe. One host listener per host: old WeChat clients keep
 * only one, and Alipay's off API is documented without an argument (it drops every listener). The host listener
 * is removed (passing the same function) when the last page unsubscribes, where the host has an off API; Baidu
 * documents none, so there it stays and simply has nobody to call.
 */
function watchCaptures(host: HostName): Screen['onCapture'] {
  return (listener) => {
    const on = findApi(host, 'onUserCaptureScreen')
    if (!on) return () => undefined
    const hostObject = getHost(host) as HostObject
    let fan = fans.get(host)
    if (!fan || fan.on !== hostObject) {
      const listeners = new Set<() => void>()
      const hostListener = () =>
        listeners.forEach((l) => {
          try {
            l()
          } catch {
            // One failing page must not keep the warning from the others.
          }
        })
      try {
        on.fn.call(on.owner, hostListener)
      } catch {
        return () => undefined
      }
      fan = { on: hostObject, hostListener, listeners }
      fans.set(host, fan)
    }
    // A wrapper per subscription, so the same function subscribed twice unsubscribes once each.
    const entry = () => listener()
    const current = fan
    current.listeners.add(entry)
    return () => {
      if (!current.listeners.delete(entry) || current.listeners.size > 0) return
      const off = findApi(host, 'offUserCaptureScreen')
      if (!off) return
      try {
        off.fn.call(off.owner, current.hostListener)
      } catch {
        // The host forgot the listener already.
      }
      if (fans.get(host) === current) fans.delete(host)
    }
  }
}

/**
 * The screen on a mini-program host. `field` names the brightness in both directions: `value` on WeChat and Baidu,
 * `brightness` on Alipay. A missing API, a fail or an odd answer reads as null / false, never an exception.
 */
export function hostScreen(host: HostName, field: 'value' | 'brightness'): Screen {
  return {
    async getBrightness() {
      const value = finiteNumber(asRecord(await callHostQuietly(host, 'getScreenBrightness', {}))?.[field])
      return value === undefined ? null : clamp01(value)
    },
    async setBrightness(value) {
      if (!Number.isFinite(value)) return false
      return (await callHostQuietly(host, 'setScreenBrightness', { [field]: clamp01(value) })) !== undefined
    },
    onCapture: watchCaptures(host),
    get capturesReported() {
      return hasApi(host, 'onUserCaptureScreen')
    },
  }
}
