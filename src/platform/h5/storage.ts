import type { Platform } from '../contract'

/**
 * localStorage with JSON. Every access is guarded: Safari private mode and disabled cookies throw on
 * `window.localStorage` itself, a full quota throws QuotaExceededError on setItem.
 * @see https://developer.mozilla.org/docs/Web/API/Window/localStorage
 */
export const webStorage: Platform['storage'] = {
  get<T>(key: string): T | undefined {
    try {
      const raw = window.localStorage.getItem(key)
      return raw === null ? undefined : (JSON.parse(raw) as T)
    } catch {
      return undefined
    }
  },
  set(key: string, value: unknown): boolean {
    try {
      const json = JSON.stringify(value)
      if (json === undefined) window.localStorage.removeItem(key)
      else window.localStorage.setItem(key, json)
      return true
    } catch {
      return false
    }
  },
  remove(key: string): void {
    try {
      window.localStorage.removeItem(key)
    } catch {
      // Storage is unavailable: there is nothing stored to remove.
    }
  },
}
