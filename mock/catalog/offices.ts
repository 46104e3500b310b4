import type { DepartmentDto, LocationDto, RegionDto } from '../../src/api/contract'
import { draws, hash } from './hash'
import { cityPlaces, commonRoads, shanghaiDistrictPlaces } from './seed/places'
import { ancestorsOf, cityOf, regionByCode } from './seed/regions'
import type { DepartmentSeed, SeedLevel } from './seed/types'

/**
 * Department instances (实施主体): a department seed in one region, named from its template for that level
 * (上海市民政局, 黄浦区民政局, 南京东路街道社区事务受理服务中心), with its hall, hours and phones.
 */
export interface DepartmentInstance extends DepartmentDto {
  /** DepartmentSeed.key */
  key: string
  /** 部门介绍 */
  introduction: string
  address: string
  hours: string
  consultPhone: string
  /** 12345 政务服务便民热线, never the consult number */
  complaintPhone: string
  website: string | null
  /** The hall its items are handled at (办理地点) */
  location: LocationDto
}

export const COMPLAINT_PHONE = '12345'

/** Which template a region's offices use: 上海市 (a municipality) and the G60 cities have city offices. */
export function templateLevel(region: RegionDto): SeedLevel {
  if (region.level === 'street') return 'street'
  if (region.level === 'district') return 'district'
  return 'city'
}

const names = new Map<string, string | null>()

/** The region's office of this department by its template, or null when its level has none. Memoised. */
export function officeName(seed: DepartmentSeed, region: RegionDto): string | null {
  const key = `${seed.key}@${region.code}`
  let name = names.get(key)
  if (name === undefined) names.set(key, (name = fillTemplate(seed, region)))
  return name
}

function fillTemplate(seed: DepartmentSeed, region: RegionDto): string | null {
  const template = seed.names[templateLevel(region)]
  if (!template) return null
  const chain = [region, ...ancestorsOf(region.code)]
  const district = chain.find((r) => r.level === 'district')
  const street = chain.find((r) => r.level === 'street')
  return template
    .replace('{city}', cityOf(region.code)?.name ?? region.name)
    .replace('{districtShort}', district?.shortName ?? '')
    .replace('{district}', district?.name ?? '')
    .replace('{street}', street?.name ?? '')
}

/**
 * Who does a process step another department does (制证 by the card centre): that department's office in the
 * region, or the nearest parent region that has one.
 */
export function nearestOfficeName(seed: DepartmentSeed, region: RegionDto): string {
  for (const r of [region, ...ancestorsOf(region.code)]) {
    const name = officeName(seed, r)
    if (name) return name
  }
  return seed.shortName
}

const HALL_HOURS = ['周一至周五 9:00–17:00，周六上午 9:00–12:00', '周一至周五 9:00–17:00（法定节假日除外）', '周一至周五 8:30–17:00，周六 9:00–16:00']
const STREET_HOURS = ['周一至周五 8:30–17:00，周六上午 9:00–12:00', '周一至周五 8:30–17:00（中午不休息），周六上午 9:00–12:00']
/** Where Shanghai's city-level offices are */
const SHANGHAI_CENTRE = ['310101', '310104', '310105', '310106', '310109', '310115']

/** Roads of a district (Shanghai's own lists; the G60 districts use the roads every county seat has). */
const roadsOf = (district: RegionDto | undefined, city: string) =>
  (district && shanghaiDistrictPlaces[district.code]?.roads) || (district ? commonRoads : cityPlaces[city].roads)

function transport(seed: number, metroLines: number, road: string, town: boolean): string {
  const r = draws(seed)
  const walk = r.int(3, 12)
  const buses = `公交${r.int(1, 980)}路、${r.int(1, 980)}路`
  if (metroLines > 0 && !town) return `地铁${r.int(1, metroLines)}号线${road}站${r.int(1, 6)}号口出，步行约${walk}分钟；${buses}${road}站`
  return `${buses}${road}站下车，步行约${walk}分钟`
}

/** A new instance of the department in the region (its `itemCount` is counted by the generator). */
export function createOffice(seed: DepartmentSeed, region: RegionDto, name: string): DepartmentInstance {
  const id = `${region.code}-${seed.key}`
  const city = cityOf(region.code)!
  const place = cityPlaces[city.code]
  const level = templateLevel(region)
  const district = level === 'city' ? undefined : [region, ...ancestorsOf(region.code)].find((r) => r.level === 'district')
  // A district's offices share its 行政服务中心; a city's offices each have their own hall.
  const hallSeed = hash(level === 'district' ? district!.code : id)
  const hall = draws(hallSeed)
  const hallDistrict = level === 'city' && city.code === '310000' ? regionByCode(hall.pick(SHANGHAI_CENTRE)) : district
  const road = hall.pick(roadsOf(hallDistrict, city.code))
  const address = `${city.name}${hallDistrict?.name ?? ''}${road}${hall.int(1, 1200)}号`
  const town = level === 'street' && !region.name.endsWith('街道')
  const hours = hall.pick(level === 'street' ? STREET_HOURS : HALL_HOURS)
  const hallName =
    level === 'city' ? `${name}受理大厅` : level === 'district' ? `${district!.name}行政服务中心（${seed.shortName}窗口）` : name
  const phone = draws(hash(id))
  const local = `${phone.int(2, 8)}${String(phone.int(0, 9_999_999)).padStart(7, '0')}`
  return {
    id,
    name,
    shortName: seed.shortName,
    regionCode: region.code,
    level: region.level === 'province' ? 'city' : region.level,
    itemCount: 0,
    icon: seed.icon,
    key: seed.key,
    // The seeds introduce the city-level office; "负责…" reads as well after any office's name.
    introduction: seed.introduction.startsWith('负责') ? `${name}${seed.introduction}` : seed.introduction,
    address,
    hours,
    consultPhone: `${place.areaCode}-${local}`,
    complaintPhone: COMPLAINT_PHONE,
    website: level === 'street' ? null : `https://mock.tongban.example/departments/${id}`,
    location: { name: hallName, address, hours, transport: transport(hallSeed ^ 0x5bd1e995, place.metroLines, road, town) },
  }
}

/** The DepartmentDto of an instance, with the item count to show. */
export const toDepartmentDto = (d: DepartmentInstance, itemCount = d.itemCount): DepartmentDto => ({
  id: d.id,
  name: d.name,
  shortName: d.shortName,
  regionCode: d.regionCode,
  level: d.level,
  itemCount,
  icon: d.icon,
})
