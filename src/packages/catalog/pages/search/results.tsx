import { ScrollView, View, Text } from '@tarojs/components'
import { ItemRow } from '../../../../components/item-row'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { RowPlaceholder, VirtualList, useDesignPx, useItemRowHeight } from '../../../../components/virtual-list'
import { Chip } from '../../components/chip'
import { LEVEL_CHOICES, SEARCH_CHROME, type SearchState } from './use-search'
import { RetryBar } from '../../components/retry-bar'

/** 一件事 cards: a scenario bundles several items into one application, so it comes before single items. */
function Scenarios({ s }: { s: SearchState }) {
  const single = s.scenarios.length === 1
  return (
    <ScrollView scrollX className='catalog-search__scenarios'>
      {s.scenarios.map((sc) => (
        <View
          key={sc.id}
          className={`catalog-search__scenario${single ? ' catalog-search__scenario--single' : ''}`}
          hoverClass='catalog-search__scenario--hover'
          onClick={() => s.openScenario(sc)}
          role='button'
          // The tag, title and summary it shows, then how many items it bundles (WCAG 2.5.3: the name contains them)
          aria-label={`一件事：${sc.title}，${sc.summary}，${sc.itemCount} 个事项一次办`}
        >
          {/* Word gaps between the lines (not drawn) keep text tools from joining 一件事 + 我要… into one word */}
          <Text className='catalog-search__scenario-tag'>一件事</Text>{' '}
          <Text className='catalog-search__scenario-title'>{sc.title}</Text>{' '}
          <Text className='catalog-search__scenario-summary'>{sc.summary}</Text>
        </View>
      ))}
    </ScrollView>
  )
}

function Filters({ s }: { s: SearchState }) {
  const total = s.pages.total
  return (
    <View className='catalog-search__filters'>
      <View className='catalog-search__filter-row'>
        <Text className='catalog-search__filter-label'>层级</Text>
        {LEVEL_CHOICES.map((l) => (
          <Chip key={l.key} label={l.label} active={s.level === l.key} onClick={() => s.pickLevel(l.key)} />
        ))}
      </View>
      <View className='catalog-search__filter-row'>
        <Chip label='全程网办' active={s.fullyOnline} onClick={s.toggleFullyOnline} />
        <Chip label='零跑动' active={s.zeroVisit} onClick={s.toggleZeroVisit} />
        <Text className='catalog-search__total'>{total === null ? '' : `共 ${total} 项`}</Text>
      </View>
      <View className='catalog-search__filter-row'>
        <Text className='catalog-search__filter-label'>部门</Text>
        {s.departments.map((d) => (
          <Chip key={d.key} label={`${d.name} ${d.count}`} active={s.department === d.key} onClick={() => s.pickDepartment(d.key)} />
        ))}
      </View>
    </View>
  )
}

/** Nothing matched: say so with the words typed, offer the server's suggestions and how to search better. */
function Empty({ s }: { s: SearchState }) {
  return (
    <View className='catalog-search__empty'>
      <StateMessage
        icon='search'
        title={`没有找到“${s.query}”相关事项`}
        description='试试事项简称、拼音首字母，如 jhdj'
        actionText={s.filtered ? '清除筛选' : undefined}
        onAction={s.filtered ? s.clearFilters : undefined}
      />
      {s.suggestions.length ? (
        <View className='catalog-search__section'>
          <View className='catalog-search__section-head'>
            <Text className='catalog-search__section-title'>试试搜索</Text>
          </View>
          <View className='catalog-search__chips'>
            {s.suggestions.map((q) => (
              <Chip key={q} label={q} onClick={() => s.run(q)} />
            ))}
          </View>
        </View>
      ) : null}
    </View>
  )
}

/** Scenarios, filters, then every hit in a virtual list that pages as it scrolls. */
export function SearchResults({ s }: { s: SearchState }) {
  const { pages } = s
  const rowHeight = useItemRowHeight()
  const bar = useDesignPx(SEARCH_CHROME.bar)
  const strip = useDesignPx(SEARCH_CHROME.scenarios)
  const filters = useDesignPx(SEARCH_CHROME.filters)
  const hasScenarios = s.scenarios.length > 0
  return (
    <View className='catalog-search__results'>
      {hasScenarios ? <Scenarios s={s} /> : null}
      <Filters s={s} />
      {pages.loading ? (
        <Skeleton rows={6} />
      ) : pages.total === null ? (
        <StateMessage icon='refresh' title='暂时无法搜索' description={pages.error ?? '请稍后重试'} actionText='重试' onAction={pages.retry} />
      ) : pages.total === 0 ? (
        <Empty s={s} />
      ) : (
        <VirtualList
          key={s.listKey}
          label='搜索结果'
          count={pages.total}
          rowHeight={rowHeight}
          headerHeight={bar + filters + (hasScenarios ? strip : 0)}
          loadedCount={pages.loadedCount}
          onEndReached={pages.loadMore}
          onRangeChange={pages.ensure}
          renderRow={(i) => {
            const hit = pages.rowAt(i)
            return hit ? <ItemRow item={hit.item} highlights={hit.highlights} note={hit.matchedBy} onOpen={s.open} fixed /> : <RowPlaceholder />
          }}
        />
      )}
      <RetryBar error={pages.total !== null ? pages.error : null} onRetry={pages.retry} />
    </View>
  )
}
