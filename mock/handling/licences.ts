import type { LicenceDto } from '../../src/api/contract'
import { Draws, hash } from '../catalog/hash'
import { E_LICENCES } from '../catalog/seed/e-licences'
import { commonRoads, shanghaiDistrictPlaces } from '../catalog/seed/places'
import { childrenOf, cityOf, provinceOf, regionByCode } from '../catalog/seed/regions'
import type { MockContext } from '../context'
import { seedEnterprises, type SeedEnterprise } from '../fixtures/enterprises'
import { CITIZEN, COMPOUND_SURNAME_REP, JIAXING_REP, LEGAL_REP, X_CHECK_DIGIT } from '../fixtures/identities'
import { listEnterprises } from '../identity/enterprises'
import { maskIdNumber } from '../identity/person'
import type { UserRecord } from '../store'

/**
 * 电子证照 (the user's wallet), store slice `licences`.
 *
 * - Seeded: every user with a 实名 identity holds 居民身份证, 居民户口簿 and 社会保障卡, derived from the identity
 *   (the 身份证号's 行政区划 gives the 户籍: a Shanghai district, or a G60 one for 杭州, 嘉兴 … people; an unknown
 *   region falls back to a Shanghai district), so they follow whichever identity the account binds and cost no
 *   storage. Some seeded people also hold 驾驶证 / 结婚证 / 居住证 (EXTRAS); 居住证 goes with a 户籍 outside Shanghai.
 * - Enterprise: a user acting for an enterprise (法定代表人 or 经办人, identity/enterprises.ts) sees its
 *   营业执照, and the seeded restaurant its 食品经营许可证.
 * - Issued: an approved application's e-licence (issueLicence), kept per user.
 *
 * Numbers are masked (证照编号 is shown, never needed whole); `fields` (what forms prefill from) never carry a
 * full 身份证号. Dates are fixed from the identity (reference year 2026, the catalog's); the status is live:
 * expired once `validUntil` has passed (Beijing date).
 */

interface LicencesState {
  /** userId → licences issued by approved applications, oldest first */
  issued: Record<string, LicenceDto[]>
}

const licencesState = (ctx: MockContext) => ctx.store.slice<LicencesState>('licences', () => ({ issued: {} }))

const REFERENCE_YEAR = 2026
const SHANGHAI = '310000'

type Extra = 'driving' | 'marriage' | 'residence'
/** Licences beyond the three everybody has, for the seeded people (fixtures/identities.ts). */
const EXTRAS: Record<string, readonly Extra[]> = {
  [LEGAL_REP.idNumber]: ['driving', 'marriage'],
  [CITIZEN.idNumber]: ['residence'],
  [COMPOUND_SURNAME_REP.idNumber]: ['driving'],
  [JIAXING_REP.idNumber]: ['marriage'],
  [X_CHECK_DIGIT.idNumber]: ['driving'],
}

/** Enterprise details the register would print on a 营业执照 (the fixtures carry only name and code). */
const ENTERPRISE_PROFILES: Record<string, { type: string; capital: string; established: string; scope: string }> = {
  ent_sh_catering: { type: '有限责任公司（自然人投资或控股）', capital: '100万元人民币', established: '2018-06-12', scope: '许可项目：餐饮服务；食品销售。一般项目：外卖递送服务。' },
  ent_hz_tech: { type: '有限责任公司（自然人投资或控股）', capital: '500万元人民币', established: '2019-03-28', scope: '技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；信息系统集成服务。' },
  ent_sz_making: { type: '有限责任公司（自然人独资）', capital: '2000万元人民币', established: '2015-09-01', scope: '通用设备制造（不含特种设备制造）；机械零件、零部件加工；金属制品销售。' },
  ent_jx_trade: { type: '有限责任公司（自然人投资或控股）', capital: '300万元人民币', established: '2020-11-16', scope: '货物进出口；技术进出口；日用百货销售；五金产品批发。' },
}

/** The seeded restaurant also holds a 食品经营许可证. */
const FOOD_LICENSED = new Set(['ent_sh_catering'])

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

