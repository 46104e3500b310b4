import { View, Text } from '@tarojs/components'
import type { ItemSummaryDto } from '../../api/contract'
import { Icon } from '../../components/icon'
import { ItemRow } from '../../components/item-row'
import { Skeleton, StateMessage } from '../../components/state-view'
import { usageLabel } from '../../domain/catalog'
import { ItemList, Notices, Scenarios, Section, Subscriptions, type Home } from './sections'

/** How many items 长辈模式 shows: one screen of large rows */
export const ELDER_ITEMS = 6
/** How many notices 长辈模式 shows */
export const ELDER_NOTICES = 3

/** The feed's skeleton and error, the same in both layouts; null once there is a feed to show */
function FeedState({ home }: { home: Home }) {
  if (home.feedLoading && !home.feed) {
    return (
      <View className='tb-card'>
        <Skeleton rows={4} />
      </View>
    )
  }
  if (!home.feed) {
    return (
      <View className='tb-card'>
        <StateMessage icon='refresh' title='暂时无法加载推荐事项' description={home.feedError ?? '请稍后重试'} actionText='重新加载' onAction={home.retryFeed} />
      </View>
    )
  }
  return null
}

/** The standard feed: 一件事, 跨区域通办, 我的订阅, 常用, 为你推荐, 热门, 新上架, 通知公告. */
export function Feed({ home }: { home: Home }) {
  const feed = home.feed
  if (!feed) return <FeedState home={home} />
  return (
    <View>
      <Scenarios home={home} />
      {feed.roaming ? (
        <View className='tb-card home__roaming'>
          <View className='home__roaming-head'>
            <Icon name='location' className='home__roaming-icon' />
            <View className='home__roaming-text'>
              <Text className='home__roaming-title'>{`跨区域通办 · ${feed.roaming.regionName}`}</Text>
              <Text className='home__hint'>{`以下 ${feed.roaming.crossRegionCount} 项事项支持长三角 G60 跨区域通办，可在本地或异地办理`}</Text>
            </View>
          </View>
          {feed.roaming.crossRegionItems.slice(0, 5).map((item) => (
            <ItemRow key={item.id} item={item} onOpen={home.openItem} />
          ))}
          {feed.roaming.crossRegionCount > 5 ? (
            <View className='home__more' onClick={home.openCrossRegion} role='button'>
              <Text>{`查看全部 ${feed.roaming.crossRegionCount} 项跨区域通办事项`}</Text>
              <Icon name='chevron-right' />
            </View>
          ) : null}
        </View>
      ) : null}
      {home.signedIn ? <Subscriptions home={home} /> : null}
      {feed.frequent.length ? (
        <Section title='常用服务'>
          <ItemList items={feed.frequent.slice(0, 4)} home={home} />
        </Section>
      ) : null}
      {feed.recommendations.length ? (
        <Section title='为你推荐'>
          <View className='tb-card home__list'>
            {feed.recommendations.map((r) => (
              <ItemRow key={r.item.id} item={r.item} onOpen={home.openItem} note={r.reason} />
            ))}
          </View>
        </Section>
      ) : null}
      {feed.localHot && feed.localHot.items.length ? (
        <Section title={feed.localHot.title}>
          <ItemList items={feed.localHot.items.slice(0, 5)} home={home} />
        </Section>
      ) : null}
      <Section title={feed.provinceHot.title}>
        <View className='tb-card home__list'>
          {feed.provinceHot.items.slice(0, 5).map((item, i) => (
            <View key={item.id} className='home__ranked'>
              <Text className={`home__rank${i < 3 ? ' home__rank--top' : ''}`} aria-label={`第 ${i + 1} 名`}>
                {i + 1}
              </Text>
              <View className='home__ranked-row'>
                <ItemRow item={item} onOpen={home.openItem} />
              </View>
            </View>
          ))}
        </View>
      </Section>
      {feed.newest.length ? (
        <Section title='新上架'>
          <View className='tb-card home__list'>
            {feed.newest.slice(0, 4).map((item) => (
              <ItemRow key={item.id} item={item} onOpen={home.openItem} note={`${item.onlineDate} 上线 · ${usageLabel(item.usageCount)}`} />
            ))}
          </View>
        </Section>
      ) : null}
      <Notices home={home} />
    </View>
  )
}

/** A large row of 长辈模式: the item's name and department, nothing else to read. */
function BigRow({ item, home }: { item: ItemSummaryDto; home: Home }) {
  return (
    <View className='home__big-row' hoverClass='home__big-row--hover' onClick={() => home.openItem(item)} role='button' aria-label={`${item.name}，${item.department.name}`}>
      <View className='home__big-text'>
        <Text className='home__big-name'>{item.name}</Text>
        <Text className='home__big-meta'>{item.department.name}</Text>
      </View>
      <Icon name='chevron-right' className='home__big-arrow' />
    </View>
  )
}

/**
 * 长辈模式's items: the user's 常用服务, or (none yet) what the province uses most, as large rows, one screen's
 * worth. Everything else of the feed (为你推荐, 新上架, 排行, 跨区域通办, 一件事) waits on 办事 and 搜索.
 */
export function ElderItems({ home }: { home: Home }) {
  const feed = home.feed
  if (!feed) return <FeedState home={home} />
  const frequent = feed.frequent.length > 0
  const items = (frequent ? feed.frequent : feed.provinceHot.items).slice(0, ELDER_ITEMS)
  if (items.length === 0) return null
  return (
    <Section title={frequent ? '常用服务' : feed.provinceHot.title}>
      <View className='tb-card home__list'>
        {items.map((item) => (
          <BigRow key={item.id} item={item} home={home} />
        ))}
      </View>
    </Section>
  )
}

export function ElderNotices({ home }: { home: Home }) {
  return <Notices home={home} max={ELDER_NOTICES} />
}
