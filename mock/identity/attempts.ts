import { MINUTE, SECOND } from '../clock'
import { httpError } from '../http/errors'
import type { IdentityState } from './state'

const WINDOW_MS = 60 * MINUTE
/** Face tickets per identity per hour (a stolen ID number cannot be tried face after face). */
export const FACE_ATTEMPTS_PER_IDENTITY = 5
/** Face tickets per account per hour (one account cannot try identity after identity). */
export const FACE_ATTEMPTS_PER_USER = 10

const recent = (state: IdentityState, key: string, now: number) => (state.attempts[key] ?? []).filter((t) => t > now - WINDOW_MS)

/**
 * Counts a face ticket against the identity and the account, or refuses with 429 FACE_ATTEMPTS_EXCEEDED and
 * a Retry-After of when the oldest attempt in the window leaves it. Only issued tickets count.
 */
export function countFaceAttempt(state: IdentityState, identityKey: string, userId: string, now: number) {
  const limits: [string, number][] = [
    [`identity:${identityKey}`, FACE_ATTEMPTS_PER_IDENTITY],
    [`user:${userId}`, FACE_ATTEMPTS_PER_USER],
  ]
  for (const [key, limit] of limits) {
    const times = recent(state, key, now)
    if (times.length >= limit) {
      const seconds = Math.max(1, Math.ceil((times[0] + WINDOW_MS - now) / SECOND))
      throw httpError(429, 'FACE_ATTEMPTS_EXCEEDED', '刷脸次数过多，请1小时后再试', { headers: { 'retry-after': String(seconds) } })
    }
  }
  for (const [key] of limits) state.attempts[key] = [...recent(state, key, now), now]
  // Forget keys whose attempts all left the window.
  for (const [key, times] of Object.entries(state.attempts)) if (!times.some((t) => t > now - WINDOW_MS)) delete state.attempts[key]
}
