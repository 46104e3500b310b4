import type { PhoneButton } from '../contract'
import { MSG } from '../messages'
import { asRecord } from '../normalise'
import { cancelled, failed, MALFORMED_MESSAGE, ok } from '../result'
import { rawCodeOf } from './call-host'

type PhoneValue = { code?: string; encryptedData?: string; iv?: string }

/**
 * The getPhoneNumber button event of WeChat and Baidu: `detail.errMsg` is "getPhoneNumber:ok" or
 * "getPhoneNumber:fail user deny" (WeChat) / "getPhoneNumber:fail auth deny" (Baidu).
 */
export function readPhoneDetail(event: unknown, pick: (detail: Record<string, unknown>) => PhoneValue | undefined): ReturnType<PhoneButton['read']> {
  const detail = asRecord(asRecord(event)?.detail)
  if (!detail) return Promise.resolve(failed(MALFORMED_MESSAGE))
  const errMsg = String(detail.errMsg ?? '')
  if (/deny|cancel/i.test(errMsg)) return Promise.resolve(cancelled(MSG.phoneCancelled, rawCodeOf(detail)))
  if (!/:ok$/.test(errMsg)) return Promise.resolve(failed(MSG.phoneFailed, rawCodeOf(detail)))
  const value = pick(detail)
  return Promise.resolve(value ? ok(value) : failed(MALFORMED_MESSAGE))
}
