import type { LicenceDto } from '../../src/api/contract'
import { Draws, hash } from '../catalog/hash'
import { E_LICENCES } from '../catalog/seed/e-licences'
import type { MockContext } from '../context'
import { seedEnterprises } from '../fixtures/enterprises'
import { listEnterprises } from '../identity/enterprises'
import { maskName } from '../identity/person'
import type { UserRecord } from '../store'
import { issuedFace, type FaceLine, type SeedLicence } from '../wallet/faces'
import { enterpriseLicences } from '../wallet/seed-enterprise'
import { addYears, beijingToday, digits, maskMiddle } from '../wallet/seed-helpers'
import { personalLicences } from '../wallet/seed-personal'

/**
 * 电子证照 (the user's wallet), store slice `licences`.
 *
 * - Seeded (wallet/seed-personal.ts): every user with a 实名 identity holds 居民身份证, 居民户口簿 and 社会保障卡,
 *   derived from the identity (the 身份证号's 行政区划 gives the 户籍: a Shanghai district, or a G60 one for 杭州,
 *   嘉兴 … people; an unknown region falls back to a Shanghai district), so they follow whichever identity the
 *   account binds and cost no storage. The seeded people also hold some of 驾驶证 (欧阳晓峰's has expired),
 *   行驶证, 结婚证, 居住证 (with a 户籍 outside Shanghai) and 出生医学证明.
 * - Enterprise (wallet/seed-enterprise.ts): a user acting for an enterprise (法定代表人 or 经办人,
 *   identity/enterprises.ts) sees its 营业执照, and the seeded restaurant its 食品经营许可证.
 * - Issued: an approved application's e-licence (issueLicence), kept per user.
 * - Revoked (吊销, the dev endpoint POST /mock/licences/:id/revoke): a set of ids, for seeded and issued ones.
 *
 * Numbers are masked (证照编号 is shown, never needed whole); `fields` (what forms prefill from) never carry a
 * full 身份证号. Each licence also has a face (照面信息, wallet/faces.ts) with full values, answered only by
 * walletEntry. Dates are fixed from the identity (reference year 2026, the catalog's); the status is live:
 * revoked when in the revoked set, else expired once `validUntil` has passed (Beijing date).
 */

interface LicencesState {
  /** userId → licences issued by approved applications, oldest first */
  issued: Record<string, LicenceDto[]>
  /** licence id → when it was revoked (epoch ms); absent in state files from before the wallet */
  revoked?: Record<string, number>
}

const licencesState = (ctx: MockContext) => ctx.store.slice<LicencesState>('licences', () => ({ issued: {}, revoked: {} }))
const revokedOf = (ctx: MockContext) => (licencesState(ctx).revoked ??= {})

/** Validity (years) of an issued licence by 电子证照 name; absent: 长期有效. */
const VALID_YEARS: Record<string, number> = {
  居民身份证: 20,
  居住证: 3,
  社会保障卡: 10,
  驾驶证: 10,
  残疾人证: 10,
  普通护照: 10,
  食品经营许可证: 5,
  食品生产许可证: 5,
  公共场所卫生许可证: 4,
  药品经营许可证: 5,
  排污许可证: 5,
  道路运输经营许可证: 4,
  安全生产许可证: 3,
  危险化学品经营许可证: 3,
  工业产品生产许可证: 5,
  建筑业企业资质证书: 5,
}

/** The full 证照编号 of an issued licence, derived from its application (the record keeps it masked). */
function issuedNumber(applicationId: string, type: string): string {
  const d = new Draws(hash(`issued:${applicationId}`))
  return type === '食品经营许可证' ? `JY2${digits(d, 13)}` : digits(d, 16)
}

// ---------------------------------------------------------------------------------------------- API

const statusOf = (validUntil: string | null, today: string): LicenceDto['status'] => (validUntil !== null && validUntil < today ? 'expired' : 'valid')

const withStatus =
  (today: string, revoked: Record<string, number>) =>
  ({ face: _face, ...l }: SeedLicence): LicenceDto => ({ ...l, status: revoked[l.id] !== undefined ? 'revoked' : statusOf(l.validUntil, today) })

/** An issued licence that was revoked or has passed its date says so (a revoked one stays revoked). */
function refresh(licence: LicenceDto, today: string, revoked: Record<string, number>): LicenceDto {
  if (licence.status !== 'revoked' && revoked[licence.id] !== undefined) licence.status = 'revoked'
  if (licence.status === 'valid' && statusOf(licence.validUntil, today) === 'expired') licence.status = 'expired'
  return licence
}

const issuedOf = (ctx: MockContext, user: UserRecord) => licencesState(ctx).issued[user.id] ?? []

const enterpriseSeedsOf = (ctx: MockContext, user: UserRecord): SeedLicence[] => {
  const mine = new Set(listEnterprises(ctx, user).map((e) => e.id))
  return seedEnterprises.filter((e) => mine.has(e.id)).flatMap(enterpriseLicences)
}

const personalSeedsOf = (user: UserRecord): SeedLicence[] => (user.realName ? personalLicences(user.realName) : [])

/**
 * The user's licences: seeded personal ones (none without 实名), then issued ones (newest first), then, with
 * `includeEnterprise` (default false), those of the enterprises the user acts for. Copies: change nothing here.
 */
