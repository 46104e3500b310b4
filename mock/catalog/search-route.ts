import type { SearchQuery, SearchResultDto } from '../../src/api/contract'
import { toSummary, type CatalogItem } from './model'
import { byLiveUsage, itemFilter, type CatalogIndex } from './query'
import { createSearchIndex } from './search'
import { matchScenarios } from './seed/scenarios'
import { distance } from './seed/regions'
import { usageOf, type CatalogState } from './state'

const DEFAULT_LIMIT = 20
const SUGGESTIONS = 5
const DEPARTMENT_FACETS = 8

let memo: ReturnType<typeof createSearchIndex<CatalogItem>> | undefined
/** The search index over this process's catalog, built on the first search. */
const searchIndex = (index: CatalogIndex) => (memo ??= createSearchIndex(index.catalog.items))

/** 食品经营许可（新办） → 食品经营许可: a suggestion is a query to try, not an implementation. */
const withoutVariant = (name: string) => name.replace(/（[^（）]*）$/, '')

/**
 * 搜索事项 in the caller's scope with the list filters (search.ts ranks), plus 一件事 scenarios and, when
 * nothing matched, the names of the region's most used items to try instead.
 */
export function searchCatalog(index: CatalogIndex, state: CatalogState, query: SearchQuery): SearchResultDto {
  const started = performance.now()
  const { q, region, offset = 0, limit = DEFAULT_LIMIT } = query
  // Hits are counted per kind of office before the department filter, so the 部门 chips stay put when one is
  // picked; accept() may see an item more than once (it can match by name and by department).
  const inScope = itemFilter({ ...query, department: undefined })
  const facets = new Map<string, { name: string; ids: Set<string> }>()
  const accept = (item: CatalogItem) => {
    if (!inScope(item)) return false
    const facet = facets.get(item.departmentKey) ?? { name: item.department.shortName, ids: new Set<string>() }
    facet.ids.add(item.id)
    facets.set(item.departmentKey, facet)
    return !query.department || item.department.id === query.department || item.departmentKey === query.department
  }
  const distances = new Map<string, number>()
  const near = (item: CatalogItem) => {
    let d = distances.get(item.regionCode)
    if (d === undefined) distances.set(item.regionCode, (d = distance(item.regionCode, region)))
    return d
  }
  const usage = (item: CatalogItem) => usageOf(state, item)
  const { hits, total } = searchIndex(index).search(q, { accept, distance: near, usage, offset, limit })
  const suggestions =
    total > 0
      ? []
      : [...new Set(byLiveUsage(index.bySeedUsage.filter(itemFilter({ region, mode: query.mode })), state).map((i) => withoutVariant(i.name)))].slice(0, SUGGESTIONS)
  return {
    query: q,
    hits: hits.map((h) => ({ item: toSummary(h.item, usage(h.item)), highlights: h.highlights, matchedBy: h.matchedBy })),
    total,
    offset,
    departments: [...facets]
      .map(([key, f]) => ({ key, name: f.name, count: f.ids.size }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
      .slice(0, DEPARTMENT_FACETS),
    scenarios: matchScenarios(q, query.mode),
    suggestions,
    tookMs: Math.round((performance.now() - started) * 100) / 100,
  }
}
