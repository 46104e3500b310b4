import { View, Text } from '@tarojs/components'
import { PageShell, ReportEntry } from '../../../../components/page-shell'
import { ItemRow } from '../../../../components/item-row'
import { RegionChip } from '../../../../components/region-chip'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { RowPlaceholder, VirtualList, useDesignPx, useItemRowHeight } from '../../../../components/virtual-list'
import { Chip } from '../../components/chip'
import { FILTERS, LIST_CHROME, SORTS, useList } from './use-list'
import './index.scss'
import { RetryBar } from '../../components/retry-bar'

export default function ItemList() {
  const l = useList()
  const { pages } = l
  const rowHeight = useItemRowHeight()
  const chrome = useDesignPx(LIST_CHROME)
  return (
    <PageShell className='catalog-list' report={false}>
      <View className='catalog-list__head'>
        <View className='catalog-list__heading'>
          <Text className='catalog-list__title'>{l.title}</Text>
          <Text className='catalog-list__count'>{pages.total === null ? '正在加载…' : `共 ${pages.total} 项`}</Text>
        </View>
        <RegionChip label={l.regionLabel} onClick={l.openRegion} />
      </View>

      <View className='catalog-list__filters'>
        <View className='catalog-list__chips'>
          {FILTERS.map((f) => (
            <Chip key={f.key} label={f.label} active={l.flags[f.key]} onClick={() => l.toggle(f.key)} />
          ))}
        </View>
        <View className='catalog-list__chips'>
          <Text className='catalog-list__chips-label'>排序</Text>
          {SORTS.map((s) => (
            <Chip key={s.key} label={s.label} active={l.sort === s.key} onClick={() => l.setSort(s.key)} />
          ))}
        </View>
      </View>

      {pages.loading ? (
        <Skeleton rows={6} />
      ) : pages.total === null ? (
        <StateMessage icon='refresh' title='暂时无法加载事项' description={pages.error ?? '请稍后重试'} actionText='重新加载' onAction={pages.retry} />
      ) : pages.total === 0 ? (
        l.filtered ? (
          <StateMessage icon='search' title='该地区暂无符合条件的事项' description='试试去掉部分筛选条件' actionText='清除筛选' onAction={l.clearFilters} />
        ) : (
          <StateMessage icon='location' title='该地区暂无符合条件的事项' description='可切换到其他地区查看' actionText='切换地区' onAction={l.openRegion} />
        )
      ) : null}
      {!pages.loading && pages.total ? (
        <VirtualList
          key={l.listKey}
          label={l.title}
          count={pages.total}
          rowHeight={rowHeight}
          headerHeight={chrome}
          loadedCount={pages.loadedCount}
          onEndReached={pages.loadMore}
          onRangeChange={pages.ensure}
          footer={<ReportEntry />}
          renderRow={(i) => {
            const item = pages.rowAt(i)
            return item ? <ItemRow item={item} onOpen={l.open} fixed /> : <RowPlaceholder />
          }}
        />
      ) : (
        // The page is exactly the window and only the list scrolls: the entry sits under a state, or ends the list.
        <ReportEntry />
      )}

      <RetryBar error={pages.total !== null ? pages.error : null} onRetry={pages.retry} />
    </PageShell>
  )
}
