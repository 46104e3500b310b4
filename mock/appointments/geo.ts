import { draws, hash } from '../catalog/hash'
import { cityOf, childrenOf, regionByCode } from '../catalog/seed/regions'

/**
 * Where a hall is, for 「由近及远」: the generated catalog has addresses but no coordinates, so each hall is
 * placed near its district: the district's centre from the table below (Shanghai: the 区政府 area of each of
 * the 16 districts; a G60 city's district: a point within the city's radius, fixed by the hash of its code),
 * plus an offset fixed by the hash of the hall's address (offices sharing a 行政服务中心 share an address, so
 * they share a point too). Good to a few kilometres, which is all the ordering needs; never shown as a map.
 */

export interface LatLng {
  lat: number
  lng: number
}

/** Centre and spread (km) of Shanghai's districts, 上海市 itself (city offices: 人民广场) and the G60 cities. */
const CENTRES: Record<string, [lat: number, lng: number, radiusKm: number]> = {
  '310000': [31.2304, 121.4737, 3],
  '310101': [31.2317, 121.4846, 2],
  '310104': [31.1885, 121.4365, 3],
  '310105': [31.2204, 121.4241, 3],
  '310106': [31.2456, 121.456, 3],
  '310107': [31.2497, 121.3967, 3],
  '310109': [31.2646, 121.5053, 2.5],
  '310110': [31.2596, 121.526, 3],
  '310112': [31.1128, 121.3817, 8],
  '310113': [31.4055, 121.4895, 8],
  '310114': [31.3747, 121.2653, 10],
  '310115': [31.2215, 121.5447, 15],
  '310116': [30.7417, 121.342, 12],
  '310117': [31.0322, 121.2277, 10],
  '310118': [31.1505, 121.124, 12],
  '310120': [30.918, 121.474, 12],
  '310151': [31.623, 121.3973, 20],
  '330400': [30.7469, 120.7555, 25],
  '330100': [30.2741, 120.1551, 40],
  '330700': [29.079, 119.6474, 40],
  '320500': [31.299, 120.5853, 35],
  '330500': [30.894, 120.0868, 30],
  '341800': [30.9404, 118.759, 40],
  '340200': [31.3525, 118.4331, 30],
  '340100': [31.8206, 117.2272, 35],
}
/** Spread of a G60 district's own streets around its centre */
const G60_DISTRICT_RADIUS_KM = 8
/** A district's or a city's hall lies this close to the centre; a street's within the district's radius */
const SEAT_RADIUS_KM = 1.5
const KM_PER_DEGREE = 111.32

/** A point within `radiusKm` of `centre`, fixed by `seed` (uniform over the disc). */
function offset(centre: LatLng, radiusKm: number, seed: string): LatLng {
  const r = draws(hash(seed))
  const distance = radiusKm * Math.sqrt(r.next())
  const angle = 2 * Math.PI * r.next()
  return {
    lat: centre.lat + (distance * Math.sin(angle)) / KM_PER_DEGREE,
    lng: centre.lng + (distance * Math.cos(angle)) / (KM_PER_DEGREE * Math.cos((centre.lat * Math.PI) / 180)),
  }
}

/** A district's centre and spread: from the table, or (a G60 city's district) placed around its city's. */
function districtCentre(code: string): { centre: LatLng; radiusKm: number } {
  const own = CENTRES[code]
  if (own) return { centre: { lat: own[0], lng: own[1] }, radiusKm: own[2] }
  const city = CENTRES[cityOf(code)?.code ?? ''] ?? CENTRES['310000']
  return { centre: offset({ lat: city[0], lng: city[1] }, city[2], `district:${code}`), radiusKm: G60_DISTRICT_RADIUS_KM }
}

/**
 * The hall's point: a street's 社区事务受理服务中心 within its district's spread, a district's hall near its
 * centre, a city office near the city's (in Shanghai, near the district its address names).
 */
export function hallPoint(regionCode: string, address: string): LatLng {
  const region = regionByCode(regionCode)
  if (region?.level === 'street') {
    const { centre, radiusKm } = districtCentre(region.parentCode!)
    return offset(centre, radiusKm, address)
  }
  if (region?.level === 'district') return offset(districtCentre(region.code).centre, SEAT_RADIUS_KM, address)
  const city = cityOf(regionCode)
  // 上海市's offices sit in a central district, which the address names right after the city.
  const district = city && childrenOf(city.code).find((d) => address.startsWith(`${city.name}${d.name}`))
  const [lat, lng] = CENTRES[district?.code ?? city?.code ?? ''] ?? CENTRES['310000']
  return offset({ lat, lng }, SEAT_RADIUS_KM, address)
}

const EARTH_RADIUS_M = 6_371_008.8
const rad = (deg: number) => (deg * Math.PI) / 180

/** Great-circle distance in metres (haversine). */
export function haversineM(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat)
  const dLng = rad(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}