// ---------------------------------------------------------------------------------------------- helpers

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const ymd = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`
/** The same day `years` later (29 February becomes 28 February outside leap years). */
function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return date.slice(5) === '02-29' && !leap ? `${year}-02-28` : `${year}${date.slice(4)}`
}
/** Today in Beijing, 'YYYY-MM-DD' */
const beijingToday = (now: number) => new Date(now + 8 * 3600 * 1000).toISOString().slice(0, 10)
const maskMiddle = (text: string, keepStart: number, keepEnd: number) =>
  text.length <= keepStart + keepEnd ? text : `${text.slice(0, keepStart)}${'*'.repeat(text.length - keepStart - keepEnd)}${text.slice(text.length - keepEnd)}`
const digits = (d: Draws, count: number) => Array.from({ length: count }, () => d.int(0, 9)).join('')
const hex = (text: string) => hash(text).toString(16).padStart(8, '0')

const statusOf = (validUntil: string | null, today: string): LicenceDto['status'] => (validUntil !== null && validUntil < today ? 'expired' : 'valid')

/** 黄浦区 → 黄浦, 浦东新区 → 浦东; a 县 or 县级市 keeps its name. */
const districtShort = (name: string) => name.replace(/(新区|区)$/, '')
const isCounty = (name: string) => !/区$/.test(name)

interface Place {
  /** The district (区 / 县) code */
  district: string
  /** The 街道 / 镇 code (9 digits), or the district's when it has none */
  regionCode: string
  /** One line, e.g. 上海市黄浦区河南南路168弄5号1202室 */
  address: string
  /** 南京东路 (for the 派出所 name) */
  streetShort: string | null
}

/** A realistic address in a district: a road near its offices, a 弄 / 号 / 室 (Shanghai) or 号 / 幢 / 室 elsewhere. */
function placeIn(districtCode: string, d: Draws, kind: 'home' | 'office'): Place {
  const district = regionByCode(districtCode)!
  const city = cityOf(districtCode)!
  const province = provinceOf(districtCode)!
  const street = childrenOf(districtCode).length > 0 ? d.pick(childrenOf(districtCode)) : null
  const road = d.pick(shanghaiDistrictPlaces[districtCode]?.roads ?? commonRoads)
  const prefix = province.code === city.code ? city.name : `${province.name}${city.name}`
  const shanghai = city.code === SHANGHAI
  const unit =
    kind === 'office'
      ? `${d.int(1, 999)}号${d.int(1, 12)}层`
      : shanghai
        ? `${d.int(1, 999)}弄${d.int(1, 60)}号${d.int(1, 18)}0${d.int(1, 4)}室`
        : `${d.int(1, 500)}号${d.int(1, 30)}幢${d.int(1, 3)}单元${d.int(1, 18)}0${d.int(1, 4)}室`
  return { district: districtCode, regionCode: street?.code ?? districtCode, address: `${prefix}${district.name}${road}${unit}`, streetShort: street?.shortName ?? null }
}

/** 上海市公安局黄浦分局, 杭州市公安局西湖分局, 嘉善县公安局 */
function policeOf(districtCode: string): string {
  const district = regionByCode(districtCode)!
  const city = cityOf(districtCode)!
  return isCounty(district.name) ? `${district.name}公安局` : `${city.name}公安局${districtShort(district.name)}分局`
}

/** 上海市黄浦区民政局, 嘉兴市南湖区民政局 */
const officeOf = (districtCode: string, office: string) => {
  const district = regionByCode(districtCode)!
  return isCounty(district.name) ? `${district.name}${office}` : `${cityOf(districtCode)!.name}${district.name}${office}`
}

/** The Shanghai districts, for people whose 户籍 region the catalog does not know and for 居住证 addresses. */
const shanghaiDistricts = () => childrenOf(SHANGHAI).filter((r) => r.level === 'district')

/** The 户籍 district: the 身份证号's 行政区划 when the catalog knows it, else a Shanghai district. */
function homeDistrict(idNumber: string, d: Draws): string {
  const region = regionByCode(idNumber.slice(0, 6))
  return region?.level === 'district' ? region.code : d.pick(shanghaiDistricts()).code
}

// ---------------------------------------------------------------------------------------------- seeded, personal

interface Identity {
  name: string
  idNumber: string
}

function personalLicences(identity: Identity): Omit<LicenceDto, 'status'>[] {
  const { name, idNumber } = identity
  const d = new Draws(hash(`licences:${idNumber.toUpperCase()}`))
  const birthYear = Number(idNumber.slice(6, 10))
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`
  const gender = Number(idNumber.charAt(16)) % 2 === 1 ? '男' : '女'
  const home = placeIn(homeDistrict(idNumber, d), d, 'home')
  const police = policeOf(home.district)
  const homeCity = cityOf(home.district)!
  const id = (code: string) => `lic-${code}-${hex(`${code}:${idNumber.toUpperCase()}`)}`
  const base = { holder: name, applicationId: null }

  // 居民身份证: valid 5 / 10 / 20 years or 长期 by age at issue, renewed 1–4 years ago.
  const idIssuedYear = REFERENCE_YEAR - d.int(1, 4)
  const idIssued = ymd(idIssuedYear, d.int(1, 12), d.int(1, 28))
  const age = idIssuedYear - birthYear
  const idYears = age < 16 ? 5 : age <= 25 ? 10 : age <= 45 ? 20 : null
  const list: Omit<LicenceDto, 'status'>[] = [
    {
      ...base,
      id: id('idcard'),
      type: '居民身份证',
      number: maskIdNumber(idNumber),
      issuer: police,
      issuedAt: idIssued,
      validUntil: idYears === null ? null : addYears(idIssued, idYears),
      fields: { name, gender, birthDate, address: home.address, regionCode: home.regionCode },
    },
    {
      ...base,
      id: id('hukou'),
      type: '居民户口簿',
      number: maskMiddle(digits(d, 9), 2, 3),
      issuer: home.streetShort ? `${police}${home.streetShort}派出所` : police,
      issuedAt: ymd(REFERENCE_YEAR - d.int(2, 15), d.int(1, 12), d.int(1, 28)),
      validUntil: null,
      fields: { name, address: home.address, regionCode: home.regionCode, householdType: '家庭户', relation: '户主' },
    },
  ]

  const extras = EXTRAS[idNumber.toUpperCase()] ?? []
  // Where the person lives and works: the 户籍 place, or Shanghai with a 居住证.
  const residence = extras.includes('residence') && homeCity.code !== SHANGHAI ? placeIn(d.pick(shanghaiDistricts()).code, d, 'home') : null
  const workCity = residence ? cityOf(residence.district)! : homeCity
  const cardIssued = ymd(REFERENCE_YEAR - d.int(1, 6), d.int(1, 12), d.int(1, 28))
  list.push({
    ...base,
    id: id('sscard'),
    type: '社会保障卡',
    number: maskMiddle(`${String.fromCharCode(65 + d.int(0, 25))}${digits(d, 8)}`, 2, 2),
    issuer: `${workCity.name}人力资源和社会保障局`,
    issuedAt: cardIssued,
    validUntil: addYears(cardIssued, 10),
    fields: { name, bank: d.pick(['中国工商银行', '中国建设银行', '中国农业银行', '中国银行', '交通银行', '上海银行']) },
  })

  if (extras.includes('driving')) {
    const issued = ymd(REFERENCE_YEAR - d.int(1, 5), d.int(1, 12), d.int(1, 28))
    const firstYear = Math.min(REFERENCE_YEAR - 6, birthYear + 20 + d.int(0, 8))
    list.push({
      ...base,
      id: id('driving'),
      type: '驾驶证',
      number: maskIdNumber(idNumber),
      issuer: workCity.code === SHANGHAI ? '上海市公安局交通警察总队' : `${workCity.name}公安局交通警察支队`,
      issuedAt: issued,
      validUntil: addYears(issued, 10),
      fields: { name, vehicleClass: 'C1', firstIssuedAt: ymd(firstYear, d.int(1, 12), d.int(1, 28)) },
    })
  }
  if (extras.includes('marriage')) {
    const year = Math.min(REFERENCE_YEAR - 1, birthYear + 25 + d.int(0, 6))
    const registered = ymd(year, d.int(1, 12), d.int(1, 28))
    list.push({
      ...base,
      id: id('marriage'),
      type: '结婚证',
      number: maskMiddle(`J${home.district}-${year}-${digits(d, 6)}`, 13, 2),
      issuer: officeOf(home.district, '民政局'),
      issuedAt: registered,
      validUntil: null,
      fields: { name, registeredAt: registered },
    })
  }
  if (residence) {
    const issued = ymd(REFERENCE_YEAR - d.int(1, 2), d.int(1, 12), d.int(1, 28))
    list.push({
      ...base,
      id: id('residence'),
      type: '居住证',
      number: maskIdNumber(idNumber),
      issuer: policeOf(residence.district),
      issuedAt: issued,
      validUntil: addYears(issued, 3),
      fields: { name, address: residence.address, regionCode: residence.regionCode },
    })
  }
  return list
}

