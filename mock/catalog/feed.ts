import { scenarioSeeds, toScenarioHit } from './seed/scenarios'
import type { HomeFeedDto, Mode, NoticeSummaryDto, RecommendationDto, RegionDto } from '../../src/api/contract'
import type { CatalogItem } from './model'
import { toSummary } from './model'
import { itemFilter, lruCache, variantKeyOf, type CatalogIndex } from './query'
import { notices as allNotices } from './seed/notices'
import { ancestorsOf, distance, isMunicipality, isWithin, provinceOf, regionByCode } from './seed/regions'
import { subscriptionsOf, usageOf, type CatalogState } from './state'

/**
 * 首页 below the header, as pure functions of the catalog, the state, the region, the mode and the user, so
 * each section can be tested without a server. Hot lists count a service (基本编码 + 业务办理项) across the
 * regions it is implemented in and show the implementation nearest the user.
 */
export interface FeedInput {
  index: CatalogIndex
  state: CatalogState
  region: RegionDto
  mode: Mode
  userId: string | null
  notices?: readonly NoticeSummaryDto[]
}

/** One service across regions: its summed usage and the implementation nearest the user. */
export interface ServiceGroup {
  key: string
  item: CatalogItem
  usage: number
  /** How many implementations it has in the scope */
  implementations: number
}

/** A service's implementations in a scope and the one to show: the nearest, then the most used. */
interface Implementations {
  key: string
  items: CatalogItem[]
  nearest: CatalogItem
}

const FREQUENT = 8
const PROVINCE_HOT = 8
const LOCAL_HOT = 6
const NEWEST = 6
const RECOMMENDATIONS = 6
const NOTICES = 3
const ROAMING = 10
const SHANGHAI = '310000'

function implementationsOf(items: readonly CatalogItem[], near: string): Implementations[] {
  const groups = new Map<string, Implementations & { distance: number }>()
  const distances = new Map<string, number>()
  for (const item of items) {
    let d = distances.get(item.regionCode)
    if (d === undefined) distances.set(item.regionCode, (d = distance(item.regionCode, near)))
    const key = variantKeyOf(item)
    const g = groups.get(key)
    if (!g) groups.set(key, { key, items: [item], nearest: item, distance: d })
    else {
      g.items.push(item)
      if (d < g.distance || (d === g.distance && item.seedUsage > g.nearest.seedUsage)) Object.assign(g, { nearest: item, distance: d })
    }
  }
  return [...groups.values()]
}

/** Which services a scope has depends on the catalog only: kept per catalog, scope, mode and user region. */
const caches = new WeakMap<CatalogIndex, (key: string, make: () => Implementations[]) => Implementations[]>()
const cacheOf = (index: CatalogIndex) => caches.get(index) ?? caches.set(index, lruCache<Implementations[]>(64)).get(index)!

/** Most used first, by the summed live usage of each service's implementations. */
function ranked(groups: readonly Implementations[], state: CatalogState): ServiceGroup[] {
  return groups
    .map((g) => ({ key: g.key, item: g.nearest, usage: g.items.reduce((sum, item) => sum + usageOf(state, item), 0), implementations: g.items.length }))
    .sort((a, b) => b.usage - a.usage || (a.key < b.key ? -1 : 1))
}

/** Services of the items, most used first (summed usage), each shown by the implementation nearest `near`. */
export const serviceGroups = (items: readonly CatalogItem[], state: CatalogState, near: string): ServiceGroup[] =>
  ranked(implementationsOf(items, near), state)

/** The services of a scope (cached), ranked by live usage. */
function scopeServices(input: FeedInput, name: string, accept: (item: CatalogItem) => boolean): ServiceGroup[] {
  const key = `${name}|${input.mode}|${input.region.code}`
  const groups = cacheOf(input.index)(key, () => implementationsOf(input.index.bySeedUsage.filter(accept), input.region.code))
  return ranked(groups, input.state)
}

const summaryOf = (state: CatalogState) => (item: CatalogItem) => toSummary(item, usageOf(state, item))
const groupSummary = (g: ServiceGroup) => toSummary(g.item, g.usage)

