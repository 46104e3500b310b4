import { View, Text } from '@tarojs/components'
import type { DepartmentStoreDto } from '../../../../api/contract'
import { PageShell } from '../../../../components/page-shell'
import { Icon } from '../../../../components/icon'
import { ItemRow } from '../../../../components/item-row'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { GROUP_PREVIEW, useStorePage } from './use-store-page'
import './index.scss'

type Page = ReturnType<typeof useStorePage>

/** 联系方式: address (copy), hours, 咨询 / 投诉 phones (call), website (text: mini-programs cannot open it). */
function Contact({ store, p }: { store: DepartmentStoreDto; p: Page }) {
  return (
    <View className='tb-card store__contact'>
      <View className='store__line'>
        <Text className='store__label'>办公地址</Text>
        <Text className='store__value'>{store.address}</Text>
        <View className='store__action' hoverClass='store__action--hover' onClick={() => void p.copyAddress()} role='button' aria-label='复制地址'>
          复制
        </View>
      </View>
      <View className='store__line'>
        <Text className='store__label'>办公时间</Text>
        <Text className='store__value'>{store.hours}</Text>
      </View>
      {[
        { label: '咨询电话', phone: store.consultPhone },
        { label: '投诉电话', phone: store.complaintPhone },
      ].map(({ label, phone }) => (
        <View key={label} className='store__line' hoverClass='store__line--hover' onClick={() => void p.call(phone)} role='button' aria-label={`${label} ${phone}，点击拨打`}>
          <Text className='store__label'>{label}</Text>
          <Text className='store__value store__phone'>{phone}</Text>
          <Icon name='phone' className='store__icon' />
        </View>
      ))}
      {store.website ? (
        <View className='store__line'>
          <Text className='store__label'>官方网站</Text>
          <Text className='store__value'>{store.website}</Text>
        </View>
      ) : null}
    </View>
  )
}

function Store({ store, p }: { store: DepartmentStoreDto; p: Page }) {
  const d = store.department
  return (
    <View>
      <View className='tb-card store__head'>
        <View className='store__badge'>
          <Icon name={d.icon} />
        </View>
        <View className='store__head-text'>
          <Text className='store__name'>{d.name}</Text>
          <Text className='tb-muted'>{[p.place, `${d.itemCount} 项事项`].filter(Boolean).join(' · ')}</Text>
        </View>
      </View>
      {store.introduction ? <Text className='tb-card store__intro'>{store.introduction}</Text> : null}
      <Contact store={store} p={p} />

      {store.hotItems.length ? (
        <View>
          <View className='tb-section-title'>
            <Text>热门事项</Text>
          </View>
          <View className='store__list'>
            {store.hotItems.map((item) => (
              <ItemRow key={item.id} item={item} onOpen={p.open} />
            ))}
          </View>
        </View>
      ) : null}

      {store.groups.map((g) => (
        <View key={g.title}>
          <View className='tb-section-title'>
            <Text>{g.title}</Text>
            <Text className='tb-muted'>{g.items.length} 项</Text>
          </View>
          <View className='store__list'>
            {g.items.slice(0, GROUP_PREVIEW).map((item) => (
              <ItemRow key={item.id} item={item} onOpen={p.open} />
            ))}
            {g.items.length > GROUP_PREVIEW ? (
              <View className='store__more' hoverClass='store__more--hover' onClick={() => p.openGroup(g.title)} role='button'>
                <Text>查看全部 {g.items.length} 项</Text>
                <Icon name='chevron-right' />
              </View>
            ) : null}
          </View>
        </View>
      ))}
    </View>
  )
}

export default function StorePage() {
  const p = useStorePage()
  const { state } = p
  return (
    <PageShell className='store'>
      {state.status === 'loading' ? (
        <View className='tb-card'>
          <Skeleton rows={5} />
        </View>
      ) : state.status === 'not-found' ? (
        <StateMessage icon='landmark' title='该部门不存在' description='该部门可能已调整或撤并，请返回查看其他部门' />
      ) : state.status === 'error' ? (
        <StateMessage icon='refresh' title='暂时无法加载该部门' description={state.error} actionText='重新加载' onAction={p.retry} />
      ) : (
        <Store store={state.store} p={p} />
      )}
    </PageShell>
  )
}
