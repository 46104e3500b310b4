import { View, Text } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import type { CommunityDto, ItemSummaryDto } from '../../../../api/contract'
import { Icon } from '../../../../components/icon'
import { ItemRow } from '../../../../components/item-row'
import { Notice } from '../../../../components/notice'
import { PageShell } from '../../../../components/page-shell'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { CentreCard, NearbyRow } from './centre-card'
import { useCommunity, type Community } from './use-community'
import './index.scss'

/** How many of a long list show before 「查看全部」 */
const NEARBY_SHOWN = 5
const ITEMS_SHOWN = 8

function Section({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <View className='community__section'>
      <View className='tb-section-title'>
        <View role='heading' aria-level={2}>
          <Text>{title}</Text>
        </View>
        {extra}
      </View>
      {children}
    </View>
  )
}

/** 「查看全部 N 个」 below a list cut short, 「收起」 once open */
function MoreToggle({ open, total, unit, onToggle }: { open: boolean; total: number; unit: string; onToggle: () => void }) {
  return (
    <View className='community__more' hoverClass='community__more--hover' onClick={onToggle} role='button' aria-expanded={open}>
      <Text>{open ? '收起' : `查看全部 ${total} ${unit}`}</Text>
      <Icon name='chevron-down' className={`community__more-icon${open ? ' community__more-icon--open' : ''}`} />
    </View>
  )
}

function Items({ items, c }: { items: ItemSummaryDto[]; c: Community }) {
  const [open, setOpen] = useState(false)
  return (
    <View className='tb-card community__list'>
      {(open ? items : items.slice(0, ITEMS_SHOWN)).map((item) => (
        <ItemRow key={item.id} item={item} onOpen={c.openItem} />
      ))}
      {items.length > ITEMS_SHOWN ? <MoreToggle open={open} total={items.length} unit='项' onToggle={() => setOpen(!open)} /> : null}
    </View>
  )
}

/** 附近的服务中心, by name until the user asks for distances (the location is asked only on that tap) */
function Nearby({ data, c }: { data: CommunityDto; c: Community }) {
  const [open, setOpen] = useState(false)
  const sortText = c.locating ? '正在定位…' : c.byDistance ? '已按距离排序' : '按距离排序'
  const sort = (
    <View
      className='community__sort'
      hoverClass='community__sort--hover'
      onClick={c.sortByDistance}
      role='button'
      aria-disabled={c.locating}
      aria-label={c.byDistance ? '已按距离排序，点击重新定位' : `${sortText}，需要获取您的位置`}
    >
      <Icon name='location' className='community__sort-icon' />
      <Text>{sortText}</Text>
    </View>
  )
  return (
    <Section title='附近的服务中心' extra={sort}>
      {c.note ? (
        <View className='community__note'>
          <Notice tone='info' title={c.note.title}>
            {c.note.detail}
          </Notice>
        </View>
      ) : null}
      <View className='tb-card community__list'>
        {data.nearby.length === 0 ? (
          <Text className='community__empty'>本区暂无其他社区事务受理服务中心</Text>
        ) : (
          <View role='list' aria-label={c.byDistance ? '附近的服务中心，由近及远' : '附近的服务中心，按名称排列'}>
            {(open ? data.nearby : data.nearby.slice(0, NEARBY_SHOWN)).map((centre) => (
              <NearbyRow key={centre.id} centre={centre} c={c} />
            ))}
          </View>
        )}
        {data.nearby.length > NEARBY_SHOWN ? <MoreToggle open={open} total={data.nearby.length} unit='个' onToggle={() => setOpen(!open)} /> : null}
      </View>
    </Section>
  )
}

function Services({ data, c }: { data: CommunityDto; c: Community }) {
  return (
    <View>
      {data.streetCentre ? (
        <Section title='街道社区事务受理服务中心'>
          <CentreCard centre={data.streetCentre} c={c} />
        </Section>
      ) : (
        <View className='community__note'>
          <Notice tone='info' title='选择街道后，可查看您所在街道的社区事务受理服务中心和街道可办事项' />
        </View>
      )}
      <Section title='区行政服务中心'>
        <CentreCard centre={data.districtCentre} c={c} />
      </Section>
      <Nearby data={data} c={c} />
      {data.items.length ? (
        <Section title={data.street ? `${data.street.name}可办事项` : '街道可办事项'}>
          <Items items={data.items} c={c} />
        </Section>
      ) : null}
      {data.convenience.length ? (
        <Section
          title='便民服务'
          extra={
            <View className='community__extra' hoverClass='community__extra--hover' onClick={c.openConvenience} role='button' aria-label='查看全部便民服务'>
              <Text>全部</Text>
            </View>
          }
        >
          <Items items={data.convenience} c={c} />
        </Section>
      ) : null}
    </View>
  )
}

/** 社区服务: the street's and district's centres, centres nearby, street-level items and 便民服务. */
export default function CommunityPage() {
  const c = useCommunity()
  const { state } = c
  const data = state.status === 'ready' ? state.data : null
  const place = data ? (data.street ? `${data.district.name} · ${data.street.name}` : data.district.name) : c.regionLabel
  return (
    <PageShell className='community'>
      <View className='community__hero'>
        <View className='community__hero-text'>
          <Text className='community__place'>{place}</Text>
          <Text className='community__lead'>社区事务受理服务中心、办公时间和家门口可办的事</Text>
        </View>
        <View className='community__chip' hoverClass='community__chip--hover' onClick={c.chooseRegion} role='button' aria-label={`当前地区 ${c.regionLabel}，${c.hasStreet ? '更换街道' : '选择街道'}`}>
          <Icon name='location' />
          <Text className='community__chip-text'>{c.hasStreet ? '更换街道' : '选择街道'}</Text>
        </View>
      </View>
      {state.status === 'loading' ? (
        <View className='tb-card'>
          <Skeleton rows={5} />
        </View>
      ) : state.status === 'not-local' ? (
        <StateMessage
          icon='location'
          title='请先选择所在的区或街道'
          description='社区服务按街道提供：选择区或街道后，即可查看社区事务受理服务中心、办公时间和可办事项'
          actionText='选择区或街道'
          onAction={c.chooseRegion}
        />
      ) : state.status === 'error' ? (
        <StateMessage icon='refresh' title='暂时无法加载社区服务' description={state.error} actionText='重新加载' onAction={c.retry} />
      ) : (
        <Services data={state.data} c={c} />
      )}
    </PageShell>
  )
}
