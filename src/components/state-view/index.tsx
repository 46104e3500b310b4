import { View, Text } from '@tarojs/components'
import { Button } from '../button'
import { Icon } from '../icon'
import './index.scss'

/** Grey placeholder blocks shaped like the content that is loading. */
export function Skeleton({ rows = 3, grid = 0 }: { rows?: number; grid?: number }) {
  return (
    <View className='tb-state-skeleton' aria-busy aria-label='加载中'>
      {grid > 0 ? (
        <View className='tb-state-skeleton__grid'>
          {Array.from({ length: grid }, (_, i) => (
            <View key={i} className='tb-state-skeleton__tile'>
              <View className='tb-skeleton tb-state-skeleton__circle' />
              <View className='tb-skeleton tb-state-skeleton__caption' />
            </View>
          ))}
        </View>
      ) : null}
      {Array.from({ length: rows }, (_, i) => (
        <View key={i} className='tb-skeleton tb-state-skeleton__row' />
      ))}
    </View>
  )
}

/** A friendly full-width message with an optional action: errors, empty lists. */
export function StateMessage(props: { icon?: string; title: string; description?: string; actionText?: string; onAction?: () => void }) {
  return (
    <View className='tb-state-message' role='status'>
      <View className='tb-state-message__badge'>
        <Icon name={props.icon ?? 'info'} />
      </View>
      <Text className='tb-state-message__title'>{props.title}</Text>
      {props.description ? <Text className='tb-state-message__description'>{props.description}</Text> : null}
      {props.actionText && props.onAction ? (
        <Button variant='ghost' onClick={props.onAction} className='tb-state-message__action'>
          {props.actionText}
        </Button>
      ) : null}
    </View>
  )
}
