import { cancelled, failed, ok, unsupported, type PlatformResult } from '../result'
import { asRecord } from '../normalise'
import { findApi, type HostError, type HostName, type HostObject } from './host'

/**
 * How one native API reports trouble. Cancel codes are per API, not per host: on Alipay `11` is a cancel for
 * my.chooseImage but "操作失败" for my.scan (whose cancel is `10`).
 */
export interface CallRules {
  /** Shown when this client has no such API (too old, or the wrong host app). */
  unsupported: string
  /** Shown for a failure without a more specific message. */
  failed: string
  /** Raw codes that mean the user backed out. Texts like "xxx:fail cancel" always do. */
  cancelCodes?: ReadonlyArray<string | number>
  cancelMessage?: string
  /** Raw codes that mean a permission was refused, and what to tell the user then. */
  deniedCodes?: ReadonlyArray<string | number>
  denied?: string
  /** Messages for other specific raw codes. */
  messages?: Readonly<Record<string, string>>
}

const CANCEL_TEXT = /fail[\s:]*cancel|\bcancel(l?ed)?\b|用户取消/i
const DENIED_TEXT = /auth den|authoriz|permission|未授权|拒绝/i

/** The host's own code, kept for support: errno, errCode, error or errorCode, else the message text itself. */
export function rawCodeOf(err: unknown): string | number | undefined {
  const e = (typeof err === 'object' && err !== null ? err : {}) as HostError
  for (const code of [e.errno, e.errCode, e.error, e.errorCode]) {
    if (typeof code === 'number' || (typeof code === 'string' && code !== '')) return code
  }
  return e.errMsg || e.errorMessage || undefined
}

const includes = (codes: ReadonlyArray<string | number> | undefined, code: string | number | undefined) =>
  code !== undefined && (codes ?? []).some((c) => String(c) === String(code))

/** Turn a fail payload into `cancelled` or `failed`, keeping the raw code. */
export function classify(err: unknown, rules: CallRules): PlatformResult<never> {
  const e = (typeof err === 'object' && err !== null ? err : {}) as HostError
  const code = rawCodeOf(e)
  const text = `${e.errMsg ?? ''} ${e.errorMessage ?? ''}`
  if (includes(rules.cancelCodes, code) || CANCEL_TEXT.test(text)) return cancelled(rules.cancelMessage ?? '已取消', code)
  if (rules.denied && (includes(rules.deniedCodes, code) || DENIED_TEXT.test(text))) return failed(rules.denied, code)
  return failed((code !== undefined && rules.messages?.[String(code)]) || rules.failed, code)
}

/**
 * Promisify a callback-style host API (`{ ...args, success, fail }`). `ok` carries the raw success payload for the
 * adapter to read; a missing API answers `unsupported`; a synchronous throw is a failure, never an exception.
 */
export function callHost(
  host: HostName,
  path: string,
  args: Record<string, unknown>,
  rules: CallRules,
): Promise<PlatformResult<unknown>> {
  const api = findApi(host, path)
  if (!api) return Promise.resolve(unsupported(rules.unsupported))
  return new Promise((resolve) => {
    try {
      api.fn.call(api.owner, {
        ...args,
        success: (res: unknown) => resolve(ok(res)),
        fail: (err: unknown) => resolve(classify(err, rules)),
      })
    } catch (err) {
      resolve(classify(err, rules))
    }
  })
}

/** How long a quiet call may stay unanswered before it counts as a failure. */
const QUIET_TIMEOUT_MS = 15000

/**
 * For calls whose failure changes nothing (compression, size and network probes): `owner[fn]({ ...args, success,
 * fail })` answering the success payload, or undefined for a fail, a throw, a missing API or no answer in 15 s (the
 * flow waiting on it must go on with the original file or the default).
 */
export function callQuietly(owner: HostObject | undefined, fn: string, args: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
  const method = owner?.[fn]
  if (!owner || typeof method !== 'function') return Promise.resolve(undefined)
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), QUIET_TIMEOUT_MS)
    const settle = (value: Record<string, unknown> | undefined) => {
      clearTimeout(timer)
      resolve(value)
    }
    try {
      method.call(owner, { ...args, success: (res: unknown) => settle(asRecord(res) ?? {}), fail: () => settle(undefined) })
    } catch {
      settle(undefined)
    }
  })
}

/** callQuietly on a host API path such as `compressImage` or `getNetworkType`. */
export function callHostQuietly(host: HostName, path: string, args: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
  const api = findApi(host, path)
  return callQuietly(api?.owner, path.split('.').pop() as string, args)
}
