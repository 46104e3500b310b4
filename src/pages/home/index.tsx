import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { ItemSummaryDto } from '../../api/contract'
import { PageShell } from '../../components/page-shell'
import { ModeSwitch } from '../../components/mode-switch'
import { RegionChip } from '../../components/region-chip'
import { Icon } from '../../components/icon'
import { Button } from '../../components/button'
import { ItemRow } from '../../components/item-row'
import { ScenarioRow } from '../../components/scenario-row'
import { SearchEntry } from '../../components/search-entry'
import { Skeleton, StateMessage } from '../../components/state-view'
import { usageLabel } from '../../domain/catalog'
import { formatBeijingDate } from '../../domain/assurance'
import { useHome } from './use-home'
import './index.scss'

type Home = ReturnType<typeof useHome>

function Section({ title, extra, onExtra, children }: { title: string; extra?: string; onExtra?: () => void; children: ReactNode }) {
  return (
    <View className='home__section'>
      <View className='tb-section-title'>
        <Text>{title}</Text>
        {extra ? (
          <View className='home__section-extra' onClick={() => onExtra?.()} role='button' aria-label={`${title}：${extra}`}>
            {extra}
          </View>
        ) : null}
      </View>
      {children}
    </View>
  )
}

function ItemList({ items, home }: { items: ItemSummaryDto[]; home: Home }) {
  return (
    <View className='tb-card home__list'>
      {items.map((item) => (
        <ItemRow key={item.id} item={item} onOpen={home.openItem} />
      ))}
    </View>
  )
}

/** 我的订阅: the service supermarket's shelf, pinned first. */
function Subscriptions({ home }: { home: Home }) {
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
          <Text className='tb-muted'>在办事指南中点「订阅」，常办的事项会固定在这里，一点即办。</Text>
        </View>
      )}
    </Section>
  )
}

/** How many 一件事 the home block shows; 办事 lists the rest */
const HOME_SCENARIOS = 3

/** 一件事一次办: events that bundle several items into one application, high on the page. */
function Scenarios({ home }: { home: Home }) {
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

function Feed({ home }: { home: Home }) {
  const feed = home.feed
  if (home.feedLoading && !feed) {
    return (
      <View className='tb-card'>
        <Skeleton rows={4} />
      </View>
    )
  }
  if (!feed) {
    return (
      <View className='tb-card'>
        <StateMessage icon='refresh' title='暂时无法加载推荐事项' description={home.feedError ?? '请稍后重试'} actionText='重新加载' onAction={home.retryFeed} />
      </View>
    )
  }
  return (
    <View>
      <Scenarios home={home} />
      {feed.roaming ? (
        <View className='tb-card home__roaming'>
          <View className='home__roaming-head'>
            <Icon name='location' className='home__roaming-icon' />
            <View className='home__roaming-text'>
              <Text className='home__roaming-title'>{`跨区域通办 · ${feed.roaming.regionName}`}</Text>
              <Text className='tb-muted'>{`以下 ${feed.roaming.crossRegionCount} 项事项支持长三角 G60 跨区域通办，可在本地或异地办理`}</Text>
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
      {feed.notices.length ? (
        <Section title='通知公告'>
          <View className='tb-card home__notices'>
            {feed.notices.map((n) => (
              <View key={n.id} className='home__notice'>
                <Icon name='bell' className='home__notice-icon' />
                <View className='home__notice-text'>
                  <Text className='home__notice-title'>{n.title}</Text>
                  <Text className='tb-muted home__notice-meta'>{`${n.department} · ${formatBeijingDate(n.publishedAt)}`}</Text>
                </View>
              </View>
            ))}
          </View>
        </Section>
      ) : null}
    </View>
  )
}

export default function Home() {
  const home = useHome()
  const enterprise = home.mode === 'enterprise'
  return (
    <PageShell className='home'>
      <View className='home__hero'>
        <View className='home__hero-top'>
          <RegionChip label={home.regionLabel} onClick={home.openRegion} />
          <ModeSwitch value={home.mode} onChange={home.setMode} />
        </View>
        <Text className='home__greeting'>{home.modeConfig?.greeting ?? (enterprise ? '企业办事，一网通办' : '市民办事，一网通办')}</Text>
        <Text className='home__audience'>{enterprise ? '法人服务 · 企业和组织的事项' : '个人服务 · 市民本人和家庭的事项'}</Text>
        <View className='home__search'>
          <SearchEntry onOpen={home.openSearch} placeholder={enterprise ? '搜索事项，如 食品经营许可、开饭店' : '搜索事项，如 结婚登记、jhdj'} />
        </View>
      </View>

      {home.signedIn ? null : (
        <View className='tb-card home__login'>
          <View className='home__login-text'>
            <Text className='home__login-title'>{home.signingIn ? '正在登录…' : '登录后办事更方便'}</Text>
            <Text className='tb-muted'>订阅常办事项、查看办件进度，材料自动填写</Text>
          </View>
          {home.signingIn ? null : (
            <Button variant='primary' onClick={home.openLogin} className='home__login-button'>
              登录
            </Button>
          )}
        </View>
      )}

      {enterprise ? (
        <View className='tb-card home__enterprise' hoverClass='home__enterprise--hover' onClick={home.openEnterprises} role='button'>
          <View className='home__enterprise-icon'>
            <Icon name='building' />
          </View>
          <View className='home__enterprise-text'>
            <Text className='home__enterprise-title'>{home.enterprise ? home.enterprise.name : '尚未绑定企业'}</Text>
            <Text className='tb-muted'>
              {home.enterprise
                ? `${home.enterprise.role === 'legal-rep' ? '法定代表人' : '经办人'} · ${home.enterpriseCount > 1 ? '点击切换企业' : home.enterprise.creditCode}`
                : '绑定企业后，即可代表企业办理法人事项'}
            </Text>
          </View>
          <Text className='home__enterprise-action'>{home.enterprise ? (home.enterpriseCount > 1 ? '切换' : '管理') : '去绑定'}</Text>
        </View>
      ) : null}

      <View className='tb-section-title'>
        <Text>{enterprise ? '企业常用' : '个人常用'}</Text>
      </View>
      {home.loading ? (
        <View className='tb-card'>
          <Skeleton rows={0} grid={8} />
        </View>
      ) : home.error || !home.modeConfig ? (
        <View className='tb-card'>
          <StateMessage icon='refresh' title='暂时无法加载服务' description={home.error ?? '请稍后重试'} actionText='重新加载' onAction={home.retry} />
        </View>
      ) : (
        <View className='tb-card home__grid'>
          {home.modeConfig.quickEntries.map((entry) => (
            <View
              key={entry.id}
              className='home__entry'
              hoverClass='home__entry--hover'
              onClick={() => home.openTheme(entry.categoryId, entry.title)}
              role='button'
              aria-label={`${entry.title}：${entry.hint}`}
            >
              <View className='home__entry-icon'>
                <Icon name={entry.icon} />
              </View>
              <Text className='home__entry-title'>{entry.title}</Text>
            </View>
          ))}
        </View>
      )}

      <Feed home={home} />

      <View className='tb-card home__hotline' hoverClass='home__hotline--hover' onClick={home.callHotline} role='button'>
        <View className='home__hotline-icon'>
          <Icon name='phone' />
        </View>
        <View className='home__hotline-text'>
          <Text className='home__hotline-title'>{home.hotline} 政务服务便民热线</Text>
          <Text className='tb-muted'>咨询、求助、投诉、建议，一号响应</Text>
        </View>
        <Icon name='chevron-right' className='home__hotline-arrow' />
      </View>
    </PageShell>
  )
}