// ---------------------------------------------------------------------------------------------- seeded, enterprise

function enterpriseLicences(enterprise: SeedEnterprise): Omit<LicenceDto, 'status'>[] {
  const d = new Draws(hash(`licences:${enterprise.id}`))
  const profile = ENTERPRISE_PROFILES[enterprise.id] ?? { type: '有限责任公司', capital: '100万元人民币', established: '2020-01-01', scope: '一般项目：企业管理咨询。' }
  const regionCode = enterprise.creditCode.slice(2, 8)
  const place = placeIn(regionByCode(regionCode)?.level === 'district' ? regionCode : d.pick(shanghaiDistricts()).code, d, 'office')
  const market = officeOf(place.district, '市场监督管理局')
  const base = { holder: enterprise.name, applicationId: null }
  const list: Omit<LicenceDto, 'status'>[] = [
    {
      ...base,
      id: `lic-biz-${hex(enterprise.id)}`,
      type: '营业执照',
      number: maskMiddle(enterprise.creditCode, 4, 4),
      issuer: market,
      issuedAt: profile.established,
      validUntil: null,
      fields: {
        name: enterprise.name,
        creditCode: enterprise.creditCode,
        legalRep: enterprise.legalRep.name,
        type: profile.type,
        registeredCapital: profile.capital,
        establishedAt: profile.established,
        address: place.address,
        regionCode: place.regionCode,
        businessScope: profile.scope,
      },
    },
  ]
  if (FOOD_LICENSED.has(enterprise.id)) {
    const issued = ymd(REFERENCE_YEAR - 2, d.int(1, 12), d.int(1, 28))
    list.push({
      ...base,
      id: `lic-food-${hex(enterprise.id)}`,
      type: '食品经营许可证',
      number: maskMiddle(`JY2${regionCode}${digits(d, 7)}`, 4, 4),
      issuer: market,
      issuedAt: issued,
      validUntil: addYears(issued, 5),
      fields: { name: enterprise.name, businessFormat: '餐饮服务经营者', businessItems: '热食类食品制售；冷食类食品制售', address: place.address },
    })
  }
  return list
}

