import type { Platform } from '../contract'

/**
 * navigator.onLine: false means surely offline; true only means a network interface is up (the request is the proof).
 * No navigator (or no onLine) counts as online.
 * @see https://developer.mozilla.org/docs/Web/API/Navigator/onLine
 */
export const isOnline: Platform['isOnline'] = async () =>
  typeof navigator !== 'undefined' && typeof navigator.onLine === 'boolean' ? navigator.onLine : true

/**
 * The window's `online` / `offline` events.
 * @see https://developer.mozilla.org/docs/Web/API/Window/online_event
 * @see https://developer.mozilla.org/docs/Web/API/Window/offline_event
 */
export const onNetworkChange: Platform['onNetworkChange'] = (listener) => {
  if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return () => undefined
  const online = () => listener(true)
  const offline = () => listener(false)
  window.addEventListener('online', online)
  window.addEventListener('offline', offline)
  return () => {
    window.removeEventListener('online', online)
    window.removeEventListener('offline', offline)
  }
}
