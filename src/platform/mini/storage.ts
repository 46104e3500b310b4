import type { Platform } from '../contract'
import { asRecord } from '../normalise'
import { callSync, type HostName } from './host'

/**
 * The two storage dialects. WeChat and Baidu take positional arguments and answer '' for a missing key; Alipay
 * takes `{ key, data }` and answers `{ data }` (null when missing). Values are stored as-is (the hosts serialise
 * objects themselves), so an empty string reads back as undefined, like a missing key.
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.setStorageSync.html
 * @see https://smartprogram.baidu.com/docs/develop/api/storage/save_swan-setStorageSync/
 * @see https://opendocs.alipay.com/mini/api/cog0du (my.setStorageSync: error 12 total quota, 14 one key over 200 KB)
 */
const dialects = {
  positional: {
    set: (host: HostName, key: string, value: unknown) => callSync(host, 'setStorageSync', key, value),
    get: (host: HostName, key: string) => callSync(host, 'getStorageSync', key),
    remove: (host: HostName, key: string) => callSync(host, 'removeStorageSync', key),
  },
  keyData: {
    set: (host: HostName, key: string, value: unknown) => callSync(host, 'setStorageSync', { key, data: value }),
    get: (host: HostName, key: string) => asRecord(callSync(host, 'getStorageSync', { key }))?.data,
    remove: (host: HostName, key: string) => callSync(host, 'removeStorageSync', { key }),
  },
} as const

export function hostStorage(host: HostName, dialect: keyof typeof dialects): Platform['storage'] {
  const d = dialects[dialect]
  return {
    get<T>(key: string): T | undefined {
      try {
        const value = d.get(host, key)
        return value === '' || value === null || value === undefined ? undefined : (value as T)
      } catch {
        return undefined
      }
    },
    set(key: string, value: unknown): boolean {
      try {
        // Alipay answers an error object ({ error: 12 } over quota) instead of throwing when it refuses.
        const answer = asRecord(d.set(host, key, value))
        return !answer || (answer.success !== false && answer.error === undefined)
      } catch {
        return false
      }
    },
    remove(key: string): void {
      try {
        d.remove(host, key)
      } catch {
        // Nothing to undo: a key that cannot be removed reads back as before.
      }
    },
  }
}
