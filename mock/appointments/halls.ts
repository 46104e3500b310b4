import type { HallDto } from '../../src/api/contract'
import type { CatalogItem } from '../catalog/model'
import { catalogIndex, variantKeyOf } from '../catalog/query'
import { cityOf, distance as regionDistance } from '../catalog/seed/regions'
import { httpError, messages } from '../http/errors'
import { hallPoint, haversineM, type LatLng } from './geo'

/**
 * 办理大厅 for 预约: the item's own 办理地点 plus those of the same 业务办理项's implementations elsewhere in the
 * same city (黄浦区's 结婚登记 lists all 16 districts' 民政 windows), so a person can book the nearest. A hall's
 * id is its office's (`310101-civil-affairs`; a further 办理地点 of the same office gets `-2`, `-3`, …): stable
 * across restarts, as bookings keep it.
 */
export interface Hall extends Omit<HallDto, 'distanceM'> {
  point: LatLng
  /** The implementation whose 办理地点 it is (its department handles the visit) */
  implementation: CatalogItem
}

/** At most this many halls are listed (a 街道级 item in Shanghai has 200-odd); any of them may be booked. */
export const MAX_HALLS = 20

export const NOT_BOOKABLE_MESSAGE = '该事项无需预约'
export const HALL_NOT_FOUND_MESSAGE = '该大厅不办理此事项，请重新选择办理地点'

function hallsOfImplementation(item: CatalogItem): Hall[] {
  return item.locations.map((location, i) => ({
    id: i === 0 ? item.department.id : `${item.department.id}-${i + 1}`,
    name: location.name,
    address: location.address,
    hours: location.hours,
    phone: item.consultPhone,
    regionCode: item.regionCode,
    point: hallPoint(item.regionCode, location.address),
    implementation: item,
  }))
}

const memo = new Map<string, readonly Hall[]>()

/** Every hall in the item's city that handles its 业务办理项, by id order. Memoised per service and city. */
export function hallsHandling(item: CatalogItem): readonly Hall[] {
  const city = cityOf(item.regionCode)?.code ?? item.regionCode
  const key = `${variantKeyOf(item)}@${city}`
  let halls = memo.get(key)
  if (!halls) {
    const byId = new Map<string, Hall>()
    for (const other of catalogIndex().byVariantKey.get(variantKeyOf(item)) ?? [item]) {
      if ((cityOf(other.regionCode)?.code ?? other.regionCode) !== city) continue
      for (const hall of hallsOfImplementation(other)) if (!byId.has(hall.id)) byId.set(hall.id, hall)
    }
    halls = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1))
    memo.set(key, halls)
  }
  return halls
}

/** The item, if it exists and is 可预约: 404 ITEM_NOT_FOUND, 400 NOT_BOOKABLE. */
export function bookableItem(itemId: string): CatalogItem {
  const item = catalogIndex().catalog.byId.get(itemId)
  if (!item) throw httpError(404, 'ITEM_NOT_FOUND', messages.itemNotFound)
  if (!item.bookable) throw httpError(400, 'NOT_BOOKABLE', NOT_BOOKABLE_MESSAGE)
  return item
}

/** A hall that handles the item, else 404 HALL_NOT_FOUND (also for a hall the list left out: any may be booked). */
export function hallFor(item: CatalogItem, hallId: string): Hall {
  const hall = hallsHandling(item).find((h) => h.id === hallId)
  if (!hall) throw httpError(404, 'HALL_NOT_FOUND', HALL_NOT_FOUND_MESSAGE)
  return hall
}

export const toHallDto = (hall: Omit<Hall, 'point' | 'implementation'>, distanceM: number | null = null): HallDto => ({
  id: hall.id,
  name: hall.name,
  address: hall.address,
  hours: hall.hours,
  phone: hall.phone,
  regionCode: hall.regionCode,
  distanceM,
})

/**
 * The halls to offer: with the caller's location (both lat and lng), nearest first with `distanceM`; without,
 * the item's own hall first, then by steps in the region tree (the same district's streets before other
 * districts'), then by region code. At most {@link MAX_HALLS}.
 */
export function listHalls(item: CatalogItem, from: LatLng | null): HallDto[] {
  const halls = hallsHandling(item)
  if (from) {
    return halls
      .map((hall) => ({ hall, m: Math.round(haversineM(from, hall.point)) }))
      .sort((a, b) => a.m - b.m || (a.hall.id < b.hall.id ? -1 : 1))
      .slice(0, MAX_HALLS)
      .map(({ hall, m }) => toHallDto(hall, m))
  }
  const rank = (hall: Hall) => (hall.implementation.id === item.id ? -1 : regionDistance(item.regionCode, hall.regionCode))
  return [...halls]
    .sort((a, b) => rank(a) - rank(b) || (a.regionCode < b.regionCode ? -1 : a.regionCode > b.regionCode ? 1 : a.id < b.id ? -1 : 1))
    .slice(0, MAX_HALLS)
    .map((hall) => toHallDto(hall))
}
