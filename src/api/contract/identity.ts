import { Type, type Static } from '@sinclair/typebox'
import { ClientPlatform, SessionDto, UserDto } from './auth'

/** 身份证号 as typed (the server checks the GB 11643 check digit and answers field messages in Chinese). */
export const IdNumber = Type.String({ minLength: 18, maxLength: 18, pattern: '^[0-9]{17}[0-9Xx]$' })
/** 姓名 as on the ID card (2–30 characters, Chinese names may contain ·) */
export const PersonName = Type.String({ minLength: 2, maxLength: 30 })
/** Where the H5 provider page (face) or cashier (pay) sends the browser back; same-origin paths only */
export const ReturnPath = Type.String({ maxLength: 300, pattern: '^/[A-Za-z0-9/_\\-?=&.%]*$' })

/**
 * 人脸核身 purpose: `bind` = 实名认证 (binds name + 身份证号 to the account); `step-up` = a fresh check before a
 * sensitive action by a bound user; `login` = 刷脸登录 on H5 (no account session yet).
 */
export const FacePurpose = Type.Union([Type.Literal('bind'), Type.Literal('step-up'), Type.Literal('login')])
export type FacePurpose = Static<typeof FacePurpose>

/** 实名认证: name + 身份证号 + explicit consent to the processing of the face image and ID number. */
export const RealNameStartBody = Type.Object(
  {
    name: PersonName,
    idNumber: IdNumber,
    /** The user agreed to the 个人敏感信息 notice (face image, ID number); must be true */
    consent: Type.Literal(true),
    platform: ClientPlatform,
    returnPath: Type.Optional(ReturnPath),
  },
  { $id: 'RealNameStartBody', additionalProperties: false },
)
export type RealNameStartBody = Static<typeof RealNameStartBody>

/** A fresh face check by the bound user (before showing a licence, submitting, paying). */
export const StepUpStartBody = Type.Object(
  { platform: ClientPlatform, returnPath: Type.Optional(ReturnPath) },
  { $id: 'StepUpStartBody', additionalProperties: false },
)
export type StepUpStartBody = Static<typeof StepUpStartBody>

/** 刷脸登录 without an account session (H5): the identity must already be bound to an account. */
export const FaceLoginStartBody = Type.Object(
  { name: PersonName, idNumber: IdNumber, consent: Type.Literal(true), platform: ClientPlatform, returnPath: Type.Optional(ReturnPath) },
  { $id: 'FaceLoginStartBody', additionalProperties: false },
)
export type FaceLoginStartBody = Static<typeof FaceLoginStartBody>

/** What the client needs to start the host's face flow; mirrors src/platform/contract.ts FaceTicket. */
export const FaceProviderDto = Type.Union(
  [
    Type.Object(
      {
        provider: Type.Literal('weapp'),
        verifyId: Type.String(),
        /** 人脸核身 1.0 data for WeChat base libraries without requestFacialVerify; only from servers that run 1.0 */
        legacy: Type.Optional(Type.Object({ name: Type.String(), idCardNumber: Type.String() }, { additionalProperties: false })),
      },
      { additionalProperties: false },
    ),
    Type.Object({ provider: Type.Literal('alipay'), certifyId: Type.String(), url: Type.String() }, { additionalProperties: false }),
    // Baidu's facePersonVerify compares a face image the server accepted (here a FACE_TOKEN) with the ID photo.
    Type.Object(
      {
        provider: Type.Literal('swan'),
        name: Type.String(),
        idCardNumber: Type.String(),
        image: Type.String(),
        imageType: Type.Union([Type.Literal('URL'), Type.Literal('BASE64'), Type.Literal('FACE_TOKEN')]),
      },
      { additionalProperties: false },
    ),
    Type.Object({ provider: Type.Literal('h5'), url: Type.String() }, { additionalProperties: false }),
  ],
  { $id: 'FaceProviderDto' },
)
export type FaceProviderDto = Static<typeof FaceProviderDto>

