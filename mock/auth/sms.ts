import { randomInt } from 'node:crypto'
import type { SmsSendResult } from '../../src/api/contract'
import { MINUTE, SECOND } from '../clock'
import type { MockContext } from '../context'
import { httpError, messages } from '../http/errors'
import { maskPhone } from '../log'

export const SMS_CODE_TTL_MS = 5 * MINUTE
export const SMS_COOLDOWN_MS = 60 * SECOND
export const SMS_DAILY_LIMIT = 10
export const SMS_MAX_ATTEMPTS = 5

/** Quotas reset at midnight Beijing time (UTC+8), as an SMS gateway in China counts them. */
const beijingDay = (t: number) => new Date(t + 8 * 3600 * 1000).toISOString().slice(0, 10)

/** Issues a 6-digit code into the dev outbox. The caller saves the store. */
export function sendSmsCode(ctx: MockContext, phone: string): SmsSendResult {
  const { state } = ctx.store
  const now = ctx.clock.now()
  const day = beijingDay(now)
  const quota = state.smsQuota[phone]
  if (quota && now - quota.lastSentAt < SMS_COOLDOWN_MS) {
    const seconds = Math.ceil((SMS_COOLDOWN_MS - (now - quota.lastSentAt)) / SECOND)
    throw httpError(429, 'SMS_TOO_FREQUENT', messages.tooMany(seconds), { headers: { 'retry-after': String(seconds) } })
  }
  const sentToday = quota && quota.day === day ? quota.count : 0
  if (sentToday >= SMS_DAILY_LIMIT) throw httpError(429, 'SMS_DAILY_LIMIT', '今日验证码发送次数已达上限，请明天再试')

  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  state.smsQuota[phone] = { lastSentAt: now, day, count: sentToday + 1 }
  state.smsCodes[phone] = { code, expiresAt: now + SMS_CODE_TTL_MS, attemptsLeft: SMS_MAX_ATTEMPTS }
  state.outbox.push({
    phone,
    code,
    text: `【通办】您的验证码为${code}，5分钟内有效。如非本人操作，请忽略本短信。`,
    sentAt: new Date(now).toISOString(),
  })
  ctx.log(`sms ${maskPhone(phone)} → outbox`)
  return { cooldownSeconds: SMS_COOLDOWN_MS / SECOND, expiresInSeconds: SMS_CODE_TTL_MS / SECOND }
}

/** Consumes the code on success; counts a wrong guess and invalidates the code after five. */
export function verifySmsCode(ctx: MockContext, phone: string, code: string): void {
  const { state } = ctx.store
  const record = state.smsCodes[phone]
  if (!record) throw httpError(400, 'SMS_CODE_INVALID', '验证码已失效，请重新获取')
  if (record.expiresAt <= ctx.clock.now()) {
    delete state.smsCodes[phone]
    throw httpError(400, 'SMS_CODE_EXPIRED', '验证码已过期，请重新获取')
  }
  if (record.code === code) {
    delete state.smsCodes[phone]
    return
  }
  record.attemptsLeft -= 1
  const message =
    record.attemptsLeft > 0 ? `验证码不正确，还可尝试${record.attemptsLeft}次` : '验证码不正确，错误次数过多，请重新获取'
  if (record.attemptsLeft <= 0) delete state.smsCodes[phone]
  throw httpError(400, 'SMS_CODE_WRONG', message, { fields: { code: message } })
}
