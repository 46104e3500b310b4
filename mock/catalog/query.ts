import type { ItemListQuery, ItemType, Mode, RegionLevel } from '../../src/api/contract'
import { catalog, type Catalog } from './generate'
import type { CatalogItem } from './model'
import { allRegions, ancestorsOf, isInScope } from './seed/regions'
import { usageOf, type CatalogState } from './state'

/**
 * Lists over the generated catalog: scope and filters, and the three sort orders. Every order is computed
 * once per process, so a list is one pass over the items (a few ms for 20,000): `newest` and `name` are
 * already in order; `popular` starts in seeded-usage order, which live counts change only a little, and a
 * stable sort of an almost sorted array is close to linear.
 */
export interface CatalogIndex {
  catalog: Catalog
  /** 上线日期 newest first */
  byNewest: readonly CatalogItem[]
  /** 事项名称 in Chinese collation (拼音), then region */
  byName: readonly CatalogItem[]
  /** Seeded usage, most used first */
  bySeedUsage: readonly CatalogItem[]
  /** Implementations per 业务办理项 (`variantKeyOf`), in every region, in seeded-usage order */
  byVariantKey: ReadonlyMap<string, readonly CatalogItem[]>
  /** Items per department instance, in seeded-usage order */
  byDepartment: ReadonlyMap<string, readonly CatalogItem[]>
}

/** baseCode + 业务办理项: the same service in every region (the item id without its region). */
export const variantKeyOf = (item: CatalogItem) => item.id.slice(item.regionCode.length + 1)

const group = (items: readonly CatalogItem[], key: (item: CatalogItem) => string) => {
  const out = new Map<string, CatalogItem[]>()
  for (const item of items) {
    const list = out.get(key(item))
    if (list) list.push(item)
    else out.set(key(item), [item])
  }
  return out
}

function buildIndex(source: Catalog): CatalogIndex {
  const items = source.items
  // Collating 20,000 names with localeCompare is slow; the distinct names are a few hundred.
  const collator = new Intl.Collator('zh-Hans-CN')
  const names = [...new Set(items.map((i) => i.name))].sort(collator.compare)
  const nameRank = new Map(names.map((n, i) => [n, i]))
  const byUsage = (a: CatalogItem, b: CatalogItem) => b.seedUsage - a.seedUsage || (a.id < b.id ? -1 : 1)
  const bySeedUsage = [...items].sort(byUsage)
  return {
    catalog: source,
    byNewest: [...items].sort((a, b) => (a.onlineDate === b.onlineDate ? byUsage(a, b) : a.onlineDate < b.onlineDate ? 1 : -1)),
    byName: [...items].sort((a, b) => nameRank.get(a.name)! - nameRank.get(b.name)! || (a.regionCode < b.regionCode ? -1 : a.regionCode > b.regionCode ? 1 : 0)),
    bySeedUsage,
    byVariantKey: group(bySeedUsage, variantKeyOf),
    byDepartment: group(bySeedUsage, (i) => i.department.id),
  }
}

let memo: CatalogIndex | undefined
/** The index of this process's catalog, built on first use. */
export const catalogIndex = (): CatalogIndex => (memo ??= buildIndex(catalog()))

/** Region codes a user of `region` sees: the region, its ancestors and its descendants; memoised. */
const scopes = new Map<string, ReadonlySet<string>>()
export function scopeOf(region: string): ReadonlySet<string> {
  let scope = scopes.get(region)
  if (!scope) {
    scope = new Set([region, ...ancestorsOf(region).map((r) => r.code), ...allRegions.filter((r) => isInScope(r.code, region)).map((r) => r.code)])
    scopes.set(region, scope)
  }
  return scope
}

export interface ItemFilter {
  region: string
  mode?: Mode
  level?: RegionLevel
  /** Department instance id, or a department key for that kind of office anywhere in the scope */
  department?: string
  theme?: string
  /** 事项类型 (convenience: 便民服务) */
  type?: ItemType
  fullyOnline?: boolean
  zeroVisit?: boolean
  crossRegion?: boolean
}

/** One predicate for scope and every filter of lists and search. The region must exist (the route checks). */
export function itemFilter(f: ItemFilter): (item: CatalogItem) => boolean {
  const scope = scopeOf(f.region)
  return (item) =>
    scope.has(item.regionCode) &&
    (!f.mode || item.audiences.includes(f.mode)) &&
    (!f.level || item.level === f.level) &&
    (!f.department || item.department.id === f.department || item.departmentKey === f.department) &&
    (!f.theme || item.themes.includes(f.theme)) &&
    (!f.type || item.type === f.type) &&
    (!f.fullyOnline || item.onlineDepth === 4) &&
    (!f.zeroVisit || item.visits === 0) &&
    (!f.crossRegion || item.scope === 'cross-region')
}

/**
 * Most used first, by live usage (ties: seeded usage, then id). Given items in seeded order, as lists and
 * search do, the array is already almost sorted and the stable sort is close to one pass.
 */
export function byLiveUsage(items: readonly CatalogItem[], state: CatalogState): CatalogItem[] {
  return [...items].sort((a, b) => usageOf(state, b) - usageOf(state, a) || b.seedUsage - a.seedUsage || (a.id < b.id ? -1 : 1))
}

/** A list query's matches in its sort order (default 热度). */
export function listItems(index: CatalogIndex, state: CatalogState, query: ItemListQuery): CatalogItem[] {
  const accept = itemFilter(query)
  switch (query.sort ?? 'popular') {
    case 'newest':
      return index.byNewest.filter(accept)
    case 'name':
      return index.byName.filter(accept)
    case 'popular':
      return byLiveUsage(index.bySeedUsage.filter(accept), state)
  }
}

/**
 * A small least-recently-used cache for what depends only on the catalog (never on live usage): a client
 * asks about a handful of regions, a crawler could ask about all 855, so at most `max` answers are kept.
 */
export function lruCache<V>(max: number) {
  const entries = new Map<string, V>()
  return (key: string, make: () => V): V => {
    let value = entries.get(key)
    if (value !== undefined) entries.delete(key)
    else value = make()
    entries.set(key, value)
    if (entries.size > max) entries.delete(entries.keys().next().value as string)
    return value
  }
}
