/**
 * 亮证 (showing an e-licence as a QR code): the purpose labels, the countdown to the next token and to expiry, and
 * the time watermark that makes a screenshot or a photo of the screen show its age. Pure: the caller passes `now`
 * (epoch ms), so the page can pass a server-corrected clock and tests pass fixed instants.
 */
import type { LicenceDto } from '../api/contract/handling'
import type { LicencePurpose } from '../api/contract/wallet'

/** A licence's status in words (有效 / 已过期 / 已吊销); colour only supports the word */
export const LICENCE_STATUS_LABELS: Record<LicenceDto['status'], string> = { valid: '有效', expired: '已过期', revoked: '已吊销' }

/** 用途 as the holder picks it and the verifier sees it. */
export const LICENCE_PURPOSE_LABELS: Record<LicencePurpose, string> = {
  identity: '身份核验',
  business: '窗口办事',
  age: '年龄核验',
}

export interface CodeCountdown {
  /** Whole seconds until the next token is due (rounded up, so 0 only once it is due) */
  secondsToRefresh: number
  /** Whole seconds until this token stops verifying (rounded up) */
  secondsToExpiry: number
  /** Time to fetch the next token (issuedAt + refreshInMs has passed) */
  refreshDue: boolean
  /** The token no longer verifies: the code must not be shown as valid */
  expired: boolean
}

const secondsUntil = (at: number, now: number) => Math.max(0, Math.ceil((at - now) / 1000))

/** Where a 亮证 token stands at `now`. */
export function codeCountdown(token: { issuedAt: number; expiresAt: number; refreshInMs: number }, now: number): CodeCountdown {
  const refreshAt = token.issuedAt + token.refreshInMs
  return {
    secondsToRefresh: secondsUntil(refreshAt, now),
    secondsToExpiry: secondsUntil(token.expiresAt, now),
    refreshDue: now >= refreshAt,
    expired: now >= token.expiresAt,
  }
}

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000
const two = (n: number) => String(n).padStart(2, '0')

/**
 * '2026-11-29 14:03:07' in Beijing time (UTC+8, no daylight saving) whatever the phone's time zone: the UTC fields
 * of the instant moved by eight hours, no Intl or time-zone database.
 */
export function watermarkTime(now: number): string {
  const d = new Date(now + BEIJING_OFFSET_MS)
  const date = `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`
  return `${date} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`
}
