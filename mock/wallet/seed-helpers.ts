import { Draws, hash } from '../catalog/hash'
import { commonRoads, shanghaiDistrictPlaces } from '../catalog/seed/places'
import { childrenOf, cityOf, provinceOf, regionByCode } from '../catalog/seed/regions'

/**
 * Shared by the seeded licences (seed-personal.ts, seed-enterprise.ts) and issued ones: dates, masks and
 * realistic places and issuers. Everything is derived from a Draws stream, so a wallet is the same on every
 * start and machine.
 */

/** Dates of seeded licences are fixed relative to this year (the catalog's). */
export const REFERENCE_YEAR = 2026
export const SHANGHAI = '310000'

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
export const ymd = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`

/** The same day `years` later (29 February becomes 28 February outside leap years). */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return date.slice(5) === '02-29' && !leap ? `${year}-02-28` : `${year}${date.slice(4)}`
}

/** Today in Beijing, 'YYYY-MM-DD' */
export const beijingToday = (now: number) => new Date(now + 8 * 3600 * 1000).toISOString().slice(0, 10)

/** 2024-03-15 → 2024年03月15日, as licences print dates. */
export const chineseDate = (date: string) => `${date.slice(0, 4)}年${date.slice(5, 7)}月${date.slice(8, 10)}日`

/** 有效期限 as a 居民身份证 prints it: 2024.03.15-2044.03.15, or 2024.03.15-长期. */
export const validityText = (from: string, until: string | null) => `${from.replace(/-/g, '.')}-${until === null ? '长期' : until.replace(/-/g, '.')}`

/** Keeps `keepStart` and `keepEnd` characters, stars the rest. */
export const maskMiddle = (text: string, keepStart: number, keepEnd: number) =>
  text.length <= keepStart + keepEnd ? text : `${text.slice(0, keepStart)}${'*'.repeat(text.length - keepStart - keepEnd)}${text.slice(text.length - keepEnd)}`

export const digits = (d: Draws, count: number) => Array.from({ length: count }, () => d.int(0, 9)).join('')
export const hex = (text: string) => hash(text).toString(16).padStart(8, '0')

/** 黄浦区 → 黄浦, 浦东新区 → 浦东; a 县 or 县级市 keeps its name. */
const districtShort = (name: string) => name.replace(/(新区|区)$/, '')
const isCounty = (name: string) => !/区$/.test(name)

export interface Place {
  /** The district (区 / 县) code */
  district: string
  /** The 街道 / 镇 code (9 digits), or the district's when it has none */
  regionCode: string
  /** One line, e.g. 上海市黄浦区河南南路168弄5号1202室 */
  address: string
  /** The address down to the district (上海市黄浦区): what a masked address keeps */
  area: string
  /** 南京东路 (for the 派出所 name) */
  streetShort: string | null
}

/** A realistic address in a district: a road near its offices, a 弄 / 号 / 室 (Shanghai) or 号 / 幢 / 室 elsewhere. */
export function placeIn(districtCode: string, d: Draws, kind: 'home' | 'office'): Place {
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
  const area = `${prefix}${district.name}`
  return { district: districtCode, regionCode: street?.code ?? districtCode, address: `${area}${road}${unit}`, area, streetShort: street?.shortName ?? null }
}

/** 上海市公安局黄浦分局, 杭州市公安局西湖分局, 嘉善县公安局 */
export function policeOf(districtCode: string): string {
  const district = regionByCode(districtCode)!
  const city = cityOf(districtCode)!
  return isCounty(district.name) ? `${district.name}公安局` : `${city.name}公安局${districtShort(district.name)}分局`
}

/** 上海市黄浦区民政局, 嘉兴市南湖区民政局 */
export const officeOf = (districtCode: string, office: string) => {
  const district = regionByCode(districtCode)!
  return isCounty(district.name) ? `${district.name}${office}` : `${cityOf(districtCode)!.name}${district.name}${office}`
}

/** The Shanghai districts, for people whose 户籍 region the catalog does not know and for 居住证 addresses. */
export const shanghaiDistricts = () => childrenOf(SHANGHAI).filter((r) => r.level === 'district')

/** The 户籍 district: the 身份证号's 行政区划 when the catalog knows it, else a Shanghai district. */
export function homeDistrict(idNumber: string, d: Draws): string {
  const region = regionByCode(idNumber.slice(0, 6))
  return region?.level === 'district' ? region.code : d.pick(shanghaiDistricts()).code
}

/** The city's short name for a 号牌 (沪, 浙 …) and its 发牌机关 letter. */
const PLATE_PREFIX: Record<string, string> = { '31': '沪', '32': '苏', '33': '浙', '34': '皖', '11': '京' }
/** 沪A·D12345 (new energy) or 沪B·7K2M9 — a 号牌号码 for a vehicle registered in the district's province. */
export function plateNumber(districtCode: string, d: Draws, newEnergy: boolean): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
  const province = PLATE_PREFIX[districtCode.slice(0, 2)] ?? '沪'
  const serial = newEnergy ? `${d.pick(['D', 'F'])}${digits(d, 5)}` : `${digits(d, 1)}${letters[d.int(0, letters.length - 1)]}${digits(d, 3)}`
  return `${province}${letters[d.int(0, 3)]}·${serial}`
}
