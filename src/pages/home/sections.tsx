import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { ItemSummaryDto, NoticeSummaryDto } from '../../api/contract'
import { Icon } from '../../components/icon'
import { ItemRow } from '../../components/item-row'
import { ScenarioRow } from '../../components/scenario-row'
import { formatBeijingDate } from '../../domain/assurance'
import { SERVICE_ENTRIES, type useHome } from './use-home'

export type Home = ReturnType<typeof useHome>

/** The sections of 首页 both layouts (standard and 长辈模式) are built from. */

export function Section({ title, extra, extraLabel, onExtra, children }: { title: string; extra?: string; extraLabel?: string; onExtra?: () => void; children: ReactNode }) {
  return (
    <View className='home__section'>
      <View className='tb-section-title'>
        <View role='heading' aria-level={2}>
          <Text>{title}</Text>
        </View>
        {extra ? (
          <View className='home__section-extra' hoverClass='home__section-extra--hover' onClick={() => onExtra?.()} role='button' aria-label={extraLabel ?? `${title}：${extra}`}>
            {extra}
          </View>
        ) : null}
      </View>
      {children}
    </View>
  )
}

export function ItemList({ items, home }: { items: ItemSummaryDto[]; home: Home }) {
  return (
    <View className='tb-card home__list'>
      {items.map((item) => (
        <ItemRow key={item.id} item={item} onOpen={home.openItem} />
      ))}
    </View>
  )
}

/** 服务入口: 社区服务, 便民服务, 通知公告, 我要咨询, 我要投诉 as big icon-and-word tiles. */
export function ServiceEntries({ home }: { home: Home }) {
  return (
    <View className='tb-card home__services' role='navigation' aria-label='服务入口'>
      {SERVICE_ENTRIES.map((entry) => (
        <View
          key={entry.id}
          className='home__service'
          hoverClass='home__service--hover'
          onClick={() => home.openEntry(entry)}
          role='button'
          aria-label={`${entry.title}：${entry.hint}`}
        >
          <View className={`home__service-icon home__service-icon--${entry.id}`}>
            <Icon name={entry.icon} />
          </View>
          <Text className='home__service-title'>{entry.title}</Text>
        </View>
      ))}
    </View>
  )
}

/** 我的订阅: the service supermarket's shelf, pinned first. */
export function Subscriptions({ home }: { home: Home }) {
  const items = home.feed?.subscriptions ?? []
  return (
    <Section title='我的订阅' extra={items.length ? '管理' : undefined} onExtra={home.openSubscriptions}>
      {items.length ? (
        <View className='tb-card home__shelf'>
          {items.slice(0, 8).map((item) => (
            <View key={item.id} className='home__shelf-item' hoverClass='home__shelf-item--hover' onClick={() => home.openItem(item)} role='button' aria-label={item.name}>
              <View className='home__shelf-icon'>
                <Icon name='bell' />
              </View>
              <Text className='home__shelf-name'>{item.name}</Text>
            </View>
          ))}
        </View>
      ) : (
        <View className='tb-card home__shelf-empty'>
          <Text className='home__hint'>在办事指南中点「订阅」，常办的事项会固定在这里，一点即办。</Text>
        </View>
      )}
    </Section>
  )
}

/** How many 一件事 the home block shows; 办事 lists the rest */
const HOME_SCENARIOS = 3

/** 一件事一次办: events that bundle several items into one application, high on the page. */
export function Scenarios({ home }: { home: Home }) {
  const scenarios = home.scenarios
  if (scenarios.length === 0) return null
  return (
    <Section title='一件事一次办' extra={scenarios.length > HOME_SCENARIOS ? '全部' : undefined} onExtra={home.openAllScenarios}>
      <View className='tb-card home__list'>
        {scenarios.slice(0, HOME_SCENARIOS).map((s) => (
          <ScenarioRow key={s.id} scenario={s} onOpen={home.openScenario} />
        ))}
      </View>
    </Section>
  )
}

function NoticeRow({ notice, onOpen }: { notice: NoticeSummaryDto; onOpen: (n: NoticeSummaryDto) => void }) {
  const date = formatBeijingDate(notice.publishedAt)
  return (
    <View className='home__notice' hoverClass='home__notice--hover' onClick={() => onOpen(notice)} role='button' aria-label={`${notice.title}，${notice.department}，${date} 发布`}>
      <Icon name='bell' className='home__notice-icon' />
      <View className='home__notice-text'>
        <Text className='home__notice-title'>{notice.title}</Text>
        <Text className='home__notice-meta'>{`${notice.department} · ${date}`}</Text>
      </View>
    </View>
  )
}

/** 通知公告: the newest of the region (at most `max`), each opening its detail; 「更多」 opens the whole feed. */
export function Notices({ home, max }: { home: Home; max?: number }) {
  const notices = home.feed?.notices ?? []
  if (notices.length === 0) return null
  return (
    <Section title='通知公告' extra='更多' extraLabel='更多通知公告' onExtra={home.openNotices}>
      <View className='tb-card home__notices'>
        {notices.slice(0, max).map((n) => (
          <NoticeRow key={n.id} notice={n} onOpen={home.openNotice} />
        ))}
      </View>
    </Section>
  )
}
