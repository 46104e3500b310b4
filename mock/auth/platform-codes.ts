import { createHash, randomBytes } from 'node:crypto'
import type { DevIssueCodeResult, LoginPlatform } from '../../src/api/contract'
import { MINUTE } from '../clock'
import type { MockContext } from '../context'
import { httpError } from '../http/errors'
import { own } from '../store'

export const CODE_TTL_MS = 5 * MINUTE
/** Every code the mock did not mint (one from a real devtools `wx.login`) logs in as this user. */
export const DEVTOOLS_USER = 'devtools'
const MINT_PREFIX = 'mock-'

/**
 * How each host names an account after its server-side code exchange. The mock derives the id from
 * (platform, user) so the same simulated person always gets the same account, like a real openid.
 */
const hosts: Record<LoginPlatform, { label: string; accountId: (seed: Buffer) => string }> = {
  // code2Session → openid (28 chars, starts with "o")
  // @see https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/code2Session.html
  weapp: { label: '微信用户', accountId: (seed) => `o${seed.toString('base64url').slice(0, 27)}` },
  // alipay.system.oauth.token → user_id (16 digits, starts with 2088)
  // @see https://opendocs.alipay.com/open/02xtla
  alipay: { label: '支付宝用户', accountId: (seed) => `2088${Array.from(seed.subarray(0, 12), (b) => b % 10).join('')}` },
  // jscode2sessionkey → openid
  swan: { label: '百度用户', accountId: (seed) => seed.toString('base64url').slice(0, 32) },
}

export const platformLabel = (platform: LoginPlatform) => hosts[platform].label

const fail = {
  used: () => httpError(400, 'CODE_USED', '登录凭证已使用，请重新登录'),
  expired: () => httpError(400, 'CODE_EXPIRED', '登录凭证已过期，请重新登录'),
  invalid: () => httpError(400, 'CODE_INVALID', '登录凭证无效，请重新登录'),
}

/** Acts as the host: a single-use code for a simulated user. The caller saves the store. */
export function mintCode(ctx: MockContext, platform: LoginPlatform, user: string): DevIssueCodeResult {
  const code = `${MINT_PREFIX}${platform}-${randomBytes(12).toString('base64url')}`
  const expiresAt = ctx.clock.now() + CODE_TTL_MS
  ctx.store.state.platformCodes[code] = { platform, user, expiresAt, usedAt: null }
  return { platform, code, expiresAt: new Date(expiresAt).toISOString() }
}

/**
 * Acts as the platform's exchange API: a code for the account's identity key, once. Codes the mock minted
 * are checked for platform, reuse and expiry; any other code (a real devtools code) is accepted once and
 * belongs to the platform's devtools user. The caller saves the store.
 */
export function exchangeCode(ctx: MockContext, platform: LoginPlatform, code: string): string {
  const { state } = ctx.store
  const now = ctx.clock.now()
  let user = DEVTOOLS_USER
  const minted = own(state.platformCodes, code)
  if (minted) {
    if (minted.platform !== platform) throw fail.invalid()
    if (minted.usedAt !== null) throw fail.used()
    if (minted.expiresAt <= now) throw fail.expired()
    minted.usedAt = now
    user = minted.user
  } else if (code.startsWith(MINT_PREFIX)) {
    // Looks minted but unknown: from before a restart without persistence, or forged.
    throw fail.invalid()
  } else {
    const seen = `${platform}:${code}`
    if (state.hostCodesSeen[seen] !== undefined) throw fail.used()
    state.hostCodesSeen[seen] = now
  }
  const seed = createHash('sha256').update(`${platform}:${user}`).digest()
  return `${platform}:${hosts[platform].accountId(seed)}`
}
