import { useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { ItemSummaryDto, RegionLevel, ScenarioHitDto, SearchHitDto, SearchResultDto } from '../../../../api/contract'
import { catalogApi } from '../../../../api/endpoints/catalog'
import { LEVEL_LABEL } from '../../../../domain/catalog'
import { useItemPages } from '../../../../hooks/use-item-pages'
import { useRegionScope } from '../../../../hooks/use-region-scope'
import { catalogState, clearRecentSearches, rememberSearch } from '../../../../stores/catalog'
import { useStore } from '../../../../stores/create-store'
import { openPage, routes, withQuery } from '../../../../routes'
import { readParam } from '../../params'

/** 热门搜索: what people most often come to look for */
export const HOT_SEARCHES = ['结婚登记', '社保卡', '公积金提取', '居住证', '营业执照', '开饭店', '护照', '驾驶证']

/** As-you-type search waits this long after the last keystroke */
export const SEARCH_DEBOUNCE_MS = 300

/** The server's limit on `q` */
export const MAX_QUERY_LENGTH = 40

/** 层级 chips (a search is already scoped to the region, so 省级 adds nothing) */
export const LEVEL_CHOICES: { key: RegionLevel; label: string }[] = (['city', 'district', 'street'] as const).map((key) => ({ key, label: LEVEL_LABEL[key] }))

/**
 * Fixed blocks above the result list in design px (normal / elder), mirrored by --tb-search-* in index.scss:
 * the search bar, the 一件事 strip (only when there are scenarios) and the two rows of filters.
 */
export const SEARCH_CHROME = {
  bar: { normal: 120, elder: 160 },
  scenarios: { normal: 200, elder: 260 },
  filters: { normal: 280, elder: 380 },
} as const

/** What the first page of an answer says about the whole result */
export interface SearchMeta {
  scenarios: ScenarioHitDto[]
  suggestions: string[]
  /** 部门 chips: the kinds of office among the hits */
  departments: SearchResultDto['departments']
}

const clean = (q: string) => q.trim().slice(0, MAX_QUERY_LENGTH)

/**
 * 搜索: as-you-type search (debounced) in the current region and mode, with 层级 / 全程网办 / 零跑动 / 部门 filters,
 * 一件事 scenarios first, and paging through every hit. Only the latest query's answer is ever shown (answers
 * to older queries land nowhere, see useItemPages). Param `q` fills the box and searches at once.
 */
export function useSearch() {
  const { params } = useRouter()
  const initial = clean(readParam(params.q) ?? '')
  const [text, setText] = useState(initial)
  const [query, setQuery] = useState(initial)
  // Focused on open unless a query came with the page (then the keyboard would hide its results).
  const [focused, setFocused] = useState(!initial)
  const [level, setLevel] = useState<RegionLevel | undefined>(undefined)
  const [fullyOnline, setFullyOnline] = useState(false)
  const [zeroVisit, setZeroVisit] = useState(false)
  const [department, setDepartment] = useState<string | undefined>(undefined)
  const scope = useRegionScope()
  const recent = useStore(catalogState, (c) => c.recentSearches)

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  function type(value: string) {
    setText(value)
    clearTimeout(timer.current)
    // Clearing the box goes back to 最近搜索 at once; anything else waits for a pause in typing.
    if (!value.trim()) setQuery('')
    else timer.current = setTimeout(() => setQuery(clean(value)), SEARCH_DEBOUNCE_MS)
  }

  /** Searches now and remembers it: the keyboard's 搜索, the 搜索 button, or a chip */
  function run(value: string) {
    const q = clean(value)
    clearTimeout(timer.current)
    setText(q)
    setQuery(q)
    if (!q) return
    setFocused(false)
    rememberSearch(q)
  }

  const pages = useItemPages<SearchHitDto, SearchMeta>(
    query
      ? async (offset, limit) => {
          const answer = await catalogApi.search({
            q: query,
            region: scope.scopeCode,
            mode: scope.mode,
            level,
            fullyOnline: fullyOnline || undefined,
            zeroVisit: zeroVisit || undefined,
            department,
            offset,
            limit,
          })
          return { items: answer.hits, total: answer.total, meta: { scenarios: answer.scenarios, suggestions: answer.suggestions, departments: answer.departments } }
        }
      : null,
    [query, scope.scopeCode, scope.mode, level, fullyOnline, zeroVisit, department],
  )

  return {
    text,
    query,
    focused,
    type,
    submit: () => run(text),
    run,
    clearText: () => type(''),
    onFocus: () => setFocused(true),
    onBlur: () => setFocused(false),
    recent,
    clearRecent: clearRecentSearches,
    level,
    fullyOnline,
    zeroVisit,
    department,
    filtered: level !== undefined || fullyOnline || zeroVisit || department !== undefined,
    pickLevel: (key: RegionLevel) => setLevel((l) => (l === key ? undefined : key)),
    toggleFullyOnline: () => setFullyOnline((v) => !v),
    toggleZeroVisit: () => setZeroVisit((v) => !v),
    pickDepartment: (key: string) => setDepartment((d) => (d === key ? undefined : key)),
    clearFilters: () => {
      setLevel(undefined)
      setFullyOnline(false)
      setZeroVisit(false)
      setDepartment(undefined)
    },
    /** Changes whenever the hits start over (the list then scrolls back to the top) */
    listKey: [query, scope.scopeCode, scope.mode, level, fullyOnline, zeroVisit, department].join('|'),
    pages,
    scenarios: pages.meta?.scenarios ?? [],
    suggestions: pages.meta?.suggestions ?? [],
    departments: pages.meta?.departments ?? [],
    /** A 一件事 card opens its page: what it covers, a few questions, then one combined application */
    openScenario: (s: ScenarioHitDto) => void openPage(withQuery(routes.scenario, { id: s.id })),
    open: (item: ItemSummaryDto) => void openPage(withQuery(routes.guide, { id: item.id })),
  }
}

export type SearchState = ReturnType<typeof useSearch>
