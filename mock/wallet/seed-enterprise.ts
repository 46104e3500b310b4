import { Draws, hash } from '../catalog/hash'
import { regionByCode } from '../catalog/seed/regions'
import type { SeedEnterprise } from '../fixtures/enterprises'
import { nameLine, numberLine, plain, type SeedLicence } from './faces'
import { REFERENCE_YEAR, addYears, chineseDate, digits, hex, maskMiddle, officeOf, placeIn, shanghaiDistricts, ymd } from './seed-helpers'

/**
 * An enterprise's seeded licences: its 营业执照, and for the seeded restaurant a 食品经营许可证. A user acting for
 * the enterprise (法定代表人 or 经办人, identity/enterprises.ts) sees them. The register's data is public, so
 * only numbers and the 法定代表人's name are masked on the face.
 */

/** Enterprise details the register would print on a 营业执照 (the fixtures carry only name and code). */
const ENTERPRISE_PROFILES: Record<string, { type: string; capital: string; established: string; scope: string }> = {
  ent_sh_catering: { type: '有限责任公司（自然人投资或控股）', capital: '100万元人民币', established: '2018-06-12', scope: '许可项目：餐饮服务；食品销售。一般项目：外卖递送服务。' },
  ent_hz_tech: { type: '有限责任公司（自然人投资或控股）', capital: '500万元人民币', established: '2019-03-28', scope: '技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；信息系统集成服务。' },
  ent_sz_making: { type: '有限责任公司（自然人独资）', capital: '2000万元人民币', established: '2015-09-01', scope: '通用设备制造（不含特种设备制造）；机械零件、零部件加工；金属制品销售。' },
  ent_jx_trade: { type: '有限责任公司（自然人投资或控股）', capital: '300万元人民币', established: '2020-11-16', scope: '货物进出口；技术进出口；日用百货销售；五金产品批发。' },
}

/** The seeded restaurant also holds a 食品经营许可证. */
const FOOD_LICENSED = new Set(['ent_sh_catering'])

export function enterpriseLicences(enterprise: SeedEnterprise): SeedLicence[] {
  const d = new Draws(hash(`licences:${enterprise.id}`))
  const profile = ENTERPRISE_PROFILES[enterprise.id] ?? { type: '有限责任公司', capital: '100万元人民币', established: '2020-01-01', scope: '一般项目：企业管理咨询。' }
  const regionCode = enterprise.creditCode.slice(2, 8)
  const place = placeIn(regionByCode(regionCode)?.level === 'district' ? regionCode : d.pick(shanghaiDistricts()).code, d, 'office')
  const market = officeOf(place.district, '市场监督管理局')
  const base = { holder: enterprise.name, applicationId: null }
  const legalRep = enterprise.legalRep.name
  const list: SeedLicence[] = [
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
        legalRep,
        type: profile.type,
        registeredCapital: profile.capital,
        establishedAt: profile.established,
        address: place.address,
        regionCode: place.regionCode,
        businessScope: profile.scope,
      },
      face: [
        numberLine('统一社会信用代码', enterprise.creditCode),
        plain('名称', enterprise.name),
        plain('类型', profile.type),
        nameLine('法定代表人', legalRep),
        plain('经营范围', profile.scope),
        plain('注册资本', profile.capital),
        plain('成立日期', chineseDate(profile.established)),
        plain('营业期限', `${chineseDate(profile.established)}至长期`),
        plain('住所', place.address),
        plain('登记机关', market),
      ],
    },
  ]
  if (FOOD_LICENSED.has(enterprise.id)) {
    const issued = ymd(REFERENCE_YEAR - 2, d.int(1, 12), d.int(1, 28))
    const number = `JY2${regionCode}${digits(d, 7)}`
    const until = addYears(issued, 5)
    const items = '热食类食品制售；冷食类食品制售'
    list.push({
      ...base,
      id: `lic-food-${hex(enterprise.id)}`,
      type: '食品经营许可证',
      number: maskMiddle(number, 4, 4),
      issuer: market,
      issuedAt: issued,
      validUntil: until,
      fields: { name: enterprise.name, businessFormat: '餐饮服务经营者', businessItems: items, address: place.address },
      face: [
        plain('经营者名称', enterprise.name),
        numberLine('社会信用代码', enterprise.creditCode),
        nameLine('法定代表人（负责人）', legalRep),
        plain('住所', place.address),
        plain('经营场所', place.address),
        plain('主体业态', '餐饮服务经营者'),
        plain('经营项目', items),
        numberLine('许可证编号', number),
        plain('日常监督管理机构', market),
        plain('发证机关', market),
        plain('签发日期', chineseDate(issued)),
        plain('有效期至', chineseDate(until)),
      ],
    })
  }
  return list
}
