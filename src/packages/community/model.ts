import type { RegionDto } from '../../api/contract/config'
import type { Preferences } from '../../stores/preferences'

/**
 * What the three 社区 pages share: which region 社区服务 is about, and how a distance reads. Pure (no Taro), so
 * a page test covers it without a host.
 */

/** 社区服务 serves a street (9 digits) or a district (6 digits); a city or a province is not local. */
export type CommunityScope = { kind: 'street' | 'district'; code: string } | { kind: 'not-local' }

const STREET = /^\d{9}$/
const DISTRICT = /^\d{6}$/

/**
 * The street the user chose (preferences.subRegion, 9 digits), else a district: a G60 city's district kept as
 * the sub-region, or the region itself when the configuration says it is one. A region the configuration does
 * not know is asked of the server, which answers REGION_NOT_LOCAL for a city.
 */
export function communityScope(prefs: Pick<Preferences, 'regionCode' | 'subRegion'>, regions: readonly RegionDto[]): CommunityScope {
  const sub = prefs.subRegion?.code
  if (sub && STREET.test(sub)) return { kind: 'street', code: sub }
  if (sub && DISTRICT.test(sub)) return { kind: 'district', code: sub }
  const level = regions.find((r) => r.code === prefs.regionCode)?.level
  if (level === 'province' || level === 'city') return { kind: 'not-local' }
  return { kind: 'district', code: prefs.regionCode }
}
