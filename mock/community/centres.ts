import type { CentreDto, CommunityDto, CommunityQuery, ItemSummaryDto, RegionDto } from '../../src/api/contract'
import { hallPoint, haversineM, type LatLng } from '../appointments/geo'
import { serviceGroups } from '../catalog/feed'
import { draws, hash } from '../catalog/hash'
import { toSummary, type CatalogItem } from '../catalog/model'
import { byLiveUsage, catalogIndex, itemFilter } from '../catalog/query'
import { childrenOf, isWithin, regionByCode } from '../catalog/seed/regions'
import { usageOf, type CatalogState } from '../catalog/state'
import { httpError, messages } from '../http/errors'
import { landline, regionHall, streetOffice } from './offices'

/**
 * 社区: the user's street and district as places to go: the street's 社区事务受理服务中心 (the catalog's own
 * `community` office, so the guide and this page show the same hall), the district's 行政服务中心, every street
 * centre of the district (nearest first when the user shared a location), the street-level items handled at
 * the street centre and the 便民服务 of the district. Deterministic: generated from the codes' hashes.
 */

export const NOT_LOCAL_MESSAGE = '请先选择所在的区或街道'
export const MAX_NEARBY = 30
export const MAX_ITEMS = 20

/** 周六 / 延时 services as the centres announce them: one per street by its code. */
const STREET_EXTRA = [
  '周六上午 9:00-12:00 照常受理（“周末不打烊”）',
  '工作日中午不休息；周二、周四延时服务至 19:00',
  '每月第一个周六全天受理，法定节假日另行通知',
  '工作日 17:00-19:00 延时服务，请提前电话预约',
] as const
const DISTRICT_EXTRA = '工作日中午不间断服务；周六上午 9:00-12:00 受理不动产登记、企业开办等高频事项'
const STREET_HOURS = '周一至周五 9:00-17:00，周六 9:00-12:00'

type Centre = Omit<CentreDto, 'distanceM'> & { point: LatLng }

function streetCentre(street: RegionDto): Centre {
  const office = streetOffice(street.code)
  const name = office?.name ?? `${street.name}社区事务受理服务中心`
  const address = office?.address ?? `${regionByCode(street.parentCode!)?.name ?? ''}${street.shortName}路${1 + (hash(street.code) % 800)}号`
  return {
    id: `${street.code}-community`,
    name,
    address,
    hours: office?.hours ?? STREET_HOURS,
    phone: office?.consultPhone ?? landline(street.code, `${street.code}:centre`),
    regionCode: street.code,
    kind: 'street',
    servesName: street.name,
    extraHours: draws(hash(`${street.code}:extra`)).pick(STREET_EXTRA),
    point: hallPoint(street.code, address),
  }
}

function districtCentre(district: RegionDto): Centre {
  const hall = regionHall(district)
  return {
    id: `${district.code}-centre`,
    name: `${district.name}行政服务中心`,
    address: hall.address,
    hours: hall.hours,
    phone: hall.phone,
    regionCode: district.code,
    kind: 'district',
    servesName: district.name,
    extraHours: DISTRICT_EXTRA,
    point: hallPoint(district.code, hall.address),
  }
}

const toDto = ({ point, ...centre }: Centre, from: LatLng | null): CentreDto => ({
  ...centre,
  distanceM: from ? Math.round(haversineM(from, point)) : null,
})

const collator = new Intl.Collator('zh-Hans-CN')

/** The district and, for a 9-digit code, the street: 404 REGION_NOT_FOUND, 400 REGION_NOT_LOCAL above a district. */
function placeOf(code: string): { district: RegionDto; street: RegionDto | null } {
  const region = regionByCode(code)
  if (!region) throw httpError(404, 'REGION_NOT_FOUND', messages.regionNotFound)
  if (region.level === 'district') return { district: region, street: null }
  if (region.level === 'street' && region.parentCode) return { district: regionByCode(region.parentCode)!, street: region }
  throw httpError(400, 'REGION_NOT_LOCAL', NOT_LOCAL_MESSAGE)
}

/** Street-level items: the street's own, most used first; for a district, each service once (summed usage). */
function streetItems(district: RegionDto, street: RegionDto | null, state: CatalogState): ItemSummaryDto[] {
  const { bySeedUsage } = catalogIndex()
  if (street) {
    const own = bySeedUsage.filter((i) => i.regionCode === street.code && i.level === 'street')
    return byLiveUsage(own, state)
      .slice(0, MAX_ITEMS)
      .map((i) => toSummary(i, usageOf(state, i)))
  }
  const all = bySeedUsage.filter((i) => i.level === 'street' && isWithin(i.regionCode, district.code))
  return serviceGroups(all, state, district.code)
    .slice(0, MAX_ITEMS)
    .map((g) => toSummary(g.item, g.usage))
}

/** The 便民服务 in the district's scope (the city's 外币兑换预约, 生活缴费, …), one implementation each. */
function convenienceItems(region: RegionDto, state: CatalogState): ItemSummaryDto[] {
  const accept = itemFilter({ region: region.code, type: 'convenience' })
  const items: CatalogItem[] = catalogIndex().bySeedUsage.filter(accept)
  return serviceGroups(items, state, region.code).map((g) => toSummary(g.item, g.usage))
}

export function community(query: CommunityQuery, state: CatalogState): CommunityDto {
  const { district, street } = placeOf(query.region)
  // A location needs both coordinates; one alone is ignored, as the hall list does.
  const from = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : null
  const centres = childrenOf(district.code)
    .filter((r) => r.level === 'street')
    .map(streetCentre)
  const nearby = from
    ? centres
        .map((c) => ({ c, m: haversineM(from, c.point) }))
        .sort((a, b) => a.m - b.m || (a.c.id < b.c.id ? -1 : 1))
        .map(({ c }) => c)
    : [...centres].sort((a, b) => collator.compare(a.servesName, b.servesName) || (a.id < b.id ? -1 : 1))
  return {
    district: { code: district.code, name: district.name },
    street: street ? { code: street.code, name: street.name } : null,
    streetCentre: street ? toDto(streetCentre(street), from) : null,
    districtCentre: toDto(districtCentre(district), from),
    nearby: nearby.slice(0, MAX_NEARBY).map((c) => toDto(c, from)),
    items: streetItems(district, street, state),
    convenience: convenienceItems(street ?? district, state),
  }
}
