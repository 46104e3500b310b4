import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Icon } from '../icon'
import './index.scss'

interface CellProps {
  icon?: string
  title: string
  /** Secondary line under the title */
  description?: string
  /** Right-hand content, e.g. a value or a switch */
  extra?: ReactNode
  arrow?: boolean
  onClick?: () => void
}

/** A list row with a touch target of at least var(--tb-touch). */
export function Cell({ icon, title, description, extra, arrow, onClick }: CellProps) {
  return (
    // The handler stays bound even without onClick: adding or removing a node's only handler on an update
    // breaks Taro's mini-program runtime (it re-aliases the node), e.g. when 实名认证 turns a row read-only.
    <View className='tb-cell' hoverClass={onClick ? 'tb-cell--hover' : 'none'} onClick={() => onClick?.()} role={onClick ? 'button' : undefined}>
      {icon ? <Icon name={icon} className='tb-cell__icon' /> : null}
      <View className='tb-cell__body'>
        <Text className='tb-cell__title'>{title}</Text>
        {description ? <Text className='tb-cell__description'>{description}</Text> : null}
      </View>
      {extra !== undefined ? <View className='tb-cell__extra'>{extra}</View> : null}
      {arrow ? <Icon name='chevron-right' className='tb-cell__arrow' /> : null}
    </View>
  )
}
