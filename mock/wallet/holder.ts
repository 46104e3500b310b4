import type { LicenceDetailDto, LicencePurpose, ShowTokenDto } from '../../src/api/contract'
import type { MockContext } from '../context'
import { platformInfo } from '../fixtures/platform'
import { publicLicence, walletEntry, type WalletEntry } from '../handling/licences'
import { httpError } from '../http/errors'
import type { UserRecord } from '../store'
import { purposesOf, toFields, trustLevelOf } from './faces'
import { TOKEN_REFRESH_MS, newPayload, signToken } from './tokens'

/**
 * The holder's side of the wallet: a licence's detail (照面信息, masked unless revealed) and 亮证 (a signed,
 * short-lived token). Both the full face and a token need a fresh face check: the same rule as paying
 * (payment/orders.ts): 实名 and a server-confirmed face check within platformInfo.faceFreshMinutes.
 */

export const refuse = {
  notFound: () => httpError(404, 'LICENCE_NOT_FOUND', '未找到该电子证照'),
  face: () => httpError(403, 'FACE_REQUIRED', '请先刷脸验证本人身份'),
  expired: () => httpError(409, 'LICENCE_NOT_VALID', '证照已过期，无法亮证'),
  revoked: () => httpError(409, 'LICENCE_NOT_VALID', '证照已吊销，无法亮证'),
  purpose: () => httpError(400, 'PURPOSE_NOT_ALLOWED', '该证照不能用于此用途，请选择其他用途'),
}

/** 403 FACE_REQUIRED unless the account is 实名 and its last confirmed face check is within the window. */
export function requireFreshFace(ctx: MockContext, user: UserRecord): void {
  const freshFor = platformInfo.faceFreshMinutes * 60_000
  if (!user.realNameVerified || !user.faceVerifiedAt || ctx.clock.now() - user.faceVerifiedAt >= freshFor) throw refuse.face()
}

/** The caller's licence with its face, or 404 (another user's licence is "not found" too). */
export function entryOf(ctx: MockContext, user: UserRecord, licenceId: string): WalletEntry {
  const entry = walletEntry(ctx, user, licenceId)
  if (!entry) throw refuse.notFound()
  return entry
}

export const purposesOfEntry = (entry: WalletEntry) => purposesOf(entry.licence.type, entry.personal)

/** GET /me/licences/:id: masked by default; `reveal` needs a fresh face check. */
export function licenceDetail(ctx: MockContext, user: UserRecord, licenceId: string, reveal: boolean): LicenceDetailDto {
  const entry = entryOf(ctx, user, licenceId)
  if (reveal) requireFreshFace(ctx, user)
  return {
    ...publicLicence(entry.licence),
    face: toFields(entry.face, reveal),
    trustLevel: trustLevelOf(entry.licence.issuer),
    revealed: reveal,
    purposes: purposesOfEntry(entry),
  }
}

/** POST /me/licences/:id/show: a token for (licence, holder, purpose), valid 60 s; checks in the contract's order. */
export function showLicence(ctx: MockContext, user: UserRecord, licenceId: string, purpose: LicencePurpose): ShowTokenDto {
  const entry = entryOf(ctx, user, licenceId)
  requireFreshFace(ctx, user)
  if (entry.licence.status === 'expired') throw refuse.expired()
  if (entry.licence.status === 'revoked') throw refuse.revoked()
  if (!purposesOfEntry(entry).includes(purpose)) throw refuse.purpose()
  const payload = newPayload(licenceId, user.id, purpose, ctx.clock.now())
  return { token: signToken(payload), purpose, issuedAt: payload.iat * 1000, expiresAt: payload.exp * 1000, refreshInMs: TOKEN_REFRESH_MS }
}
