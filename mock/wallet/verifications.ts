import { randomBytes } from 'node:crypto'
import type { LicencePurpose, StaffDto, VerificationDto } from '../../src/api/contract'
import { staffOf } from '../auth/users'
import type { MockContext } from '../context'
import { walletEntry, type WalletEntry } from '../handling/licences'
import { httpError } from '../http/errors'
import { maskIdNumber, maskName } from '../identity/person'
import type { UserRecord } from '../store'
import { trustLevelOf } from './faces'
import { addYears, beijingToday, validityText } from './seed-helpers'
import { readToken } from './tokens'

/**
 * 验证电子证照: window staff verify a shown code (POST /staff/verifications), store slice `wallet`.
 *
 * Checks, in this order, each refusal with its own Chinese reason: the text is a token this platform signed
 * (format, base64url, JSON, Ed25519 signature → 400 TOKEN_INVALID), it has not expired (410), it was shown for
 * the purpose the staff member verifies (400 PURPOSE_MISMATCH), it was not verified before (409 TOKEN_USED, by
 * nonce), and the licence is still valid for its holder (409 LICENCE_REVOKED / LICENCE_NOT_VALID).
 *
 * A nonce is recorded as used only on success: a code refused for the wrong purpose (the staff member picked
 * the wrong 用途) can still be verified for the right one within its 60 s, instead of making the holder show a
 * new one. A used nonce is forgotten once its token has expired: expiry refuses it from then on anyway.
 *
 * Success discloses only what the purpose allows (VerificationDto.fields) and is recorded for the staff member
 * (GET /staff/verifications) and in the holder's 用证记录 (usage.ts).
 */

export const PURPOSE_LABELS: Record<LicencePurpose, string> = { identity: '身份核验', business: '窗口办事', age: '年龄核验' }
const ADULT_LABEL = '已满 18 周岁'
/** Kept per staff member and holder; the oldest go first past this */
const MAX_RECORDS = 1000

export interface VerificationRecord {
  dto: VerificationDto
  staffUserId: string
  staff: StaffDto
  holderUserId: string
  licenceId: string
  /** 用证记录's 「what」: 身份核验：姓名、公民身份号码（部分）、有效期限 */
  what: string
}

interface WalletState {
  /** nonce → its token's expiry (epoch ms) */
  usedNonces: Record<string, number>
  /** Oldest first */
  verifications: VerificationRecord[]
}

export const walletStateOf = (ctx: MockContext) => ctx.store.slice<WalletState>('wallet', () => ({ usedNonces: {}, verifications: [] }))

const refuse = {
  staffOnly: () => httpError(403, 'STAFF_ONLY', '仅限窗口工作人员使用'),
  invalid: () => httpError(400, 'TOKEN_INVALID', '二维码无效或已被篡改'),
  expired: () => httpError(410, 'TOKEN_EXPIRED', '二维码已过期，请让办事人刷新后重新出示'),
  used: () => httpError(409, 'TOKEN_USED', '该二维码已核验过，请让办事人刷新后重新出示'),
  purpose: (shown: LicencePurpose) => httpError(400, 'PURPOSE_MISMATCH', `该码用于「${PURPOSE_LABELS[shown]}」，与本次核验用途不符`),
  revoked: () => httpError(409, 'LICENCE_REVOKED', '该证照已被发证机关吊销，不能作为有效凭证'),
  expiredLicence: () => httpError(409, 'LICENCE_NOT_VALID', '该证照已过有效期，不能作为有效凭证'),
  gone: () => httpError(409, 'LICENCE_NOT_VALID', '办事人已不再持有该证照，不能作为有效凭证'),
}

/** 403 STAFF_ONLY unless the account is window staff; the staff member otherwise. */
export function requireStaff(user: UserRecord): StaffDto {
  const staff = staffOf(user)
  if (!staff) throw refuse.staffOnly()
  return staff
}

/** What the purpose lets the verifier see: identity 3 lines, business the whole face with numbers masked, age 1 line. */
function disclosed(entry: WalletEntry, holder: UserRecord, purpose: LicencePurpose, today: string): VerificationDto['fields'] {
  const { licence } = entry
  const idNumber = holder.realName?.idNumber ?? ''
  switch (purpose) {
    case 'identity':
      return [
        { label: '姓名', value: licence.holder },
        { label: '公民身份号码（部分）', value: maskIdNumber(idNumber) },
        { label: '有效期限', value: validityText(licence.issuedAt, licence.validUntil) },
      ]
    case 'business':
      return entry.face.map((l) => ({ label: l.label, value: l.kind === 'number' && l.masked !== null ? l.masked : l.value }))
    case 'age': {
      const birth = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`
      return [{ label: ADULT_LABEL, value: idNumber.length === 18 && addYears(birth, 18) <= today ? '是' : '否' }]
    }
  }
}

const whatOf = (purpose: LicencePurpose, fields: VerificationDto['fields']) =>
  `${PURPOSE_LABELS[purpose]}：${purpose === 'identity' ? fields.map((f) => f.label).join('、') : purpose === 'age' ? `是否${ADULT_LABEL}` : '证照照面信息（号码部分隐藏）'}`

/** POST /staff/verifications. The caller saves the store. */
export function verifyToken(ctx: MockContext, staffUser: UserRecord, token: string, purpose: LicencePurpose): VerificationDto {
  const staff = requireStaff(staffUser)
  const payload = readToken(token)
  if (!payload) throw refuse.invalid()
  const now = ctx.clock.now()
  if (now >= payload.exp * 1000) throw refuse.expired()
  if (payload.p !== purpose) throw refuse.purpose(payload.p)
  const state = walletStateOf(ctx)
  for (const [nonce, exp] of Object.entries(state.usedNonces)) if (exp <= now) delete state.usedNonces[nonce]
  if (state.usedNonces[payload.n] !== undefined) throw refuse.used()

  const holder = ctx.store.state.users[payload.h] as UserRecord | undefined
  const entry = holder && walletEntry(ctx, holder, payload.l)
  if (!holder || !entry) throw refuse.gone()
  if (entry.licence.status === 'revoked') throw refuse.revoked()
  if (entry.licence.status !== 'valid') throw refuse.expiredLicence()

  state.usedNonces[payload.n] = payload.exp * 1000
  const fields = disclosed(entry, holder, purpose, beijingToday(now))
  const dto: VerificationDto = {
    id: `ver-${randomBytes(8).toString('hex')}`,
    purpose,
    verifiedAt: now,
    holder: holder.realName
      ? { nameMasked: maskName(holder.realName.name), idNumberMasked: maskIdNumber(holder.realName.idNumber) }
      : { nameMasked: '***', idNumberMasked: '***' },
    licence: { type: entry.licence.type, issuer: entry.licence.issuer, validUntil: entry.licence.validUntil, trustLevel: trustLevelOf(entry.licence.issuer) },
    fields,
  }
  state.verifications.push({ dto, staffUserId: staffUser.id, staff, holderUserId: holder.id, licenceId: payload.l, what: whatOf(purpose, fields) })
  if (state.verifications.length > MAX_RECORDS) state.verifications.splice(0, state.verifications.length - MAX_RECORDS)
  return dto
}

/** GET /staff/verifications: the staff member's own, newest first (the last 50). */
export function verificationsBy(ctx: MockContext, staffUser: UserRecord): VerificationDto[] {
  requireStaff(staffUser)
  return walletStateOf(ctx)
    .verifications.filter((v) => v.staffUserId === staffUser.id)
    .slice(-50)
    .reverse()
    .map((v) => v.dto)
}
