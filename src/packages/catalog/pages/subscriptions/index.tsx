import { View, Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { ItemRow } from '../../../../components/item-row'
import { Icon } from '../../../../components/icon'
import { Skeleton, StateMessage } from '../../../../components/state-view'
import { useSubscriptions } from './use-subscriptions'
import './index.scss'

export default function Subscriptions() {
  const s = useSubscriptions()
  return (
    <PageShell className='subscriptions'>
      <View className='subscriptions__intro'>
        <Text className='subscriptions__title'>我的订阅</Text>
        <Text className='tb-muted'>{`订阅的事项按这里的顺序固定在首页，最多 ${s.max} 项`}</Text>
      </View>
      {s.loading ? (
        <View className='tb-card'>
          <Skeleton rows={4} />
        </View>
      ) : s.error ? (
        <View className='tb-card'>
          <StateMessage icon='refresh' title='暂时无法加载订阅' description={s.error} actionText='重新加载' onAction={s.retry} />
        </View>
      ) : s.items.length === 0 ? (
        <View className='tb-card'>
          <StateMessage icon='bell' title='还没有订阅事项' description='在办事指南中点「订阅」，常办的事项会固定在首页' actionText='去办事' onAction={s.browse} />
        </View>
      ) : (
        <View className='tb-card subscriptions__list'>
          {s.items.map((item, i) => (
            <View key={item.id} className={`subscriptions__item${s.busyId === item.id ? ' subscriptions__item--busy' : ''}`}>
              <ItemRow item={item} onOpen={s.openItem} />
              <View className='subscriptions__actions'>
                <View
                  className={`subscriptions__action${i === 0 ? ' subscriptions__action--off' : ''}`}
                  onClick={() => s.moveUp(i)}
                  role='button'
                  aria-disabled={i === 0}
                  aria-label={`上移 ${item.name}`}
                >
                  <Icon name='chevron-down' className='subscriptions__up' />
                  <Text>上移</Text>
                </View>
                <View
                  className={`subscriptions__action${i === s.items.length - 1 ? ' subscriptions__action--off' : ''}`}
                  onClick={() => s.moveDown(i)}
                  role='button'
                  aria-disabled={i === s.items.length - 1}
                  aria-label={`下移 ${item.name}`}
                >
                  <Icon name='chevron-down' />
                  <Text>下移</Text>
                </View>
                <View className='subscriptions__action subscriptions__action--danger' onClick={() => s.remove(item)} role='button' aria-label={`取消订阅 ${item.name}`}>
                  <Icon name='close' />
                  <Text>取消订阅</Text>
                </View>
              </View>
            </View>
          ))}
        </View>
      )}
    </PageShell>
  )
}