export const FaceTicketDto = Type.Object(
  {
    ticketId: Type.String(),
    purpose: FacePurpose,
    /** ISO 8601; single use, valid 10 minutes */
    expiresAt: Type.String(),
    provider: FaceProviderDto,
  },
  { $id: 'FaceTicketDto', additionalProperties: false },
)
export type FaceTicketDto = Static<typeof FaceTicketDto>

/** After the host flow ends: the server asks the provider (queryverifyinfo / certify.open.query / …). */
export const FaceConfirmBody = Type.Object(
  { ticketId: Type.String({ minLength: 8, maxLength: 64 }), hostToken: Type.Optional(Type.String({ maxLength: 256 })) },
  { $id: 'FaceConfirmBody', additionalProperties: false },
)
export type FaceConfirmBody = Static<typeof FaceConfirmBody>

/**
 * The server's verdict. `pending`: the provider has no result yet (ask again shortly). `passed` binds or
 * refreshes the identity (`user`), and for `login` carries a new `session`.
 */
export const FaceResultDto = Type.Object(
  {
    status: Type.Union([Type.Literal('passed'), Type.Literal('failed'), Type.Literal('pending')]),
    /** Chinese, for the user: why it failed and what to do */
    message: Type.String(),
    user: Type.Union([UserDto, Type.Null()]),
    session: Type.Union([SessionDto, Type.Null()]),
  },
  { $id: 'FaceResultDto', additionalProperties: false },
)
export type FaceResultDto = Static<typeof FaceResultDto>

/**
 * Phone binding from the host's phone-number button: WeChat `code` (phonenumber.getPhoneNumber); Alipay the
 * encrypted `response` of Alipay’s getPhoneNumber; Baidu `encryptedData` + `iv` (decrypted with session_key).
 */
export const PhoneBindBody = Type.Object(
  {
    platform: Type.Union([Type.Literal('weapp'), Type.Literal('alipay'), Type.Literal('swan')]),
    code: Type.Optional(Type.String({ maxLength: 512 })),
    encryptedData: Type.Optional(Type.String({ maxLength: 4096 })),
    iv: Type.Optional(Type.String({ maxLength: 256 })),
  },
  { $id: 'PhoneBindBody', additionalProperties: false },
)
export type PhoneBindBody = Static<typeof PhoneBindBody>

/** 法人: the user's role for an enterprise. 法定代表人 or 经办人 authorised by the legal representative. */
export const EnterpriseRole = Type.Union([Type.Literal('legal-rep'), Type.Literal('agent')])

export const EnterpriseDto = Type.Object(
  {
    id: Type.String(),
    /** 企业名称 */
    name: Type.String(),
    /** 统一社会信用代码 (public information, shown in full) */
    creditCode: Type.String(),
    /** 法定代表人, masked (张*) */
    legalRepMasked: Type.String(),
    role: EnterpriseRole,
    /** ISO 8601 */
    boundAt: Type.String(),
  },
  { $id: 'EnterpriseDto', additionalProperties: false },
)
export type EnterpriseDto = Static<typeof EnterpriseDto>

export const EnterpriseListDto = Type.Object({ enterprises: Type.Array(EnterpriseDto) }, { $id: 'EnterpriseListDto', additionalProperties: false })
export type EnterpriseListDto = Static<typeof EnterpriseListDto>

/** Bind as 法定代表人: the user's verified identity must be the enterprise's legal representative. */
export const EnterpriseBindBody = Type.Object(
  { creditCode: Type.String({ minLength: 18, maxLength: 18, pattern: '^[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{18}$' }) },
  { $id: 'EnterpriseBindBody', additionalProperties: false },
)
export type EnterpriseBindBody = Static<typeof EnterpriseBindBody>

/** The legal representative authorises a 经办人 by name + 身份证号; the agent sees the enterprise once 实名. */
export const AgentGrantBody = Type.Object(
  { name: PersonName, idNumber: IdNumber },
  { $id: 'AgentGrantBody', additionalProperties: false },
)
export type AgentGrantBody = Static<typeof AgentGrantBody>

export const EnterpriseIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false })
export type EnterpriseIdParams = Static<typeof EnterpriseIdParams>
