import type { UserDto } from '../api/contract/auth'

/**
 * 身份保障: what a sensitive action (亮证, 提交办件, 支付) still needs from this user. The server enforces the
 * same rule; the client asks first so the user is led to the right step instead of meeting an error.
 */
export type Requirement = 'ok' | 'sign-in' | 'real-name' | 'face'

export const DEFAULT_FACE_FRESH_MINUTES = 30

/** True when the last server-confirmed face check is younger than the window. */
export function faceIsFresh(user: Pick<UserDto, 'faceVerifiedAt'>, now: number, windowMinutes: number): boolean {
  if (!user.faceVerifiedAt) return false
  const at = Date.parse(user.faceVerifiedAt)
  return Number.isFinite(at) && at <= now + 60_000 && now - at < windowMinutes * 60_000
}

export function requirementFor(user: UserDto | null, now: number, windowMinutes = DEFAULT_FACE_FRESH_MINUTES): Requirement {
  if (!user) return 'sign-in'
  if (!user.realNameVerified) return 'real-name'
  return faceIsFresh(user, now, windowMinutes) ? 'ok' : 'face'
}

/** 身份保障等级 in words, for 账号与安全. */
export const ASSURANCE_LABEL: Record<UserDto['assurance'], string> = {
  account: '基础账号（未实名）',
  phone: '已绑定手机号（未实名）',
  face: '已实名（刷脸认证）',
}

/** 分 → "20.00 元": amounts stay integers until they are shown. */
export function formatFen(fen: number): string {
  // No toLocaleString: some mini-program JS engines ship without Intl.
  const yuan = String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+$)/g, ',')
  const cents = String(fen % 100).padStart(2, '0')
  return `${yuan}.${cents} 元`
}

/**
 * An ISO 8601 instant as Beijing time (UTC+8, no daylight saving), "2026-11-29 10:25": what a citizen reads,
 * whatever the phone's time zone. Done by hand: some hosts' JS engines lack Intl time zones.
 */
export function formatBeijing(iso: string | null | undefined): string {
  const at = iso ? Date.parse(iso) : NaN
  if (!Number.isFinite(at)) return ''
  return new Date(at + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}

/** Epoch ms as a Beijing date, "2026-11-29" (notices, 上线日期). */
export function formatBeijingDate(epochMs: number): string {
  if (!Number.isFinite(epochMs)) return ''
  return new Date(epochMs + 8 * 3600_000).toISOString().slice(0, 10)
}
