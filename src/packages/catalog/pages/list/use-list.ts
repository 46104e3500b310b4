import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { ItemListQuery, ItemSummaryDto } from '../../../../api/contract'
import { catalogApi } from '../../../../api/endpoints/catalog'
import { useItemPages } from '../../../../hooks/use-item-pages'
import { useRegionScope } from '../../../../hooks/use-region-scope'
import { openPage, routes, withQuery } from '../../../../routes'
import { readItemType, readLevel, readParam } from '../../params'
import { setPageTitle } from '../../../../hooks/host-actions'

export type SortKey = NonNullable<ItemListQuery['sort']>

/** 排序 */
export const SORTS: { key: SortKey; label: string }[] = [
  { key: 'popular', label: '热度' },
  { key: 'newest', label: '最新' },
  { key: 'name', label: '名称' },
]

/** The toggles: 全程网办, 零跑动, 跨区域通办 */
export type FilterKey = 'fullyOnline' | 'zeroVisit' | 'crossRegion'
export const FILTERS: { key: FilterKey; label: string }[] = [
  { key: 'fullyOnline', label: '全程网办' },
  { key: 'zeroVisit', label: '零跑动' },
  { key: 'crossRegion', label: '跨区域通办' },
]

type Flags = Record<FilterKey, boolean>

/**
 * The page above the list (header + two rows of chips) in design px, normal and elder mode: mirrors
 * --tb-list-head + --tb-list-filters in index.scss, change both together.
 */
export const LIST_CHROME = { normal: 120 + 200, elder: 160 + 270 } as const

/**
 * 事项列表: the items of one 主题, 层级, 部门 or 事项类型 (or every 跨区域通办 item) in the current region and mode,
 * any length, with filters and sorting. Params: theme, level, department, type, crossRegion=1, title.
 * 便民服务 (type=convenience: 外币兑换预约, 生活缴费, …) serve everyone, so that list is not narrowed to the mode:
 * a user on the 法人 side opening it from 首页 sees the same services.
 */
export function useList() {
  const { params } = useRouter()
  const theme = readParam(params.theme)
  const level = readLevel(params.level)
  const department = readParam(params.department)
  const type = readItemType(params.type)
  const title = readParam(params.title) ?? '事项列表'
  const fromParams: Flags = { fullyOnline: false, zeroVisit: false, crossRegion: params.crossRegion === '1' }
  const [flags, setFlags] = useState<Flags>(fromParams)
  const [sort, setSort] = useState<SortKey>('popular')
  const scope = useRegionScope()
  const mode = type === 'convenience' ? undefined : scope.mode

  useEffect(() => {
    setPageTitle(title)
  }, [title])

  const pages = useItemPages<ItemSummaryDto>(
    async (offset, limit) => {
      const page = await catalogApi.listItems({
        region: scope.scopeCode,
        mode,
        theme,
        type,
        level,
        department,
        // Only the filters that are on: an absent flag means "any", never "not".
        fullyOnline: flags.fullyOnline || undefined,
        zeroVisit: flags.zeroVisit || undefined,
        crossRegion: flags.crossRegion || undefined,
        sort,
        offset,
        limit,
      })
      return { items: page.items, total: page.total }
    },
    [scope.scopeCode, mode, theme, level, department, type, flags.fullyOnline, flags.zeroVisit, flags.crossRegion, sort],
  )

  const filtered = flags.fullyOnline || flags.zeroVisit || flags.crossRegion
  return {
    title,
    regionLabel: scope.label,
    flags,
    sort,
    filtered,
    /** Changes whenever the rows start over (the list then scrolls back to the top) */
    listKey: [scope.scopeCode, mode, flags.fullyOnline, flags.zeroVisit, flags.crossRegion, sort].join('|'),
    pages,
    toggle: (key: FilterKey) => setFlags((f) => ({ ...f, [key]: !f[key] })),
    setSort,
    clearFilters: () => setFlags({ fullyOnline: false, zeroVisit: false, crossRegion: false }),
    openRegion: () => void openPage(routes.region),
    open: (item: ItemSummaryDto) => void openPage(withQuery(routes.guide, { id: item.id })),
  }
}