// ---------------------------------------------------------------------------------------------- API

const withStatus = (today: string) => (l: Omit<LicenceDto, 'status'>): LicenceDto => ({ ...l, status: statusOf(l.validUntil, today) })

/** An issued licence that has passed its date becomes expired (a revoked one stays revoked). */
function refresh(licence: LicenceDto, today: string): LicenceDto {
  if (licence.status === 'valid' && statusOf(licence.validUntil, today) === 'expired') licence.status = 'expired'
  return licence
}

const issuedOf = (ctx: MockContext, user: UserRecord) => licencesState(ctx).issued[user.id] ?? []

const enterpriseLicencesOf = (ctx: MockContext, user: UserRecord) => {
  const mine = new Set(listEnterprises(ctx, user).map((e) => e.id))
  return seedEnterprises.filter((e) => mine.has(e.id)).flatMap(enterpriseLicences)
}

/**
 * The user's licences: seeded personal ones (none without 实名), then issued ones (newest first), then, with
 * `includeEnterprise` (default false), those of the enterprises the user acts for. Copies: change nothing here.
 */
export function licencesOf(ctx: MockContext, user: UserRecord, opts: { includeEnterprise?: boolean } = {}): LicenceDto[] {
  const today = beijingToday(ctx.clock.now())
  const personal = user.realName ? personalLicences(user.realName).map(withStatus(today)) : []
  const issued = [...issuedOf(ctx, user)].reverse().map((l) => ({ ...refresh(l, today), fields: { ...l.fields } }))
  const enterprise = opts.includeEnterprise ? enterpriseLicencesOf(ctx, user).map(withStatus(today)) : []
  return [...personal, ...issued, ...enterprise]
}

/**
 * One of the user's licences (personal, issued or of an enterprise they act for), or undefined. An issued
 * licence is the stored record itself: setting its `status` to 'revoked' (撤销) and saving the store persists it.
 */
export function findLicence(ctx: MockContext, user: UserRecord, licenceId: string): LicenceDto | undefined {
  const today = beijingToday(ctx.clock.now())
  const issued = issuedOf(ctx, user).find((l) => l.id === licenceId)
  if (issued) return refresh(issued, today)
  return licencesOf(ctx, user, { includeEnterprise: true }).find((l) => l.id === licenceId)
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
  const d = new Draws(hash(`issued:${input.applicationId}`))
  const number = type === '食品经营许可证' ? `JY2${digits(d, 13)}` : digits(d, 16)
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