export function licencesOf(ctx: MockContext, user: UserRecord, opts: { includeEnterprise?: boolean } = {}): LicenceDto[] {
  const today = beijingToday(ctx.clock.now())
  const revoked = revokedOf(ctx)
  const personal = personalSeedsOf(user).map(withStatus(today, revoked))
  const issued = [...issuedOf(ctx, user)].reverse().map((l) => ({ ...refresh(l, today, revoked), fields: { ...l.fields } }))
  const enterprise = opts.includeEnterprise ? enterpriseSeedsOf(ctx, user).map(withStatus(today, revoked)) : []
  return [...personal, ...issued, ...enterprise]
}

/**
 * One of the user's licences (personal, issued or of an enterprise they act for), or undefined. An issued
 * licence is the stored record itself: setting its `status` to 'revoked' (撤销) and saving the store persists it.
 */
export function findLicence(ctx: MockContext, user: UserRecord, licenceId: string): LicenceDto | undefined {
  const today = beijingToday(ctx.clock.now())
  const issued = issuedOf(ctx, user).find((l) => l.id === licenceId)
  if (issued) return refresh(issued, today, revokedOf(ctx))
  return licencesOf(ctx, user, { includeEnterprise: true }).find((l) => l.id === licenceId)
}

/** A licence of the wallet with its face (照面信息, full values) and whether it is the user's own (个人) or an enterprise's. */
export interface WalletEntry {
  licence: LicenceDto
  face: FaceLine[]
  personal: boolean
}

/** The user's licence with its face, or undefined. The face carries full values: mask it before answering. */
export function walletEntry(ctx: MockContext, user: UserRecord, licenceId: string): WalletEntry | undefined {
  const licence = findLicence(ctx, user, licenceId)
  if (!licence) return undefined
  const copy = { ...licence, fields: { ...licence.fields } }
  if (licence.applicationId !== null && issuedOf(ctx, user).includes(licence)) {
    const personal = licence.holder === user.realName?.name
    return { licence: copy, face: issuedFace(licence, issuedNumber(licence.applicationId, licence.type), !personal), personal }
  }
  const personal = personalSeedsOf(user).find((l) => l.id === licenceId)
  const seed = personal ?? enterpriseSeedsOf(ctx, user).find((l) => l.id === licenceId)!
  return { licence: copy, face: seed.face, personal: Boolean(personal) }
}

/**
 * 吊销: the licence becomes revoked for whoever holds it (seeded or issued). False when no user's wallet and
 * no seeded enterprise knows the id. The caller saves the store.
 */
export function revokeLicence(ctx: MockContext, licenceId: string): boolean {
  const known =
    seedEnterprises.some((e) => enterpriseLicences(e).some((l) => l.id === licenceId)) ||
    Object.values(ctx.store.state.users).some((u) => issuedOf(ctx, u).some((l) => l.id === licenceId) || personalSeedsOf(u).some((l) => l.id === licenceId))
  if (!known) return false
  revokedOf(ctx)[licenceId] ??= ctx.clock.now()
  for (const list of Object.values(licencesState(ctx).issued)) for (const l of list) if (l.id === licenceId) l.status = 'revoked'
  return true
}

/**
 * The 电子证照库 name of a result (「营业执照（换发）」 → 营业执照, 「中华人民共和国机动车驾驶证」 → 驾驶证), so a later
 * material slot naming the catalogue's name can use it; a name outside the catalogue is kept.
 */
export function catalogueName(type: string): string {
  const matches = E_LICENCES.filter((name) => type.includes(name)).sort((a, b) => b.length - a.length)
  return matches[0] ?? type
}

export interface IssueLicenceInput {
  /** The result's name; stored under its 电子证照库 name (catalogueName) */
  type: string
  /** 持证人 / 持证主体: the applicant, or the enterprise applied for */
  holder: string
  /** The deciding department */
  issuer: string
  applicationId: string
  /** What later forms may prefill from; never a full 身份证号 */
  fields: Record<string, string>
}

/**
 * Issues the e-licence of an approved application to the user's wallet (today, valid for the type's usual
 * term). Issuing again for the same application answers the licence it issued. The caller saves the store.
 */
export function issueLicence(ctx: MockContext, user: UserRecord, input: IssueLicenceInput): LicenceDto {
  const list = (licencesState(ctx).issued[user.id] ??= [])
  const existing = list.find((l) => l.applicationId === input.applicationId)
  if (existing) return existing
  const type = catalogueName(input.type)
  const number = issuedNumber(input.applicationId, type)
  const issuedAt = beijingToday(ctx.clock.now())
  const years = VALID_YEARS[type] as number | undefined
  const licence: LicenceDto = {
    id: `lic-${input.applicationId}`.slice(0, 64),
    type,
    number: maskMiddle(number, 4, 4),
    holder: input.holder,
    issuer: input.issuer,
    issuedAt,
    validUntil: years === undefined ? null : addYears(issuedAt, years),
    status: 'valid',
    applicationId: input.applicationId,
    fields: { ...input.fields },
  }
  list.push(licence)
  return licence
}

/** An organisation holds 营业执照 and 许可证: its name is public (企业信用信息公示) and is never masked. */
const ORGANISATION = /(公司|企业|集团|合作社|事务所|中心|商行|店|厂|馆|院|学校|协会|委员会)$/

/**
 * A licence as the app receives it: a person's name masked (李建国 → 李**), as everywhere the client sees
 * identity; an organisation's name as registered. The client never holds a full name it did not type.
 */
export function publicLicence<T extends LicenceDto>(licence: T): T {
  const holder = licence.holder.trim()
  return ORGANISATION.test(holder) || holder.includes('*') ? licence : { ...licence, holder: maskName(holder) }
}
