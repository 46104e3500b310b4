import type { RegionDto } from '../api/contract/config'

/** The region shown before the user picks one and before the config has loaded. */
export const DEFAULT_REGION_CODE = '310000'
export const DEFAULT_REGION_NAME = '上海市'

export const findRegion = (regions: RegionDto[], code: string): RegionDto | undefined =>
  regions.find((r) => r.code === code)

/**
 * The chip text: 上海市 for the city, 上海·松江 for a district, 嘉兴 for a G60 city, and with a sub-region chosen
 * below it (a street, a G60 district) 松江·方松街道 or 嘉兴·南湖区.
 */
export function regionLabel(regions: RegionDto[], code: string, subRegion?: { name: string } | null): string {
  const region = findRegion(regions, code)
  if (region && subRegion) return `${region.shortName}·${subRegion.name}`
  if (!region) return code === DEFAULT_REGION_CODE ? DEFAULT_REGION_NAME : '选择地区'
  if (region.level === 'district' || region.level === 'street') {
    const parent = region.parentCode ? findRegion(regions, region.parentCode) : undefined
    return parent ? `${parent.shortName}·${region.shortName}` : region.name
  }
  return region.name
}

/** Groups for the region picker: the home city with its districts, then the G60 corridor cities. */
export function groupRegions(regions: RegionDto[], homeCode: string = DEFAULT_REGION_CODE) {
  const home = findRegion(regions, homeCode)
  const districts = regions.filter((r) => r.parentCode === homeCode && r.level === 'district')
  const corridor = regions.filter((r) => r.g60 && r.parentCode !== homeCode && r.code !== homeCode)
  return { home, districts, corridor }
}

/** The G60 corridor cities outside the home city, grouped by province (浙江省: 嘉兴, 杭州, …) in config order. */
export function corridorByProvince(regions: RegionDto[], homeCode: string = DEFAULT_REGION_CODE) {
  const { corridor } = groupRegions(regions, homeCode)
  const groups: { province: RegionDto | undefined; cities: RegionDto[] }[] = []
  for (const city of corridor) {
    const province = city.parentCode ? findRegion(regions, city.parentCode) : undefined
    const group = groups.find((g) => g.province?.code === province?.code)
    if (group) group.cities.push(city)
    else groups.push({ province, cities: [city] })
  }
  return groups
}