/** 12345 → 12345, 123456 → 12.3万 */
const people = (n: number) => (n >= 10_000 ? `${(n / 10_000).toFixed(1).replace(/\.0$/, '')}万` : String(n))

/** The user's own city or district (a street counts as its district); null for a province. */
export function localRegionOf(region: RegionDto): RegionDto | null {
  if (region.level === 'province') return null
  if (region.level === 'street') return region.parentCode ? regionByCode(region.parentCode) ?? null : null
  return region
}

export function subscriptionItems(input: FeedInput): CatalogItem[] {
  if (!input.userId) return []
  const { byId } = input.index.catalog
  return subscriptionsOf(input.state, input.userId)
    .map((id) => byId.get(id))
    .filter((i): i is CatalogItem => !!i && i.audiences.includes(input.mode))
}

/** 常用服务: the user's own views and applications, most first (then the latest). */
export function frequentItems(input: FeedInput): CatalogItem[] {
  if (!input.userId) return []
  const history = input.state.history[input.userId] ?? {}
  const { byId } = input.index.catalog
  return Object.entries(history)
    .map(([id, h]) => ({ item: byId.get(id), score: h.views + h.applications, lastAt: h.lastAt }))
    .filter((e): e is { item: CatalogItem; score: number; lastAt: number } => !!e.item && e.item.audiences.includes(input.mode))
    .sort((a, b) => b.score - a.score || b.lastAt - a.lastAt)
    .slice(0, FREQUENT)
    .map((e) => e.item)
}

/** 全市热门 (a municipality) / 全省热门: the province's services. */
export function provinceHot(input: FeedInput): HomeFeedDto['provinceHot'] {
  const province = provinceOf(input.region.code) ?? input.region
  const services = scopeServices(input, `province:${province.code}`, itemFilter({ region: province.code, mode: input.mode }))
  const title = isMunicipality(province.code) ? '全市热门' : '全省热门'
  return { title, items: services.slice(0, PROVINCE_HOT).map(groupSummary) }
}

/** Services implemented in the district or city and its sub-regions (not the city's offices for a district). */
function localServices(input: FeedInput, local: RegionDto): ServiceGroup[] {
  const accept = itemFilter({ region: local.code, mode: input.mode })
  return scopeServices(input, `local:${local.code}`, (i) => accept(i) && isWithin(i.regionCode, local.code))
}

/** 本地热门: services implemented in the user's district or city (and its streets). */
export function localHot(input: FeedInput): HomeFeedDto['localHot'] {
  const local = localRegionOf(input.region)
  if (!local) return null
  const services = localServices(input, local)
  return { title: `${local.shortName}热门`, items: services.slice(0, LOCAL_HOT).map(groupSummary) }
}

/** 新上架: the newest services in scope, one implementation each (the nearest). */
export function newestItems(input: FeedInput, limit = NEWEST): CatalogItem[] {
  const accept = itemFilter({ region: input.region.code, mode: input.mode })
  const picked = new Map<string, { item: CatalogItem; distance: number }>()
  // Every implementation of a service shares its 上线日期: once the list is full, the rest of that day can
  // still offer a nearer implementation of a picked service, an older day cannot.
  let cutoff: string | null = null
  for (const item of input.index.byNewest) {
    if (cutoff !== null && item.onlineDate < cutoff) break
    if (!accept(item)) continue
    const key = variantKeyOf(item)
    const d = distance(item.regionCode, input.region.code)
    const seen = picked.get(key)
    if (seen) {
      if (d < seen.distance) picked.set(key, { item, distance: d })
    } else if (picked.size < limit) {
      picked.set(key, { item, distance: d })
      if (picked.size === limit) cutoff = item.onlineDate
    }
  }
  return [...picked.values()].map((p) => p.item)
}

/** 通知公告: the newest of the region and its parent regions. */
export function noticesFor(region: RegionDto, source: readonly NoticeSummaryDto[] = allNotices): NoticeSummaryDto[] {
  const codes = new Set([region.code, ...ancestorsOf(region.code).map((r) => r.code)])
  return source
    .filter((n) => codes.has(n.regionCode))
    .sort((a, b) => b.publishedAt - a.publishedAt)
    .slice(0, NOTICES)
}

