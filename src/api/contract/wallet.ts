import { Type, type Static, type TLiteral } from '@sinclair/typebox'
import { LicenceDto } from './handling'

/**
 * 电子证照 wallet: a licence's face (masked unless revealed after a fresh face check), 亮证 (a signed, short-lived
 * token shown as a QR code that refreshes every 30 s), verification at the window by staff, and 用证记录 (every
 * verification and every use as an application material).
 */

const Literals = <T extends string>(values: readonly T[], description?: string) =>
  Type.Union(values.map((v) => Type.Literal(v)) as TLiteral<T>[], description ? { description } : {})

/**
 * Why a licence is shown (用途). The purpose decides what the verifier sees: identity (身份核验: name, masked
 * number, validity), business (窗口办事: every field of the licence), age (年龄核验: only whether the holder is 18 or
 * older). A token is verified only for the purpose it was issued for.
 */
export const LICENCE_PURPOSES = ['identity', 'business', 'age'] as const
export type LicencePurpose = (typeof LICENCE_PURPOSES)[number]

/** 可信等级 of an e-licence: A issued and signed by the 发证机关 and checked against the source (数源), B signed, C copied. */
export const TRUST_LEVELS = ['A', 'B', 'C'] as const

/** One printed field of a licence's face (照面信息). */
export const LicenceFieldDto = Type.Object(
  {
    label: Type.String(),
    value: Type.String(),
    /** Whether `value` is masked (shown in full only after 查看完整信息 with a fresh face check) */
    masked: Type.Boolean(),
  },
  { $id: 'LicenceFieldDto', additionalProperties: false },
)
export type LicenceFieldDto = Static<typeof LicenceFieldDto>

/** A licence as its page shows it. */
export const LicenceDetailDto = Type.Object(
  {
    ...LicenceDto.properties,
    /** 照面信息, in the order the paper licence prints them */
    face: Type.Array(LicenceFieldDto, { minItems: 1 }),
    trustLevel: Literals(TRUST_LEVELS),
    /** Whether `face` carries the full values (the caller asked with reveal and had a fresh face check) */
    revealed: Type.Boolean(),
    /** What the holder may show it for (亮证) */
    purposes: Type.Array(Literals(LICENCE_PURPOSES), { minItems: 1 }),
  },
  { $id: 'LicenceDetailDto', additionalProperties: false },
)
export type LicenceDetailDto = Static<typeof LicenceDetailDto>

export const LicenceDetailQuery = Type.Object({ reveal: Type.Optional(Type.Boolean()) }, { additionalProperties: false })
export type LicenceDetailQuery = Static<typeof LicenceDetailQuery>

export const ShowLicenceBody = Type.Object({ purpose: Literals(LICENCE_PURPOSES) }, { $id: 'ShowLicenceBody', additionalProperties: false })
export type ShowLicenceBody = Static<typeof ShowLicenceBody>

/**
 * 亮证 token: `TB1.<payload>.<signature>` (base64url; the payload names licence, holder, purpose, expiry ≤ 60 s
 * and a nonce; Ed25519 by the platform). Show it as a QR code; fetch a new one every `refreshInMs`.
 */
export const ShowTokenDto = Type.Object(
  {
    token: Type.String({ minLength: 20, maxLength: 600 }),
    purpose: Literals(LICENCE_PURPOSES),
    /** Epoch ms */
    issuedAt: Type.Integer(),
    expiresAt: Type.Integer(),
    /** When to fetch the next one (30 s), well before it expires */
    refreshInMs: Type.Integer({ minimum: 1000 }),
  },
  { $id: 'ShowTokenDto', additionalProperties: false },
)
export type ShowTokenDto = Static<typeof ShowTokenDto>

/** One entry of 用证记录. */
export const LicenceUsageDto = Type.Object(
  {
    id: Type.String(),
    /** verification: shown and verified at a window; material: used as an application's material (免提交) */
    kind: Literals(['verification', 'material'] as const),
    at: Type.Integer(),
    /** Who: the staff member and their department, or the department the application went to */
    by: Type.String(),
    /** Where: the service hall, or 线上办理 */
    where: Type.String(),
    /** What: 「身份核验：姓名、证件号码（部分）、有效期限」 or 「用于办理：…」 */
    what: Type.String(),
    applicationId: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'LicenceUsageDto', additionalProperties: false },
)
export type LicenceUsageDto = Static<typeof LicenceUsageDto>

export const LicenceUsageListDto = Type.Object({ records: Type.Array(LicenceUsageDto) }, { $id: 'LicenceUsageListDto', additionalProperties: false })
export type LicenceUsageListDto = Static<typeof LicenceUsageListDto>

/** Staff at a window verify a shown code for the purpose they need. */
export const VerifyTokenBody = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 600 }), purpose: Literals(LICENCE_PURPOSES) },
  { $id: 'VerifyTokenBody', additionalProperties: false },
)
export type VerifyTokenBody = Static<typeof VerifyTokenBody>

/** A verified code: the holder's summary and the fields the purpose allows, nothing more. */
export const VerificationDto = Type.Object(
  {
    id: Type.String(),
    purpose: Literals(LICENCE_PURPOSES),
    verifiedAt: Type.Integer(),
    holder: Type.Object({ nameMasked: Type.String(), idNumberMasked: Type.String() }, { additionalProperties: false }),
    licence: Type.Object(
      { type: Type.String(), issuer: Type.String(), validUntil: Type.Union([Type.String(), Type.Null()]), trustLevel: Literals(TRUST_LEVELS) },
      { additionalProperties: false },
    ),
    /** Disclosed for this purpose (age: one line 「已满 18 周岁：是」) */
    fields: Type.Array(Type.Object({ label: Type.String(), value: Type.String() }, { additionalProperties: false })),
  },
  { $id: 'VerificationDto', additionalProperties: false },
)
export type VerificationDto = Static<typeof VerificationDto>

export const VerificationListDto = Type.Object({ verifications: Type.Array(VerificationDto) }, { $id: 'VerificationListDto', additionalProperties: false })
export type VerificationListDto = Static<typeof VerificationListDto>
