import { createHash } from 'node:crypto'
import type { PhoneBindBody } from '../../src/api/contract'
import { httpError } from '../http/errors'

/**
 * What each host's phone-number button hands over, and nothing else (a mock that accepts extra parts would
 * hide a client sending the wrong ones):
 * - weapp: `code` from open-type="getPhoneNumber" (server: phonenumber.getPhoneNumber)
 * - alipay: `encryptedData`, the encrypted `response` of my.getPhoneNumber (server: AES decrypt)
 * - swan: `encryptedData` + `iv` from open-type="getPhoneNumber" (server: AES decrypt with session_key)
 */
const required: Record<PhoneBindBody['platform'], { parts: (keyof PhoneBindBody)[]; message: string }> = {
  weapp: { parts: ['code'], message: '未取得微信手机号授权，请重新点击“获取手机号”' },
  alipay: { parts: ['encryptedData'], message: '未取得支付宝手机号授权，请重新授权' },
  swan: { parts: ['encryptedData', 'iv'], message: '未取得百度手机号授权，请重新授权' },
}
const PARTS: (keyof PhoneBindBody)[] = ['code', 'encryptedData', 'iv']

/**
 * The mock's "decryption": a stable, fake mainland number derived from the payload, so the same button
 * answer always gives the same number: `1` + one of 3–9 + nine digits, all taken from
 * sha256(`<platform>|<code>|<encryptedData>|<iv>`). 400 PHONE_PAYLOAD_INVALID when a part is missing,
 * empty, or not one this host sends.
 */
export function phoneFromPayload(body: PhoneBindBody): string {
  const rule = required[body.platform]
  const missing = rule.parts.filter((part) => !body[part]?.trim())
  const foreign = PARTS.filter((part) => !rule.parts.includes(part) && body[part] !== undefined)
  if (missing.length || foreign.length) {
    const fields = Object.fromEntries([...missing, ...foreign].map((part) => [part, rule.message]))
    throw httpError(400, 'PHONE_PAYLOAD_INVALID', rule.message, { fields })
  }
  const digest = createHash('sha256').update([body.platform, body.code ?? '', body.encryptedData ?? '', body.iv ?? ''].join('|')).digest()
  const rest = Array.from(digest.subarray(1, 10), (b) => b % 10).join('')
  return `1${'3456789'[digest[0] % 7]}${rest}`
}
