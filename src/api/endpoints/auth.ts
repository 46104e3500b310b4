import { api } from '../app-client'
import type { ApiClient } from '../client'
import type { PlatformLoginBody, SessionDto, SmsLoginBody, SmsSendBody, SmsSendResult, UserDto } from '../contract'
import { paths } from '../contract/paths'

/**
 * Sign-in and the current user. The creating POSTs carry an idempotency key, so a retry after a lost answer
 * gets the first answer back: the session from a single-use login code, not CODE_USED; no second SMS.
 */
export const createAuthApi = (client: ApiClient) => ({
  /** Exchange a host login code (WeChat login, Alipay getAuthCode, Baidu getLoginCode) for a session */
  loginWithPlatformCode: (body: PlatformLoginBody) => client.post<SessionDto>(paths.platformLogin, body, { idempotent: true }),
  /** H5: send a 6-digit code to the phone; 429 while the 60 s cooldown runs */
  sendSmsCode: (body: SmsSendBody) => client.post<SmsSendResult>(paths.smsSend, body, { idempotent: true }),
  /**
   * A code is single use: a tap again after a lost answer must carry the first tap's key (pass it), or the server
   * rightly answers 验证码已失效 although the first tap signed in. Found by the fault soak (scripts/soak.ts).
   */
  loginWithSms: (body: SmsLoginBody, idempotencyKey?: string) => client.post<SessionDto>(paths.smsLogin, body, { idempotent: true, idempotencyKey }),
  logout: () => client.post<void>(paths.logout),
  getMe: () => client.get<UserDto>(paths.me),
})

export const { loginWithPlatformCode, sendSmsCode, loginWithSms, logout, getMe } = createAuthApi(api)
