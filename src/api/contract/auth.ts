import { Type, type Static } from '@sinclair/typebox'

/** The mini-program hosts whose login code the server exchanges (H5 uses SMS instead). */
export const LoginPlatform = Type.Union([Type.Literal('weapp'), Type.Literal('alipay'), Type.Literal('swan')])
export type LoginPlatform = Static<typeof LoginPlatform>

export const ClientPlatform = Type.Union([LoginPlatform, Type.Literal('h5')])
export type ClientPlatform = Static<typeof ClientPlatform>

/**
 * Exchange a platform login code for a session. weapp: WeChat `login` code (server: code2Session); alipay:
 * Alipay `getAuthCode` authCode (server: alipay.system.oauth.token); swan: Baidu `getLoginCode` code (server:
 * jscode2sessionkey). Codes are single use and expire after 5 minutes.
 */
export const PlatformLoginBody = Type.Object(
  {
    platform: LoginPlatform,
    code: Type.String({ minLength: 8, maxLength: 128, pattern: '^[A-Za-z0-9_\\-]+$' }),
  },
  { $id: 'PlatformLoginBody', additionalProperties: false },
)
export type PlatformLoginBody = Static<typeof PlatformLoginBody>

/** 中国大陆手机号 */
export const PhoneNumber = Type.String({ pattern: '^1[3-9][0-9]{9}$' })

export const SmsSendBody = Type.Object({ phone: PhoneNumber }, { $id: 'SmsSendBody', additionalProperties: false })
export type SmsSendBody = Static<typeof SmsSendBody>

export const SmsSendResult = Type.Object(
  {
    /** Seconds before another code may be requested for this phone */
    cooldownSeconds: Type.Integer(),
    /** Seconds the code stays valid */
    expiresInSeconds: Type.Integer(),
  },
  { $id: 'SmsSendResult', additionalProperties: false },
)
export type SmsSendResult = Static<typeof SmsSendResult>

export const SmsLoginBody = Type.Object(
  { phone: PhoneNumber, code: Type.String({ pattern: '^[0-9]{6}$' }) },
  { $id: 'SmsLoginBody', additionalProperties: false },
)
export type SmsLoginBody = Static<typeof SmsLoginBody>

/** The staff member an account belongs to (seeded in the mock; a platform maps its own staff directory). */
export const StaffDto = Type.Object(
  { name: Type.String(), department: Type.String(), hall: Type.String() },
  { $id: 'StaffDto', additionalProperties: false },
)
export type StaffDto = Static<typeof StaffDto>

export const UserDto = Type.Object(
  {
    id: Type.String(),
    /** Where the account came from */
    platform: ClientPlatform,
    /** 显示名, never the real name before 实名认证 */
    displayName: Type.String(),
    /** Masked phone (138****0000) or null */
    phoneMasked: Type.Union([Type.String(), Type.Null()]),
    /** 实名认证 status; binding comes with face verification */
    realNameVerified: Type.Boolean(),
    /**
     * 身份保障等级: `account` (platform account or SMS only), `phone` (a phone number bound through the host),
     * `face` (实名认证 by face). Sensitive actions also need a recent `faceVerifiedAt`.
     */
    assurance: Type.Union([Type.Literal('account'), Type.Literal('phone'), Type.Literal('face')]),
    /** The bound identity, masked (张*, 3101**********1234), or null before 实名认证 */
    realName: Type.Union([
      Type.Object({ nameMasked: Type.String(), idNumberMasked: Type.String() }, { additionalProperties: false }),
      Type.Null(),
    ]),
    /** ISO 8601 of the last face check the server confirmed, or null */
    faceVerifiedAt: Type.Union([Type.String(), Type.Null()]),
    /** Set for window staff (工作人员): they may verify shown e-licences (验证电子证照) */
    staff: Type.Optional(StaffDto),
  },
  { $id: 'UserDto', additionalProperties: false },
)
export type UserDto = Static<typeof UserDto>

export const SessionDto = Type.Object(
  {
    token: Type.String(),
    /** ISO 8601 */
    expiresAt: Type.String(),
    user: UserDto,
  },
  { $id: 'SessionDto', additionalProperties: false },
)
export type SessionDto = Static<typeof SessionDto>