/** 跨区域通办 for a region outside Shanghai: its cross-region services and how many implementations. */
export function roaming(input: FeedInput): HomeFeedDto['roaming'] {
  if ((provinceOf(input.region.code)?.code ?? SHANGHAI) === SHANGHAI) return null
  const accept = itemFilter({ region: input.region.code, mode: input.mode, crossRegion: true })
  const services = scopeServices(input, 'roaming', accept)
  return {
    regionName: input.region.name,
    crossRegionItems: services.slice(0, ROAMING).map((g) => toSummary(g.item, usageOf(input.state, g.item))),
    crossRegionCount: services.reduce((n, g) => n + g.implementations, 0),
  }
}

/**
 * 为你推荐, at most six, each with its reason: services sharing a theme with a subscription or with what the
 * user did, the region's and the mode's most used, the newest. Never a subscribed service, never one the user
 * already uses (常用服务) or that another section of the feed shows (`shown`, variant keys), never twice.
 */
export function recommendations(
  input: FeedInput,
  subscribed: readonly CatalogItem[],
  frequent: readonly CatalogItem[],
  shown: ReadonlySet<string> = new Set(),
): RecommendationDto[] {
  const { region, mode } = input
  const scope = scopeServices(input, 'scope', itemFilter({ region: region.code, mode }))
  const taken = new Set([...shown, ...subscribed.map(variantKeyOf), ...frequent.map(variantKeyOf)])
  const out: RecommendationDto[] = []
  const add = (g: ServiceGroup | undefined, reason: string, basis: RecommendationDto['basis']) => {
    if (!g || taken.has(g.key) || out.length >= RECOMMENDATIONS) return false
    taken.add(g.key)
    out.push({ item: groupSummary(g), reason, basis })
    return true
  }
  const related = (item: CatalogItem) => scope.find((g) => !taken.has(g.key) && g.item.themes.some((t) => item.themes.includes(t)))

  for (const s of subscribed.slice(0, 2)) add(related(s), `因为你订阅了「${s.name}」`, 'subscription')
  const history = input.userId ? input.state.history[input.userId] ?? {} : {}
  for (const f of frequent.slice(0, 2)) {
    const done = (history[f.id]?.applications ?? 0) > 0
    add(related(f), `因为你${done ? '办理过' : '浏览过'}「${f.name}」`, 'history')
  }
  // The user's district or city; for the province itself, the whole scope (上海热门).
  const local = localRegionOf(region)
  const regionPicks = local ? localServices(input, local) : scope
  const regionName = (local ?? region).shortName
  const modeReason = mode === 'enterprise' ? '企业常办' : '市民常办'
  const newest = newestItems(input, 2 * NEWEST + RECOMMENDATIONS).map((item) => scope.find((g) => g.key === variantKeyOf(item))!)
  // Two of each kind first, then whatever is left, in the same order.
  for (const quota of [2, RECOMMENDATIONS]) {
    let n = 0
    for (const g of regionPicks) if (n < quota && add(g, `${regionName}热门，${people(g.usage)} 人在办`, 'region')) n++
    n = 0
    for (const g of scope) if (n < quota && add(g, modeReason, 'mode')) n++
    n = 0
    for (const g of newest) if (n < quota && add(g, '新上架', 'new')) n++
  }
  return out
}

export function homeFeed(input: FeedInput): HomeFeedDto {
  const summary = summaryOf(input.state)
  const subscribed = subscriptionItems(input)
  const frequent = frequentItems(input)
  const hot = provinceHot(input)
  const local = localHot(input)
  const newest = newestItems(input)
  const shown = new Set([...hot.items, ...(local?.items ?? [])].map((i) => variantKeyOf(input.index.catalog.byId.get(i.id)!)))
  for (const item of newest) shown.add(variantKeyOf(item))
  return {
    regionCode: input.region.code,
    mode: input.mode,
    subscriptions: subscribed.map(summary),
    frequent: frequent.map(summary),
    provinceHot: hot,
    localHot: local,
    newest: newest.map(summary),
    scenarios: scenarioSeeds.filter((seed) => seed.mode === input.mode).map(toScenarioHit),
    recommendations: recommendations(input, subscribed, frequent, shown),
    notices: noticesFor(input.region, input.notices),
    roaming: roaming(input),
  }
}
