import type { RegionDto } from '../../src/api/contract'
import { catalog } from '../catalog/generate'
import { draws, hash } from '../catalog/hash'
import type { DepartmentInstance } from '../catalog/offices'
import { cityPlaces } from '../catalog/seed/places'
import { cityOf, provinceOf } from '../catalog/seed/regions'

/**
 * Who serves a region, from the generated catalog: its offices (a district's share its 行政服务中心, so any of
 * them gives the centre's address and hours), its street's 社区事务受理服务中心, and the 12345 hotline office
 * that takes the general 咨询 and 投诉 of the region.
 */

let byRegion: Map<string, DepartmentInstance[]> | undefined
/** The department instances of a region (none for a province or an unknown code). */
export function officesOf(regionCode: string): readonly DepartmentInstance[] {
  if (!byRegion) {
    byRegion = new Map()
    for (const office of catalog().departments) {
      const list = byRegion.get(office.regionCode) ?? []
      list.push(office)
      byRegion.set(office.regionCode, list)
    }
  }
  return byRegion.get(regionCode) ?? []
}

/** The street's 社区事务受理服务中心 (the catalog's `community` office), if the street implements items. */
export const streetOffice = (streetCode: string): DepartmentInstance | undefined => catalog().departmentById.get(`${streetCode}-community`)

/** 上海市12345市民服务热线, 嘉兴市12345政务服务便民热线: the office behind the region's 12345. */
export function hotlineOf(regionCode: string): string {
  if (provinceOf(regionCode)?.code === '310000') return '上海市12345市民服务热线'
  const city = cityOf(regionCode) ?? provinceOf(regionCode)
  return `${city?.name ?? ''}12345政务服务便民热线`
}

/** 021-63281234: a landline of the region's city, fixed by `seed`. */
export function landline(regionCode: string, seed: string): string {
  const areaCode = cityPlaces[cityOf(regionCode)?.code ?? '310000']?.areaCode ?? '021'
  const r = draws(hash(seed))
  return `${areaCode}-${r.int(2, 8)}${String(r.int(0, 9_999_999)).padStart(7, '0')}`
}

/** Where a region's main hall is and how to call it: its 行政服务中心 (a district), 市民中心 (a city). */
export function regionHall(region: RegionDto): { address: string; hours: string; phone: string } {
  const office = officesOf(region.code)[0]
  return {
    address: office?.address ?? region.name,
    hours: office?.hours ?? '周一至周五 9:00–17:00（法定节假日除外）',
    phone: landline(region.code, `${region.code}:centre`),
  }
}
